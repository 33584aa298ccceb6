import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository, type EntryRepository } from './entry-repository';
import { createStoryRepository } from './story-repository';
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

  it('deletes the draft a setback was written in with it, in one transaction; a refused one leaves the draft', async () => {
    const drafts = createDraftRepository(db);
    await drafts.save('capture', { open: true, draft: { title: 'Half written' } });
    await expect(repo.create({ ...base, title: '' }, { fromDraft: 'capture' })).rejects.toThrow(ValidationError);
    expect(await db.drafts.get('capture')).toBeDefined();
    // The setback's write fails: the draft is kept with it.
    const failing = vi.spyOn(db.entries, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(repo.create(base, { fromDraft: 'capture' })).rejects.toThrow('disk full');
    failing.mockRestore();
    expect(await db.drafts.get('capture')).toBeDefined();
    const entry = await repo.create(base, { fromDraft: 'capture' });
    expect(await repo.get(entry.id)).toEqual(entry);
    expect(await db.drafts.get('capture')).toBeUndefined();
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

  it('clears "How it felt" when it is emptied, and keeps it through other changes', async () => {
    const created = await repo.create({ ...base, feelings: 'Embarrassed, then determined.' });
    expect((await repo.update(created.id, { title: 'Renamed' })).feelings).toBe('Embarrassed, then determined.');
    const cleared = await repo.update(created.id, { feelings: '' });
    expect(cleared).not.toHaveProperty('feelings');
    expect(await repo.get(created.id)).not.toHaveProperty('feelings');
    expect((await repo.update(created.id, { feelings: 'Calmer now.' })).feelings).toBe('Calmer now.');
    expect(await repo.create({ ...base, feelings: '' })).not.toHaveProperty('feelings');
  });

  it('records when "What I changed since" was first written: kept through edits, gone when emptied', async () => {
    const created = await repo.create(base);
    expect(created).not.toHaveProperty('changeWrittenAt');
    const written = await repo.update(created.id, { reflection: { whatIChanged: 'A checklist.' } });
    // Stamped by the save that wrote it.
    expect(written.changeWrittenAt! > created.updatedAt && written.changeWrittenAt! <= written.updatedAt).toBe(true);
    const edited = await repo.update(created.id, { reflection: { whatIChanged: 'A checklist, used twice.' } });
    expect(edited.changeWrittenAt).toBe(written.changeWrittenAt);
    expect(await repo.update(created.id, { reflection: { whatIChanged: '' } })).not.toHaveProperty('changeWrittenAt');
    const logged = await repo.create({ ...base, reflection: { whatIChanged: 'Logged with a change.' } });
    expect(logged.changeWrittenAt).toBe(logged.createdAt);
  });

  it('keeps the deeper prompts, and a setback with only those is started but not reflected', async () => {
    const created = await repo.create(base);
    const deeper = await repo.update(created.id, { reflection: { howINoticed: 'A customer email.' } });
    expect(deeper.reflection).toMatchObject({ howINoticed: 'A customer email.', whyItHappened: '' });
    expect((await repo.listJournal({ waitingOnly: true }, 10)).entries).toEqual([]);
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

describe('edits from two places', () => {
  const snapshotsOf = async (id: string) =>
    (await db.revisions.toArray()).filter((revision) => revision.recordId === id).map((r) => r.snapshot);

  it('keeps the stored text as a revision when a save is based on an older state, at once', async () => {
    const entry = await repo.create(base);
    const fromA = await repo.update(entry.id, { title: 'Tab A' }, entry.updatedAt);
    expect(await snapshotsOf(entry.id)).toHaveLength(1);
    // Tab B saves, based on what it read: within the few minutes between editing snapshots.
    const fromB = await repo.update(entry.id, { whatHappened: 'Written in tab B.' }, fromA.updatedAt);
    expect(await snapshotsOf(entry.id)).toHaveLength(1);
    // Tab A saves again, based on its own last save: tab B's text is kept first.
    await repo.update(entry.id, { title: 'Tab A again' }, fromA.updatedAt);
    const kept = await snapshotsOf(entry.id);
    expect(kept).toHaveLength(2);
    expect(kept).toContainEqual(fromB);
    // Saves without a base, or based on the stored state, wait for the editing interval.
    await repo.update(entry.id, { title: 'No base' });
    const latest = await repo.get(entry.id);
    await repo.update(entry.id, { title: 'Based on the latest' }, latest!.updatedAt);
    expect(await snapshotsOf(entry.id)).toHaveLength(2);
  });
});

describe('journal pages', () => {
  /** Entry n happened n days before 2026-02-01; every third is judgment, every fourth tagged ops. */
  async function seed(count: number) {
    for (let n = 1; n <= count; n++) {
      const day = new Date(Date.UTC(2026, 1, 1) - n * 86_400_000).toISOString().slice(0, 10);
      await repo.create({
        ...base,
        title: `n${n}`,
        occurredOn: day,
        type: n % 3 === 0 ? 'judgment' : 'technical',
        tags: n % 4 === 0 ? ['ops'] : [],
      });
    }
  }
  const titles = (entries: { title: string }[]) => entries.map((entry) => entry.title);

  async function readAll(filter: Parameters<EntryRepository['readPage']>[0], size: number) {
    const seen: string[] = [];
    let before: Parameters<EntryRepository['readPage']>[1] = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await repo.readPage(filter, before, size);
      seen.push(...titles(page.entries));
      if (page.last === null) return { seen, pages: pages + 1 };
      before = page.last;
    }
    throw new Error('never ended');
  }

  it('pages the journal newest first, each page after the last key, with nothing repeated or lost', async () => {
    await seed(23);
    const first = await repo.readPage({}, null, 10);
    expect(titles(first.entries)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10']);
    const second = await repo.readPage({}, first.last, 10);
    expect(titles(second.entries)[0]).toBe('n11');
    const { seen, pages } = await readAll({}, 10);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `n${i + 1}`));
    expect(pages).toBe(3);
    // A sealed page read again as a range holds the same entries.
    expect(titles((await repo.readRange({}, first.last, second.last!)).entries)).toEqual(titles(second.entries));
  });

  it('keeps entries sharing one [occurredOn+createdAt] key in one page', async () => {
    await seed(6);
    const twin = (await repo.listJournal({}, 10)).entries[2]!;
    await db.entries.put({ ...twin, id: 'twin', title: 'twin' });
    const first = await repo.readPage({}, null, 3);
    expect(titles(first.entries).sort()).toEqual(['n1', 'n2', 'n3', 'twin']);
    expect(titles((await repo.readPage({}, first.last, 3)).entries)).toEqual(['n4', 'n5', 'n6']);
  });

  it('reads a page in one walk of the index when the entry after it sorts lower (no second read for ties)', async () => {
    await seed(6);
    const where = vi.spyOn(db.entries, 'where');
    expect(titles((await repo.readPage({}, null, 3)).entries)).toEqual(['n1', 'n2', 'n3']);
    expect(where).toHaveBeenCalledTimes(1);
    // With a twin of the page's last entry next in the index, its key is read whole.
    const third = (await repo.listJournal({}, 3)).entries[2]!;
    await db.entries.put({ ...third, id: 'e3-twin', title: 'twin' });
    where.mockClear();
    expect(titles((await repo.readPage({}, null, 3)).entries).sort()).toEqual(['n1', 'n2', 'n3', 'twin']);
    expect(where).toHaveBeenCalledTimes(2);
  });

  it('pages through entries that share keys in threes, whatever the page size, each entry once', async () => {
    await seed(7);
    for (const entry of await db.entries.toArray())
      for (const copy of [1, 2])
        await db.entries.put({ ...entry, id: `${entry.id}-${copy}`, title: `${entry.title}.${copy}` });
    const every = (await db.entries.toArray()).map((entry) => entry.title).sort();
    for (const size of [1, 2, 3, 4, 5]) {
      const { seen } = await readAll({}, size);
      expect([...seen].sort()).toEqual(every);
      // Newest first: n1 and its copies, then n2…
      expect(seen.map((title) => title.split('.')[0])).toEqual(
        Array.from({ length: 7 }, (_, i) => Array<string>(3).fill(`n${i + 1}`)).flat(),
      );
    }
  });

  it('filters by type, tag, waiting and dates (inclusive), combined, still in order and paged', async () => {
    await seed(40);
    expect((await readAll({ type: 'judgment' }, 4)).seen).toEqual(
      Array.from({ length: 13 }, (_, i) => `n${(i + 1) * 3}`),
    );
    const tagged = await readAll({ tag: 'ops' }, 3);
    expect(tagged.seen).toEqual(Array.from({ length: 10 }, (_, i) => `n${(i + 1) * 4}`));
    expect(tagged.pages).toBe(4);
    expect((await readAll({ tag: 'ops', type: 'judgment' }, 2)).seen).toEqual(['n12', 'n24', 'n36']);
    // n5 is 2026-01-27, n8 is 2026-01-24.
    expect((await readAll({ from: '2026-01-24', to: '2026-01-27' }, 2)).seen).toEqual(['n5', 'n6', 'n7', 'n8']);
    expect((await readAll({ from: '2026-01-24', tag: 'ops' }, 2)).seen).toEqual(['n4', 'n8']);
    await repo.update((await repo.listJournal({ tag: 'ops' }, 1)).entries[0]!.id, {
      reflection: { whyItHappened: 'Mine.' },
    });
    expect((await readAll({ tag: 'ops', waitingOnly: true, to: '2026-01-20' }, 5)).seen).toEqual([
      'n12',
      'n16',
      'n20',
      'n24',
      'n28',
      'n32',
      'n36',
      'n40',
    ]);
    expect((await repo.readPage({ from: '2026-02-01' }, null, 5)).entries).toEqual([]);
  });

  it('"has a story" leaves out an unlinked entry sharing its key with linked ones, past 200 links', async () => {
    const first = await repo.create({ ...base, title: 'linked 0' });
    const entries = Array.from({ length: 300 }, (_, n) => ({ ...first, id: `k${1000 + n}`, title: `k${n}` }));
    await db.entries.bulkPut(entries);
    const linked = entries.filter((_, n) => n % 7 !== 3).map((entry) => entry.id);
    const stories = createStoryRepository(db, { now: () => new Date((clock += 1000)), newId: () => `s${++ids}` });
    const story = await stories.promote([first.id]);
    const groups = Array.from({ length: Math.ceil(linked.length / 50) }, (_, g) => linked.slice(g * 50, g * 50 + 50));
    await db.stories.bulkPut(groups.map((entryIds, g) => ({ ...story, id: `group-${g}`, entryIds })));
    expect(linked.length).toBeGreaterThan(200);

    const { seen } = await readAll({ hasStory: true }, 10);
    const titleOf = new Map([...entries, first].map((entry) => [entry.title, entry.id]));
    expect(seen.map((title) => titleOf.get(title)).sort()).toEqual([first.id, ...linked].sort());
  });

  it('"has a story" keeps entries linked by a story that is not in the Trash', async () => {
    await seed(5);
    const stories = createStoryRepository(db, { now: () => new Date((clock += 1000)), newId: () => `s${++ids}` });
    const all = await db.entries.toArray();
    const idOf = (title: string) => all.find((entry) => entry.title === title)!.id;
    await stories.promote([idOf('n2')]);
    const trashed = await stories.promote([idOf('n4')]);
    await stories.trash(trashed.id);
    expect((await readAll({ hasStory: true }, 1)).seen).toEqual(['n2']);
    await stories.restore(trashed.id);
    expect((await readAll({ hasStory: true, type: 'technical' }, 1)).seen).toEqual(['n2', 'n4']);
  });

  it('leaves trashed entries out of every page and lists tags one key at a time', async () => {
    await seed(8);
    const victim = (await repo.listJournal({ tag: 'ops' }, 1)).entries[0]!;
    await repo.trash(victim.id);
    expect((await readAll({ tag: 'ops' }, 5)).seen).toEqual(['n8']);
    expect((await readAll({}, 3)).seen).not.toContain(victim.title);
    await repo.create({ ...base, tags: ['alpha', 'zulu'] });
    expect(await repo.listTags()).toEqual(['alpha', 'ops', 'zulu']);
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
