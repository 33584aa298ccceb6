import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLock, unlockWithPassphrase, unlockWithRecoveryKey } from '../../shared/lock/keys';
import { DATABASE_NAME, openDatabase, type HindsightDatabase } from './database';
import { createBackupRepository } from './backup-repository';
import { openBackupText, sealBackupText } from './backup-sealing';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { lockedSession, openSessionWithoutLock, unlockSession } from './lock-session';
import { runLockMove } from './lock-migration';
import { readLockState, writeLockState, LOCK_DATABASE_NAME, LOCK_OFF } from './lock-store';
import { quarantine } from './sealing';
import { TURNOVER_DATABASE_NAME } from './storage-turnover';
import { writesDuringMove, writesDuringMoveMiddleware } from './writes-during-move';

// Cheap parameters for tests: the real ones cost about a second on purpose.
const testCost = { algorithm: 'argon2id', memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 } as const;
const SECRET = 'quillfeather';

let db: HindsightDatabase | undefined;

beforeEach(() => openSessionWithoutLock());
afterEach(async () => {
  db?.close();
  openSessionWithoutLock();
  await Promise.all([DATABASE_NAME, LOCK_DATABASE_NAME, 'hindsight-moving'].map((name) => Dexie.delete(name)));
});

/** Every stored row of the journal as IndexedDB holds it, as text. */
async function rawJournal(): Promise<string> {
  const raw = openDatabase(DATABASE_NAME, undefined, null);
  const rows = await Promise.all(raw.tables.map((table) => table.toArray()));
  raw.close();
  return JSON.stringify(rows).toLowerCase();
}

async function writePlainJournal() {
  db = openDatabase();
  const entries = createEntryRepository(db);
  const entry = await entries.create({
    title: `The ${SECRET} launch`,
    whatHappened: `I shipped the ${SECRET} build without a check.`,
    occurredOn: '2026-01-02',
    type: 'technical',
    tags: ['hiring', 'launches'],
  });
  await entries.update(entry.id, { whatHappened: `Rewritten: the ${SECRET} build went out unchecked.` });
  await createDraftRepository(db).save('capture', { title: `${SECRET} draft` });
  db.close();
  db = undefined;
  return entry;
}

/** A move into the lock that stopped after its first batch (the window closed). */
async function interruptedTurnOn() {
  const lock = await createLock('correct horse battery', testCost);
  await writeLockState({ ...LOCK_OFF, mode: 'turning-on', header: lock.header });
  await expect(
    runLockMove(lock.dataKey, {
      onProgress: () => {
        throw new Error('the window was closed');
      },
    }),
  ).rejects.toThrow('closed');
  return lock;
}

async function turnOn() {
  const lock = await createLock('correct horse battery', testCost);
  await writeLockState({ ...LOCK_OFF, mode: 'turning-on', header: lock.header });
  await runLockMove(lock.dataKey, { onProgress: () => undefined });
  return lock;
}

