import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalFilter } from '../../shared/journal-filter';
import { SearchIndex } from '../../shared/search/search-index';
import { openDatabase, type HindsightDatabase } from '../db/database';
import { createEntryRepository, type EntryRepository } from '../db/entry-repository';
import { createStoryRepository } from '../db/story-repository';
import { openIndexStore, type IndexStore } from '../db/search-index-store';
import { openJournalReader } from '../db/search-journal-reader';
import type { IndexStatus } from '../../shared/search/search-protocol';
import { SearchService, type SearchServiceOptions } from './search-service';

let db: HindsightDatabase;
let entries: EntryRepository;
let cacheName: string;
const services: SearchService[] = [];
const stores: IndexStore[] = [];

beforeEach(() => {
  db = openDatabase(`search-${crypto.randomUUID()}`);
  cacheName = `search-cache-${crypto.randomUUID()}`;
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  entries = createEntryRepository(db, { now: () => new Date((clock += 1000)) });
});

afterEach(async () => {
  for (const service of services.splice(0)) service.dispose();
  for (const store of stores.splice(0)) store.close();
  db.close();
  await db.delete();
  await Dexie.delete(cacheName);
});

async function startService(options: SearchServiceOptions = {}) {
  const statuses: IndexStatus[] = [];
  const store = openIndexStore(cacheName);
  stores.push(store);
  const service = new SearchService(await openJournalReader(db.name), store, (s) => statuses.push(s), {
    pageSize: 2,
    saveDelayMs: 60_000,
    ...options,
  });
  services.push(service);
  await service.start();
  return { service, statuses, store };
}

const log = (title: string, whatHappened: string) =>
  entries.create({ title, whatHappened, occurredOn: '2026-02-01', type: 'technical' });
const titles = (service: SearchService, query: string, filter: JournalFilter = {}) =>
  service.search(query, filter, 50).hits.map((hit) => hit.title);

describe('search service', () => {
  it('builds the index on first start, page by page, and stores it', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    await log('Untested rollback', 'Our rollback plan failed.');
    await log('Late hire', 'We hired too late.');
    const { service, statuses } = await startService();
    expect(statuses.filter((s) => s.state === 'building').map((s) => s.indexed)).toEqual([0, 2, 3]);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', indexed: 3 });
    expect(statuses[1]?.reason).toBe('missing');
    expect(titles(service, 'deadl')).toEqual(['Vendor slipped']);

    const second = await startService();
    expect(second.statuses.map((s) => s.state)).toEqual(['loading', 'ready']);
    expect(titles(second.service, 'rollback')).toEqual(['Untested rollback']);
  });

  it('follows edits, the Trash and deletion without a rebuild', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    const { service, statuses } = await startService();
    const builds = statuses.filter((s) => s.state === 'building').length;

    await entries.update(entry.id, { whatHappened: 'The contractor missed the deadline.' });
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
    expect(titles(service, 'vendor ')).toEqual(['Vendor slipped']); // still in the title
    expect(titles(service, 'missed vendor')).toEqual(['Vendor slipped']);

    await entries.trash(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual([]);

    await entries.restore(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);

    await entries.trash(entry.id);
    await entries.purge(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual([]);
    expect(statuses.filter((s) => s.state === 'building')).toHaveLength(builds);
  });

  it('indexes stories and knows which setbacks have one', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    await log('Vendor again', 'Another vendor story.');
    const { service } = await startService();
    const story = await createStoryRepository(db).promote([entry.id]);
    await service.changed({ entries: [], stories: [story.id] });
    expect(titles(service, 'vendor', { hasStory: true }).sort()).toEqual([story.title, 'Vendor slipped'].sort());
  });

  it('catches up at start with what changed while it was not running', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    const first = await startService();
    await first.service.save();
    await entries.update(entry.id, { whatHappened: 'The contractor missed it.' });
    await log('Canary', 'We skipped the canary.');
    const { service, statuses } = await startService();
    expect(statuses.some((s) => s.state === 'building')).toBe(false);
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
    expect(titles(service, 'canary')).toEqual(['Canary']);
  });

  it('re-reads records noted as changed but not stored yet (a crash before saving)', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    const first = await startService();
    // A write that keeps the old updatedAt, as restoring a backup does: only the note finds it.
    const stored = await db.entries.get(entry.id);
    await db.entries.put({ ...stored!, whatHappened: 'Restored from a backup about the contractor.' });
    await first.service.changed({ entries: [entry.id], stories: [] });
    const { service } = await startService();
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
  });

  it('rebuilds an index that is damaged, answering from what it has meanwhile', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    await startService().then(({ service }) => service.save());
    const cache = new Dexie(cacheName);
    await cache.open();
    await cache.table('indexes').update('journal', { snapshot: { version: 1, docs: 'broken' } });
    cache.close();
    const { service, statuses } = await startService();
    expect(statuses.find((s) => s.state === 'building')?.reason).toBe('outdated');
    expect(titles(service, 'vendor')).toEqual(['Vendor slipped']);
  });

  it('answers sensibly to queries with nothing to look for', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    const { service } = await startService();
    expect(service.search('?!*', {}, 50)).toMatchObject({ hits: [], empty: true });
    expect(service.search('x'.repeat(2000), {}, 50)).toMatchObject({ hits: [], truncated: false });
    expect(service.search('vendor '.repeat(300), {}, 50)).toMatchObject({ truncated: true, total: 1 });
  });
});

