import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexStatus } from '../../shared/search/search-protocol';
import { openJournalReader } from './search-journal-reader';
import { heldStore, openIndexStore } from './search-index-store';
import { cipherFor } from '../../shared/lock/seal';
import { SearchService, type SearchServiceOptions } from './search-service';
import { searchServiceFixture } from './test-support/search-service-fixture';

// When the search index is stored again: how much must change, and never mid-rebuild.
const fixture = searchServiceFixture();
const { startService, log, titles } = fixture;

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
    await fixture.entries.update(id, { whatHappened });
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
    const reader = await openJournalReader(fixture.db.name);
    let gate = Promise.resolve();
    const gated = {
      ...reader,
      page: async (...args: Parameters<typeof reader.page>) => (await gate, reader.page(...args)),
    };
    const store = fixture.openStore();
    const statuses: IndexStatus[] = [];
    const service = fixture.keep(
      new SearchService(gated, store, (status) => statuses.push(status), {
        pageSize: 2,
        saveDelayMs: 1000,
        saveAfterShare: 0.5,
      }),
    );
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

  it('moving into the lock: stores nothing while held, keeps its index, then stores it sealed at once', async () => {
    const first = await log('Vendor slipped', 'x');
    await log('Late hire', 'y');
    const { service, save } = await startWatched({ saveAfterShare: 0.5 });
    vi.useRealTimers();
    await service.relocate({ store: heldStore() });
    // Written while the journal moves: indexed, nothing stored (the move deletes the cache).
    await edit(service, first.id, 'The contractor missed the quarterly deadline.');
    await service.save();
    expect(save).not.toHaveBeenCalled();
    expect(titles(service, 'quarterly')).toEqual(['Vendor slipped']);

    const key = new Uint8Array(32).fill(3);
    const sealed = openIndexStore(fixture.cacheName, cipherFor(key));
    await service.relocate({ reader: await openJournalReader(fixture.db.name), store: sealed });
    const reopened = openIndexStore(fixture.cacheName, cipherFor(key));
    const loaded = await reopened.load(fixture.db.verno);
    reopened.close();
    sealed.close();
    expect(loaded.found).toBe(true);
    expect(titles(service, 'quarterly')).toEqual(['Vendor slipped']);
  });
});