describe('the lock', () => {
  it('seals every row: nothing written before the lock is readable in the stored journal', async () => {
    const entry = await writePlainJournal();
    expect(await rawJournal()).toContain(SECRET);
    const { dataKey } = await turnOn();
    expect((await readLockState()).mode).toBe('on');
    const raw = await rawJournal();
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain('hiring');

    await unlockSession(dataKey);
    db = openDatabase();
    const entries = createEntryRepository(db);
    expect((await entries.get(entry.id))?.whatHappened).toContain(SECRET);
    expect(await entries.listTags()).toEqual(['hiring', 'launches']);
    expect((await db.entries.where('tags').equals('hiring').toArray()).map((e) => e.id)).toEqual([entry.id]);
    // Written after the lock: sealed as well.
    await entries.update(entry.id, { title: 'Another quillfeather title' });
    expect(await rawJournal()).not.toContain(SECRET);
  });

  it('deletes the journal as it was with the storage turnover in place, and leaves none behind', async () => {
    await writePlainJournal();
    const deleted: { name: string; withTurnover: boolean }[] = [];
    const deleteDatabase = Dexie.delete.bind(Dexie);
    const spy = vi.spyOn(Dexie, 'delete').mockImplementation(async (name: string) => {
      const names = (await indexedDB.databases()).map((database) => database.name);
      deleted.push({ name, withTurnover: names.includes(TURNOVER_DATABASE_NAME) });
      return deleteDatabase(name);
    });
    try {
      await turnOn();
    } finally {
      spy.mockRestore();
    }
    expect(deleted).toContainEqual({ name: DATABASE_NAME, withTurnover: true });
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(TURNOVER_DATABASE_NAME);
  });

  it('lets the storage rest last, into the lock only: the old journal, its copy and the caches gone', async () => {
    await writePlainJournal();
    const lock = await createLock('correct horse battery', testCost);
    await writeLockState({ ...LOCK_OFF, mode: 'turning-on', header: lock.header });
    const present: string[][] = [];
    const letStorageRest = async () => {
      present.push((await indexedDB.databases()).flatMap((database) => (database.name ? [database.name] : [])));
    };
    await runLockMove(lock.dataKey, { onProgress: () => undefined, letStorageRest });
    expect(present).toHaveLength(1);
    expect(present[0]).not.toContain('hindsight-moving');
    expect(present[0]).not.toContain(TURNOVER_DATABASE_NAME);
    expect(present[0]).toContain(DATABASE_NAME);
    expect((await readLockState()).mode).toBe('on');
    await writeLockState({ ...(await readLockState()), mode: 'turning-off' });
    await runLockMove(lock.dataKey, { onProgress: () => undefined, letStorageRest });
    expect(present).toHaveLength(1);
  });

  it('opens with the passphrase or the recovery key, and with nothing else', async () => {
    const lock = await createLock('correct horse battery', testCost);
    expect(await unlockWithPassphrase(lock.header, 'correct horse battery')).toEqual(lock.dataKey);
    expect(await unlockWithPassphrase(lock.header, 'wrong horse battery')).toBeNull();
    expect(unlockWithRecoveryKey(lock.header, lock.recoveryKey.toLowerCase().replace(/-/g, ' '))).toEqual(lock.dataKey);
    expect(unlockWithRecoveryKey(lock.header, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')).toBeNull();
  });

  it('refuses to read or write while locked, and a wrong key opens nothing', async () => {
    await writePlainJournal();
    await turnOn();
    lockedSession();
    db = openDatabase();
    await expect(db.entries.toArray()).rejects.toThrow(/locked/);
    await expect(createDraftRepository(db).save('capture', { title: 'typed while locked' })).rejects.toThrow(/locked/);
    db.close();
    await unlockSession(new Uint8Array(32));
    db = openDatabase();
    expect(await db.entries.toArray()).toEqual([]);
    expect(quarantine.list().length).toBeGreaterThan(0);
  });

  it('keeps a tampered row where it is, reports it, and shows the rest', async () => {
    await writePlainJournal();
    const { dataKey } = await turnOn();
    const raw = openDatabase(DATABASE_NAME, undefined, null);
    const [row] = (await raw.entries.toArray()) as unknown as { id: string; sealed: { data: Uint8Array } }[];
    row!.sealed.data[5]! ^= 1;
    await raw.table('entries').put(row);
    raw.close();
    await unlockSession(dataKey);
    db = openDatabase();
    expect(await db.entries.toArray()).toEqual([]);
    expect(quarantine.list()).toContainEqual({ table: 'entries', id: row!.id });
    const still = openDatabase(DATABASE_NAME, undefined, null);
    expect(await still.entries.count()).toBe(1);
    still.close();
  });

  it('resumes a move that was interrupted, and loses nothing', async () => {
    const entry = await writePlainJournal();
    const lock = await interruptedTurnOn();
    expect((await readLockState()).mode).toBe('turning-on');
    await runLockMove(lock.dataKey, { onProgress: () => undefined });
    await unlockSession(lock.dataKey);
    db = openDatabase();
    expect((await db.entries.get(entry.id))?.title).toContain(SECRET);
    expect(await db.revisions.count()).toBeGreaterThan(0);
    expect(await db.drafts.count()).toBe(1);
  });

  it('keeps what the app writes while the rows are copied: new, changed, deleted, a table cleared', async () => {
    const entry = await writePlainJournal();
    const lock = await createLock('correct horse battery', testCost);
    await writeLockState({ ...LOCK_OFF, mode: 'turning-on', header: lock.header });
    // The app, still open on the plain journal, noting what it writes (as app-database.ts does).
    const app = openDatabase();
    app.use(writesDuringMoveMiddleware);
    const entries = createEntryRepository(app);
    writesDuringMove.start();
    let wrote = false;
    await runLockMove(lock.dataKey, {
      onProgress: () => undefined,
      async stopUsing() {
        if (!wrote) {
          wrote = true;
          // After every row was copied: a new setback, an edit, a deletion, and the drafts cleared.
          await entries.create({ title: 'Written during the move', occurredOn: '2026-02-01', type: 'judgment' });
          await entries.update(entry.id, { title: 'Renamed during the move' });
          await app.drafts.clear();
        }
        app.close();
        return writesDuringMove.stop();
      },
    });
    await unlockSession(lock.dataKey);
    db = openDatabase();
    const titles = (await db.entries.toArray()).map((row) => row.title).sort();
    expect(titles).toEqual(['Renamed during the move', 'Written during the move']);
    expect(await db.drafts.count()).toBe(0);
    expect(await rawJournal()).not.toContain('during the move');
  });

  it('starts copying afresh when resumed: what was written before a crash is not known', async () => {
    const entry = await writePlainJournal();
    const lock = await interruptedTurnOn();
    // Written by the app after the first batch was copied, and never noted (the window crashed).
    db = openDatabase();
    await createEntryRepository(db).update(entry.id, { title: 'Changed before the crash' });
    db.close();
    await runLockMove(lock.dataKey, { onProgress: () => undefined });
    await unlockSession(lock.dataKey);
    db = openDatabase();
    expect((await db.entries.get(entry.id))?.title).toBe('Changed before the crash');
  });

  it('turning it off brings every row back as it was', async () => {
    const entry = await writePlainJournal();
    const { dataKey } = await turnOn();
    await writeLockState({ ...(await readLockState()), mode: 'turning-off' });
    await runLockMove(dataKey, { onProgress: () => undefined });
    expect((await readLockState()).mode).toBe('off');
    openSessionWithoutLock();
    db = openDatabase();
    expect((await db.entries.get(entry.id))?.title).toContain(SECRET);
    expect(await createEntryRepository(db).listTags()).toEqual(['hiring', 'launches']);
  });

  it('a journal made before the lock opens unchanged with the lock off', async () => {
    const entry = await writePlainJournal();
    expect(await readLockState()).toEqual(LOCK_OFF);
    db = openDatabase();
    expect((await db.entries.get(entry.id))?.title).toContain(SECRET);
  });
});

describe('backups with the lock on', () => {
  it('are sealed, open with this journal’s key, and elsewhere with the passphrase or the recovery key', async () => {
    await writePlainJournal();
    const lock = await turnOn();
    await unlockSession(lock.dataKey);
    db = openDatabase();
    const exported = await createBackupRepository(db).exportBackupText();
    const sealed = await sealBackupText(exported.text, exported.counts);
    expect(sealed.toLowerCase()).not.toContain(SECRET);
    expect(await openBackupText(sealed)).toEqual({ state: 'opened', text: exported.text });

    // A fresh install: no lock, no key.
    openSessionWithoutLock();
    const elsewhere = await openBackupText(sealed);
    if (elsewhere.state !== 'needs-key') throw new Error('expected to need a key');
    expect(await elsewhere.unlock('not it', false)).toBeNull();
    expect(await elsewhere.unlock('correct horse battery', false)).toBe(exported.text);
    expect(await elsewhere.unlock(lock.recoveryKey, true)).toBe(exported.text);
    expect(await openBackupText(exported.text)).toEqual({ state: 'plain', text: exported.text });
  });
});