describe('search service storing', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** Starts a service whose index is stored a second after changes, when due; its saves are watched. */
  async function startWatched(options: SearchServiceOptions) {
    const started = await startService({ saveDelayMs: 1000, ...options });
    const save = vi.spyOn(started.store, 'save');
    // Only the service's own timers: IndexedDB and Dexie keep running on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    return { ...started, save };
  }
  const edit = async (service: SearchService, id: string, whatHappened: string) => {
    await entries.update(id, { whatHappened });
    await service.changed({ entries: [id], stories: [] });
  };

  it('stores the index again once enough records changed, a while after the last change', async () => {
    const [first, second] = [await log('Vendor slipped', 'x'), await log('Late hire', 'y')];
    await log('Untested rollback', 'z');
    await log('Canary', 'w');
    // Half of four records: two.
    const { service, save } = await startWatched({ saveAfterShare: 0.5 });
    for (const text of ['The contractor', 'The contractor missed', 'The contractor missed it'])
      await edit(service, first.id, text);
    vi.advanceTimersByTime(5000);
    expect(save).not.toHaveBeenCalled(); // three changes, one record

    await edit(service, second.id, 'We hired the recruiter too late.');
    vi.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await save.mock.results[0]?.value;

    // Stored: nothing is left for the next start to read again, so one change is not enough.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await edit(service, first.id, 'The vendor again');
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('counts what the last start read again, and the changes noted', async () => {
    const [first, second] = [await log('Vendor slipped', 'x'), await log('Late hire', 'y')];
    await log('Untested rollback', 'z');
    await log('Canary', 'w');
    const before = await startWatched({ saveAfterShare: 0.5 });
    await edit(before.service, first.id, 'The contractor missed it.');
    vi.useRealTimers();
    before.service.dispose();

    // The next start reads the first record again and still counts it: one more record is enough.
    const after = await startWatched({ saveAfterShare: 0.5 });
    expect(titles(after.service, 'contractor')).toEqual(['Vendor slipped']);
    await edit(after.service, second.id, 'We hired the recruiter too late.');
    vi.advanceTimersByTime(1000);
    expect(after.save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await after.save.mock.results[0]?.value;

    // Many changes to one record are due too: each is a row the next start reads.
    const notes = await startWatched({ saveAfterShare: 1, saveAfterNotes: 3 });
    await edit(notes.service, first.id, 'one');
    await edit(notes.service, first.id, 'two');
    vi.advanceTimersByTime(1000);
    expect(notes.save).not.toHaveBeenCalled();
    await edit(notes.service, first.id, 'three');
    vi.advanceTimersByTime(1000);
    expect(notes.save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await notes.save.mock.results[0]?.value;
  });

  it('does not store a partial index while a rebuild reads the journal', async () => {
    const first = await log('Vendor slipped', 'x');
    await log('Late hire', 'y');
    const reader = await openJournalReader(db.name);
    let gate = Promise.resolve();
    const gated = {
      ...reader,
      page: async (...args: Parameters<typeof reader.page>) => (await gate, reader.page(...args)),
    };
    const store = openIndexStore(cacheName);
    stores.push(store);
    const statuses: IndexStatus[] = [];
    const service = new SearchService(gated, store, (status) => statuses.push(status), {
      pageSize: 2,
      saveDelayMs: 1000,
      saveAfterShare: 0.5,
    });
    services.push(service);
    await service.start();
    const save = vi.spyOn(store, 'save');

    let release = () => undefined as void;
    gate = new Promise((resolve) => (release = resolve));
    const rebuilding = service.rebuild('import');
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('building'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await edit(service, first.id, 'The contractor missed it.');
    vi.advanceTimersByTime(1000);
    expect(save).not.toHaveBeenCalled();

    vi.useRealTimers();
    release();
    await rebuilding;
    expect(save).toHaveBeenCalledTimes(1); // the rebuild's own, once it holds everything
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
  });

  it('stores again on the next change when the store after a rebuild failed', async () => {
    const first = await log('Vendor slipped', 'x');
    await log('Late hire', 'y');
    await log('Untested rollback', 'z');
    await log('Canary', 'w');
    const { service, save } = await startWatched({ saveAfterShare: 0.5 });
    vi.useRealTimers();
    save.mockRejectedValueOnce(new Error('The disk is full.'));
    await service.rebuild('import');
    expect(service.status.message).toMatch(/could not be stored/);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await edit(service, first.id, 'The contractor missed it.'); // one record of four: not enough otherwise
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
    await save.mock.results[1]?.value;
  });

  it('keeps counting the changes when the index could not be stored', async () => {
    const [first, second] = [await log('Vendor slipped', 'x'), await log('Late hire', 'y')];
    await log('Untested rollback', 'z');
    await log('Canary', 'w');
    const { service, save } = await startWatched({ saveAfterShare: 0.5 });
    vi.useRealTimers();
    save.mockRejectedValueOnce(new Error('The disk is full.'));
    await edit(service, first.id, 'The contractor missed it.');
    await expect(service.save()).rejects.toThrow('The disk is full.');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await edit(service, second.id, 'We hired the recruiter too late.');
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2); // the first record, still unsaved, and the second
    vi.useRealTimers();
    await save.mock.results[1]?.value;
  });
});

describe('search service start-up', () => {
  it('indexes a change reported while it starts (the change waits for the stored index)', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    await startService().then(({ service }) => service.save());
    const store = openIndexStore(cacheName);
    stores.push(store);
    const service = new SearchService(await openJournalReader(db.name), store, () => undefined);
    services.push(service);
    // Written with its old updatedAt (as an import does): only the change message tells.
    const stored = await db.entries.get(entry.id);
    await db.entries.put({ ...stored!, whatHappened: 'The contractor missed it.' });
    await Promise.all([service.start(), service.changed({ entries: [entry.id], stories: [] })]);
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
  });
});

describe('search service warm-up', () => {
  afterEach(() => vi.restoreAllMocks());
  /** The queries the index is asked, in order (warm-up ones and real ones alike). */
  const searchesOf = () => vi.spyOn(SearchIndex.prototype, 'search');

  it('searches, without changing the index, its status or its answers', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    await log('Untested rollback', 'Our rollback plan failed.');
    const { service, statuses } = await startService();
    const status = service.status;
    const searches = searchesOf();
    await service.warmUp();
    expect(searches.mock.calls.length).toBeGreaterThan(0);
    expect(service.status).toEqual(status);
    expect(statuses.at(-1)).toEqual(status);
    expect(titles(service, 'rollb')).toEqual(['Untested rollback']);
  });

  it('stops once a real search is asked', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    const { service } = await startService();
    const searches = searchesOf();
    const warming = service.warmUp();
    service.search('vendor', {}, 50);
    await warming;
    expect(searches.mock.calls.map(([query]) => query)).toEqual(['vendor']);
  });

  it('makes a search asked mid-way wait for one warm-up query at most', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    const { service } = await startService();
    const searches = searchesOf();
    const warming = service.warmUp();
    await new Promise((resolve) => setTimeout(resolve));
    service.search('vendor', {}, 50);
    await warming;
    expect(searches.mock.calls.map(([query]) => query).slice(1)).toEqual(['vendor']);
    expect(searches.mock.calls).toHaveLength(2);
  });
});
