import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../shared/search/search-index';
import { createStoryRepository } from '../db/story-repository';
import { openJournalReader } from './search-journal-reader';
import { SearchService } from './search-service';
import { searchServiceFixture } from './test-support/search-service-fixture';

const fixture = searchServiceFixture();
const { startService, log, titles } = fixture;

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

    await fixture.entries.update(entry.id, { whatHappened: 'The contractor missed the deadline.' });
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
    expect(titles(service, 'vendor ')).toEqual(['Vendor slipped']); // still in the title
    expect(titles(service, 'missed vendor')).toEqual(['Vendor slipped']);

    await fixture.entries.trash(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual([]);

    await fixture.entries.restore(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);

    await fixture.entries.trash(entry.id);
    await fixture.entries.purge(entry.id);
    await service.changed({ entries: [entry.id], stories: [] });
    expect(titles(service, 'contractor')).toEqual([]);
    expect(statuses.filter((s) => s.state === 'building')).toHaveLength(builds);
  });

  it('indexes stories and knows which setbacks have one', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    await log('Vendor again', 'Another vendor story.');
    const { service } = await startService();
    const story = await createStoryRepository(fixture.db).promote([entry.id]);
    await service.changed({ entries: [], stories: [story.id] });
    expect(titles(service, 'vendor', { hasStory: true }).sort()).toEqual([story.title, 'Vendor slipped'].sort());
  });

  it('catches up at start with what changed while it was not running', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    const first = await startService();
    await first.service.save();
    await fixture.entries.update(entry.id, { whatHappened: 'The contractor missed it.' });
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
    const stored = await fixture.db.entries.get(entry.id);
    await fixture.db.entries.put({ ...stored!, whatHappened: 'Restored from a backup about the contractor.' });
    await first.service.changed({ entries: [entry.id], stories: [] });
    const { service } = await startService();
    expect(titles(service, 'contractor')).toEqual(['Vendor slipped']);
  });

  it('rebuilds an index that is damaged, answering from what it has meanwhile', async () => {
    await log('Vendor slipped', 'The vendor missed the deadline.');
    await startService().then(({ service }) => service.save());
    const cache = new Dexie(fixture.cacheName);
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

describe('search service start-up', () => {
  it('indexes a change reported while it starts (the change waits for the stored index)', async () => {
    const entry = await log('Vendor slipped', 'The vendor missed the deadline.');
    await startService().then(({ service }) => service.save());
    const store = fixture.openStore();
    const service = fixture.keep(new SearchService(await openJournalReader(fixture.db.name), store, () => undefined));
    // Written with its old updatedAt (as an import does): only the change message tells.
    const stored = await fixture.db.entries.get(entry.id);
    await fixture.db.entries.put({ ...stored!, whatHappened: 'The contractor missed it.' });
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
    // …and for good: a later warm-up runs no query either.
    searches.mockClear();
    await service.warmUp();
    expect(searches).not.toHaveBeenCalled();
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
