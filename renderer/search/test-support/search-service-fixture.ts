// What the search service's tests share: a fresh journal and index cache per test, services
// started on them, and everything closed and deleted afterwards. Call once per test file,
// which imports 'fake-indexeddb/auto' first, before anything loads Dexie.
import { Dexie } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import type { JournalFilter } from '../../../shared/journal-filter';
import type { IndexStatus } from '../../../shared/search/search-protocol';
import { openDatabase, type HindsightDatabase } from '../../db/database';
import { createEntryRepository, type EntryRepository } from '../../db/entry-repository';
import { openIndexStore, type IndexStore } from '../search-index-store';
import { openJournalReader } from '../search-journal-reader';
import { SearchService, type SearchServiceOptions } from '../search-service';

export function searchServiceFixture() {
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

  const fixture = {
    get db() {
      return db;
    },
    get entries() {
      return entries;
    },
    get cacheName() {
      return cacheName;
    },
    /** The index cache, closed after the test. */
    openStore(): IndexStore {
      const store = openIndexStore(cacheName);
      stores.push(store);
      return store;
    },
    /** A service made by the test itself, disposed after it. */
    keep(service: SearchService): SearchService {
      services.push(service);
      return service;
    },
    /** A started service over this test's journal: small pages, and no store for a minute. */
    async startService(options: SearchServiceOptions = {}) {
      const statuses: IndexStatus[] = [];
      const store = fixture.openStore();
      const service = fixture.keep(
        new SearchService(await openJournalReader(db.name), store, (s) => statuses.push(s), {
          pageSize: 2,
          saveDelayMs: 60_000,
          ...options,
        }),
      );
      await service.start();
      return { service, statuses, store };
    },
    log: (title: string, whatHappened: string) =>
      entries.create({ title, whatHappened, occurredOn: '2026-02-01', type: 'technical' }),
    titles: (service: SearchService, query: string, filter: JournalFilter = {}) =>
      service.search(query, filter, 50).hits.map((hit) => hit.title),
  };
  return fixture;
}
