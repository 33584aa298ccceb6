// Moving the journal into the lock (every row sealed) or out of it, in one resumable pass:
// every row is copied into a new database, the old one is deleted, and the rows come back
// under the old name. Deleting the old database, rather than rewriting its rows, is what
// leaves none of the old text in its files. Each step is recorded in the lock's state, so
// a crash or a closed window resumes where it stopped; nothing is deleted before its copy
// is complete.
import { Dexie } from 'dexie';
import { tableNames } from '../../shared/table-registry';
import { SEARCH_CACHE_NAME } from '../search/search-index-store';
import { INSIGHTS_CACHE_NAME } from '../insights/cache/cache-schema';
import { DATABASE_NAME, openDatabase, tableOf, type HindsightDatabase } from './database';
import { fixedSealing } from './lock-session';
import { readLockState, writeLockState, type LockState } from './lock-store';

const MOVING_NAME = 'hindsight-moving';
const BATCH = 400;

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

/** Copies every table from `source` to `target`, batch by batch, noting each batch in `state`. */
async function copyAll(
  source: HindsightDatabase,
  target: HindsightDatabase,
  state: LockState,
  onProgress: (progress: MoveProgress) => void,
): Promise<LockState> {
  const total = await countAll(source);
  let copied = 0;
  for (const name of tableNames) {
    if (state.copiedTables.includes(name)) {
      copied += await tableOf(source, name).count();
      continue;
    }
    const from = tableOf(source, name);
    const to = tableOf(target, name);
    for (;;) {
      const after = state.lastKey;
      const query = after === null ? from.orderBy(':id') : from.where(':id').above(after);
      const keys = (await query.limit(BATCH).primaryKeys()) as string[];
      if (keys.length === 0) break;
      const rows = (await from.bulkGet(keys)).filter((row) => row !== undefined);
      // A row that did not open is left where it is: stop before anything is deleted.
      if (rows.length < keys.length) throw new UnreadableRowsError(keys.length - rows.length);
      await to.bulkPut(rows as never[]);
      copied += rows.length;
      state = { ...state, lastKey: keys[keys.length - 1] ?? null };
      await writeLockState(state);
      onProgress({ copied, total });
    }
    state = { ...state, copiedTables: [...state.copiedTables, name], lastKey: null };
    await writeLockState(state);
  }
  return state;
}

/** Copies every row as stored (sealed or not), from the moving database back under the journal's name. */
async function moveBack(): Promise<void> {
  const moving = openDatabase(MOVING_NAME, undefined, null);
  const journal = openDatabase(DATABASE_NAME, undefined, null);
  try {
    for (const name of tableNames) {
      const from = tableOf(moving, name);
      let after: string | null = null;
      for (;;) {
        const query = after === null ? from.orderBy(':id') : from.where(':id').above(after);
        const rows = (await query.limit(BATCH).toArray()) as { id: string }[];
        if (rows.length === 0) break;
        await tableOf(journal, name).bulkPut(rows as never[]);
        after = rows[rows.length - 1]?.id ?? null;
      }
    }
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

/**
 * Runs (or resumes) the move the lock's state says is under way: `turning-on` seals every
 * row with `dataKey`, `turning-off` opens every row with it. The journal's own connection
 * must be closed first; other windows close theirs when asked (upgrade-watch.ts).
 */
export async function runLockMove(
  dataKey: Uint8Array,
  onProgress: (progress: MoveProgress) => void,
): Promise<LockState> {
  return oneWindowAtATime(async () => {
    let state = await readLockState();
    if (state.mode !== 'turning-on' && state.mode !== 'turning-off') return state;
    const on = state.mode === 'turning-on';
    if ((state.step ?? 'copying') === 'copying') {
      // The stored search index holds the journal's words, and Insights' facts hashes of
      // them: both go, and are rebuilt (sealed with the lock on).
      await deleteCaches();
      const source = openDatabase(DATABASE_NAME, undefined, await fixedSealing(on ? null : dataKey));
      const target = openDatabase(MOVING_NAME, undefined, await fixedSealing(on ? dataKey : null));
      try {
        state = await copyAll(source, target, { ...state, step: 'copying' }, onProgress);
      } catch (error) {
        if (error instanceof UnreadableRowsError) {
          // The journal is untouched: back to where the move started, without its half copy.
          await writeLockState({ ...state, mode: on ? 'off' : 'on', step: undefined, copiedTables: [], lastKey: null });
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
      await Dexie.delete(DATABASE_NAME);
      state = { ...state, step: 'moving-back' };
      await writeLockState(state);
    }
    await moveBack();
    const { header } = state;
    const done: LockState = {
      id: 'lock',
      mode: on ? 'on' : 'off',
      ...(on && header ? { header } : {}),
      copiedTables: [],
      lastKey: null,
      autoLockMinutes: state.autoLockMinutes,
      // A new lock, or none: nothing is remembered on this device for it.
      rememberedCheck: null,
    };
    await writeLockState(done);
    await Dexie.delete(MOVING_NAME);
    await deleteCaches();
    return done;
  });
}
