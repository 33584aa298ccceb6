import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository, type EntryRepository } from './entry-repository';
import { createRevisionRepository, type RevisionRepository } from './revision-repository';
import { createStoryRepository } from './story-repository';

let db: HindsightDatabase;
let entries: EntryRepository;
let revisions: RevisionRepository;
let clock: number;
const MINUTE = 60_000;

beforeEach(() => {
  db = openDatabase(`revisions-${crypto.randomUUID()}`);
  clock = Date.parse('2026-06-01T09:00:00.000Z');
  const now = () => new Date(clock);
  entries = createEntryRepository(db, { now });
  revisions = createRevisionRepository(db, { now });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const base = { title: 'Outage', occurredOn: '2026-05-01', type: 'technical' as const, whatHappened: 'v1' };

describe('revision history', () => {
  it('snapshots while editing at most once every five minutes', async () => {
    const entry = await entries.create(base);
    for (let edit = 2; edit <= 6; edit++) {
      clock += MINUTE;
      await entries.update(entry.id, { whatHappened: `v${edit}` });
    }
    expect((await revisions.list('entry', entry.id)).map((r) => r.snapshot.whatHappened)).toEqual(['v1']);
    clock += 5 * MINUTE;
    await entries.update(entry.id, { whatHappened: 'v7' });
    expect((await revisions.list('entry', entry.id)).map((r) => r.snapshot.whatHappened)).toEqual(['v6', 'v1']);
  });

  it('reads no earlier version on a save made minutes after the last one (with the lock on, each read is a decryption)', async () => {
    const entry = await entries.create(base);
    await entries.update(entry.id, { whatHappened: 'v2' });
    let read = 0;
    db.revisions.hook('reading', (revision) => {
      read++;
      return revision;
    });
    clock += MINUTE;
    await entries.update(entry.id, { whatHappened: 'v3' });
    expect(read).toBe(0);
    expect((await revisions.list('entry', entry.id)).map((r) => r.snapshot.whatHappened)).toEqual(['v1']);
  });

  it('always snapshots before trashing and promoting', async () => {
    const entry = await entries.create(base);
    await entries.update(entry.id, { whatHappened: 'edited' });
    clock += 1000;
    await entries.update(entry.id, { whatHappened: 'edited again' });
    clock += 1000;
    await createStoryRepository(db, { now: () => new Date(clock) }).promote([entry.id]);
    clock += 1000;
    await entries.update(entry.id, { whatHappened: 'after promoting' });
    clock += 1000;
    await entries.trash(entry.id);
    const reasons = (await revisions.list('entry', entry.id)).map((r) => r.reason);
    expect(reasons).toEqual(['before-trash', 'before-promote', 'editing']);
  });

  it('deleting a setback for good deletes its earlier versions too', async () => {
    const entry = await entries.create(base);
    await entries.update(entry.id, { whatHappened: 'a private detail' });
    await entries.trash(entry.id);
    expect(await revisions.list('entry', entry.id)).not.toEqual([]);
    await entries.purge(entry.id);
    expect(await revisions.list('entry', entry.id)).toEqual([]);
    expect(await db.entries.get(entry.id)).toBeUndefined();
  });

  it('restores in one click, snapshotting the current state first', async () => {
    const entry = await entries.create(base);
    await entries.update(entry.id, { whatHappened: 'rewritten' });
    const [first] = await revisions.list('entry', entry.id);
    clock += 1000;
    const restored = await revisions.restore(first!.id);
    expect(restored).toMatchObject({ whatHappened: 'v1', deletedAt: null });
    const list = await revisions.list('entry', entry.id);
    expect(list[0]).toMatchObject({ reason: 'before-restore', snapshot: { whatHappened: 'rewritten' } });
  });

  it('forgets revisions older than 90 days', async () => {
    const entry = await entries.create(base);
    await entries.update(entry.id, { whatHappened: 'old change' });
    clock += 91 * 24 * 60 * MINUTE;
    await entries.update(entry.id, { whatHappened: 'new change' });
    expect((await revisions.list('entry', entry.id)).map((r) => r.snapshot.whatHappened)).toEqual(['old change']);
  });

  it('leaves no revision when an edit is refused', async () => {
    const entry = await entries.create(base);
    await expect(entries.update(entry.id, { title: '' })).rejects.toThrow();
    expect(await revisions.list('entry', entry.id)).toEqual([]);
  });
});
