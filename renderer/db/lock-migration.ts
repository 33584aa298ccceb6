// Moving the journal into the lock (every row sealed) or out of it, in one crash-safe pass:
// every row is copied into a new database, the old one is deleted, and the rows come back
// under the old name. Deleting the old database, rather than rewriting its rows, is what
// leaves none of the old text in its files. The app may keep using the journal while the
// rows are copied: what it writes meanwhile is copied again before the switch. Each step is
// recorded in the lock's state, so a crash or a closed window resumes at the next start;
// nothing is deleted before its copy is complete.
import { Dexie } from 'dexie';
import { tableNames, type TableName } from '../../shared/table-registry';
import { SEARCH_CACHE_NAME } from '../search/search-index-store';
import { INSIGHTS_CACHE_NAME } from '../insights/cache/cache-schema';
import { DATABASE_NAME, openDatabase, tableOf, type HindsightDatabase } from './database';
import { fixedSealing } from './lock-session';
import { readLockState, writeLockState, type LockState } from './lock-store';
import { withStorageTurnover } from './storage-turnover';
import type { WrittenKeys } from './writes-during-move';

const MOVING_NAME = 'hindsight-moving';
const BATCH = 400;
/** Rows copied back at a time: nothing is opened on the way, and the app is set aside meanwhile. */
const BATCH_BACK = 2000;

export interface MoveProgress {
  copied: number;
  total: number;
}

/** Some rows did not open: the lock stays on and every row stays as it was. */
export class UnreadableRowsError extends Error {
  constructor(count: number) {
    super(
      `${count} ${count === 1 ? 'record' : 'records'} could not be opened (damaged), so the lock stays on. Nothing was changed or deleted.`,
    );
    this.name = 'UnreadableRowsError';
  }
}

const close = (db: HindsightDatabase) => db.close();

/** Two windows resuming the same move would copy over each other: one at a time (Web Locks, where there are any). */
function oneWindowAtATime<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request('hindsight-lock-move', run) : run();
}

async function countAll(db: HindsightDatabase): Promise<number> {
  let total = 0;
  for (const name of tableNames) total += await tableOf(db, name).count();
  return total;
}

/** Copies the rows of table `name` from `source` to `target`, `batch` at a time in key order. */
async function copyTable(
  source: HindsightDatabase,
  target: HindsightDatabase,
  name: TableName,
  onCopied: (count: number) => void,
  batch = BATCH,
): Promise<void> {
  const from = tableOf(source, name);
  const to = tableOf(target, name);
  let after: string | null = null;
  for (;;) {
    const query = after === null ? from.orderBy(':id') : from.where(':id').above(after);
    const keys = (await query.limit(batch).primaryKeys()) as string[];
    if (keys.length === 0) return;
    const rows = (await from.bulkGet(keys)).filter((row) => row !== undefined);
    // A row that did not open is left where it is: stop before anything is deleted.
    if (rows.length < keys.length) throw new UnreadableRowsError(keys.length - rows.length);
    await to.bulkPut(rows as never[]);
    after = keys[keys.length - 1] ?? null;
    onCopied(rows.length);
  }
}

/** Copies every table from `source` to `target`. */
async function copyAll(
  source: HindsightDatabase,
  target: HindsightDatabase,
  onProgress: (progress: MoveProgress) => void,
): Promise<void> {
  const total = await countAll(source);
  let copied = 0;
  for (const name of tableNames)
    await copyTable(source, target, name, (count) => {
      copied += count;
      onProgress({ copied, total });
    });
}

/** Copies again what the app wrote while `copyAll` ran: each written row as it is now, or its deletion. */
async function copyWritten(source: HindsightDatabase, target: HindsightDatabase, written: WrittenKeys): Promise<void> {
  for (const name of tableNames) {
    const keys = written.get(name);
    if (keys === undefined) continue;
    if (keys === 'all') {
      await tableOf(target, name).clear();
      await copyTable(source, target, name, () => undefined);
      continue;
    }
    const list = [...keys];
    const rows = await tableOf(source, name).bulkGet(list);
    const gone = list.filter((_, at) => rows[at] === undefined);
    await tableOf(target, name).bulkPut(rows.filter((row) => row !== undefined) as never[]);
    await tableOf(target, name).bulkDelete(gone);
  }
}

