import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository, type EntryRepository } from './entry-repository';
import { describeSaveError, isQuotaError, MissingRecordError, ValidationError } from './storage-errors';

let db: HindsightDatabase;
let repo: EntryRepository;
let clock: number;
let ids: number;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clock = Date.parse('2026-03-01T09:00:00.000Z');
  ids = 0;
  repo = createEntryRepository(db, { now: () => new Date((clock += 1000)), newId: () => `e${++ids}` });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const base = { title: 'Migration bug', occurredOn: '2026-02-10', type: 'technical' as const };

describe('entry repository', () => {
  it('creates a validated entry with identity and timestamps', async () => {
    const entry = await repo.create({ ...base, tags: ['Ops', 'ops ', 'Testing'] });
    expect(entry).toMatchObject({ id: 'e1', tags: ['ops', 'testing'], deletedAt: null, stakes: 'medium' });
    expect(entry.createdAt).toBe(entry.updatedAt);
    expect(await repo.get('e1')).toEqual(entry);
  });

  it('refuses invalid input with per-field messages and writes nothing', async () => {
    const failure = await repo
      .create({ ...base, title: '', occurredOn: '2026-13-01' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    expect(Object.keys((failure as ValidationError).fieldErrors).sort()).toEqual(['occurredOn', 'title']);
    expect(await db.entries.count()).toBe(0);
  });

  it('updates some fields, bumps updatedAt, and merges reflection parts one by one', async () => {
    const created = await repo.create(base);
    await repo.update(created.id, { reflection: { whyItHappened: 'I skipped staging.' } });
    const updated = await repo.update(created.id, {
      title: 'Staging skipped',
      reflection: { whatIDid: 'Rolled back.' },
    });
    expect(updated.title).toBe('Staging skipped');
    expect(updated.reflection).toMatchObject({ whyItHappened: 'I skipped staging.', whatIDid: 'Rolled back.' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
  });

  it('keeps the stored entry unchanged when an update is invalid', async () => {
    const created = await repo.create(base);
    await expect(repo.update(created.id, { title: '  ' })).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.get(created.id)).toEqual(created);
    await expect(repo.update('missing', { title: 'x' })).rejects.toBeInstanceOf(MissingRecordError);
  });

  it('moves to the Trash and back; trashed entries are read-only and leave the journal', async () => {
    const kept = await repo.create(base);
    const trashed = await repo.create({ ...base, title: 'Bad call' });
    await repo.trash(trashed.id);
    expect((await repo.listJournal({}, 10)).entries.map((entry) => entry.id)).toEqual([kept.id]);
    expect((await repo.listTrash()).map((entry) => entry.id)).toEqual([trashed.id]);
    expect(await repo.countTrash()).toBe(1);
    await expect(repo.update(trashed.id, { title: 'Edit' })).rejects.toThrow(/restore it/);
    await repo.restore(trashed.id);
    expect(await repo.countTrash()).toBe(0);
    expect((await repo.listJournal({}, 10)).entries).toHaveLength(2);
  });

  it('deletes for good only from the Trash', async () => {
    const entry = await repo.create(base);
    await expect(repo.purge(entry.id)).rejects.toThrow(/Trash/);
    await repo.trash(entry.id);
    await repo.purge(entry.id);
    expect(await repo.get(entry.id)).toBeUndefined();
  });

  it('lists the journal newest first, pages it, and filters by type, tag and waiting', async () => {
    await repo.create({ ...base, title: 'old', occurredOn: '2025-01-01', tags: ['ops'] });
    await repo.create({ ...base, title: 'new', occurredOn: '2026-01-01', type: 'judgment', tags: ['ops', 'hiring'] });
    const sameDay = await repo.create({ ...base, title: 'same day, later', occurredOn: '2026-01-01' });
    await repo.update(sameDay.id, { reflection: { whyItHappened: 'Mine.' } });

    const titles = async (...args: Parameters<EntryRepository['listJournal']>) =>
      (await repo.listJournal(...args)).entries.map((entry) => entry.title);
    expect(await titles({}, 10)).toEqual(['same day, later', 'new', 'old']);
    expect(await repo.listJournal({}, 2)).toMatchObject({ hasMore: true });
    expect(await titles({ type: 'judgment' }, 10)).toEqual(['new']);
    expect(await titles({ tag: 'ops' }, 10)).toEqual(['new', 'old']);
    expect(await titles({ tag: 'ops', type: 'technical' }, 10)).toEqual(['old']);
    expect(await titles({ waitingOnly: true }, 10)).toEqual(['new', 'old']);
    expect(await repo.listTags()).toEqual(['hiring', 'ops']);
  });
});

describe('storage errors', () => {
  it('recognises a quota error, also wrapped by Dexie', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(describeSaveError({ name: 'AbortError', inner: quota })).toMatch(/full.*still here/);
    expect(describeSaveError(new Error('boom'))).toMatch(/boom.*still here/);
  });
});