/** Copies every row as stored (sealed or not), from the moving database back under the journal's name. */
async function moveBack(onProgress: (progress: MoveProgress) => void): Promise<void> {
  const moving = openDatabase(MOVING_NAME, undefined, null);
  const journal = openDatabase(DATABASE_NAME, undefined, null);
  try {
    const total = await countAll(moving);
    let copied = 0;
    for (const name of tableNames)
      await copyTable(
        moving,
        journal,
        name,
        (count) => {
          copied += count;
          onProgress({ copied, total });
        },
        BATCH_BACK,
      );
  } finally {
    close(moving);
    close(journal);
  }
}

/** The caches made from the journal's words. */
async function deleteCaches(): Promise<void> {
  await Dexie.delete(SEARCH_CACHE_NAME);
  await Dexie.delete(INSIGHTS_CACHE_NAME);
}

/** How a move reports, and how the app hands the journal over when it kept using it. */
export interface MoveHooks {
  onProgress(progress: MoveProgress): void;
  /** The last steps, with the app no longer using the journal (null: copying what it wrote). */
  onFinishing?(progress: MoveProgress | null): void;
  /**
   * Set when the app kept using the journal while its rows were copied: saves what is typed,
   * closes the journal and returns what was written meanwhile (writes-during-move.ts). Else the
   * journal's own connection must be closed first.
   */
  stopUsing?(): Promise<WrittenKeys>;
  /**
   * Into the lock, once the old journal and its copies are gone: lets the storage rest with
   * nothing of this window holding it, so that Chromium closes it and, at the next read,
   * opens it afresh (storage-turnover.ts).
   */
  letStorageRest?(): Promise<void>;
}

/**
 * Runs (or resumes) the move the lock's state says is under way: `turning-on` seals every
 * row with `dataKey`, `turning-off` opens every row with it. Other windows have closed their
 * journal first (renderer/lock/other-windows.ts).
 */
export async function runLockMove(dataKey: Uint8Array, hooks: MoveHooks): Promise<LockState> {
  return oneWindowAtATime(async () => {
    let state = await readLockState();
    if (state.mode !== 'turning-on' && state.mode !== 'turning-off') return state;
    const on = state.mode === 'turning-on';
    if ((state.step ?? 'copying') === 'copying') {
      // The stored search index holds the journal's words, and Insights' facts hashes of
      // them: both go, and are rebuilt (sealed with the lock on).
      await deleteCaches();
      // From the start, also after a crash: what the app wrote before it is not known here.
      await Dexie.delete(MOVING_NAME);
      const source = openDatabase(DATABASE_NAME, undefined, await fixedSealing(on ? null : dataKey));
      const target = openDatabase(MOVING_NAME, undefined, await fixedSealing(on ? dataKey : null));
      try {
        await copyAll(source, target, hooks.onProgress);
        if (hooks.stopUsing) {
          const written = await hooks.stopUsing();
          hooks.onFinishing?.(null);
          await copyWritten(source, target, written);
        }
      } catch (error) {
        if (error instanceof UnreadableRowsError) {
          // The journal is untouched: back to where the move started, without its half copy.
          await writeLockState({ ...state, mode: on ? 'off' : 'on', step: undefined });
          close(target);
          await Dexie.delete(MOVING_NAME);
        }
        throw error;
      } finally {
        close(source);
        close(target);
      }
      state = { ...state, step: 'copied' };
      await writeLockState(state);
    }
    if (state.step === 'copied') {
      // Into the lock, the old journal's keys must not stay named in the storage's own files.
      if (on) await withStorageTurnover(() => Dexie.delete(DATABASE_NAME));
      else await Dexie.delete(DATABASE_NAME);
      state = { ...state, step: 'moving-back' };
      await writeLockState(state);
    }
    await moveBack(hooks.onFinishing ?? hooks.onProgress);
    const { header } = state;
    const done: LockState = {
      id: 'lock',
      mode: on ? 'on' : 'off',
      ...(on && header ? { header } : {}),
      autoLockMinutes: state.autoLockMinutes,
      // A new lock, or none: nothing is remembered on this device for it.
      rememberedCheck: null,
    };
    await writeLockState(done);
    await Dexie.delete(MOVING_NAME);
    await deleteCaches();
    if (on) await hooks.letStorageRest?.();
    return done;
  });
}
