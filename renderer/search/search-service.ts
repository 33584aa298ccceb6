// The search worker's brain: keeps the index in step with the journal, stores it, rebuilds
// it when it is missing or stale, and answers queries from whatever it holds meanwhile.
import type { JournalFilter } from '../../shared/journal-filter';
import { SearchIndex } from '../../shared/search/search-index';
import { parseSearchKey, searchKey } from '../../shared/search/search-documents';
import { loadIndex, packIndex } from '../../shared/search/search-snapshot';
import type { IndexStore } from './search-index-store';
import { journalTables, type IndexedRecord, type JournalReader } from './search-journal-reader';
import {
  SEARCH_PAGE_SIZE,
  type ChangedKeys,
  type IndexStatus,
  type SearchAnswer,
} from '../../shared/search/search-protocol';

/** A record read back as missing: deleted for good, not just moved to the Trash. */
const isGone = (record: IndexedRecord) => record.doc === null && record.updatedAt === '';

export interface SearchServiceOptions {
  /** Records read per step of a full build; each step is one short task in the worker. */
  pageSize?: number;
  /** Quiet time after a change before the index is stored again. */
  saveDelayMs?: number;
  /**
   * Share of the indexed records (setbacks and stories not in the Trash) that must have
   * changed since the index was stored before it is stored again. Storing packs and writes
   * the whole index, which grows with the journal (seconds of the worker's time and a
   * hundred megabytes for the largest journals), while a record left for the next start
   * costs that start only its own read and indexing (docs/search.md has the figures).
   */
  saveAfterShare?: number;
  /** Changes noted since the index was stored that make it due anyway (each is a row read at start). */
  saveAfterNotes?: number;
}

/**
 * Searched once the index is loaded, the answers dropped: a short prefix, a word being
 * typed, two words, a typo. The first searches a person types would otherwise run as cold
 * code, at several times their warm cost. No single letter: in a large journal one letter
 * matches nearly everything, and a real search asked meanwhile would wait for it.
 */
const WARM_UP_QUERIES = ['st', 'pla', 'plan b', 'plna'];

export class SearchService {
  private index = new SearchIndex();
  private watermark = '';
  private current: IndexStatus = { state: 'starting', indexed: 0, total: 0, revision: 0 };
  private revision = 0;
  private generation = 0;
  private changes: Promise<void> = Promise.resolve();
  private appliedSeq = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Records changed since the index was stored: the next start reads them again. */
  private unsaved = new Set<string>();
  /** Changes noted durably since the index was stored, one per record per change. */
  private unsavedNotes = 0;
  /** False once a rebuild has thrown the stored index away, until one is stored again. */
  private stored = true;
  private readonly pageSize: number;
  private readonly saveDelayMs: number;
  private readonly saveAfterShare: number;
  private readonly saveAfterNotes: number;
  /** A real search was asked: warming up is moot from then on. */
  private searched = false;

  constructor(
    private reader: JournalReader,
    private store: IndexStore,
    private readonly onStatus: (status: IndexStatus) => void,
    options: SearchServiceOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 200;
    this.saveDelayMs = options.saveDelayMs ?? 10_000;
    this.saveAfterShare = options.saveAfterShare ?? 0.001;
    this.saveAfterNotes = options.saveAfterNotes ?? 2_000;
  }

  get status(): IndexStatus {
    return this.current;
  }

  /**
   * Loads the stored index and catches up with changes since, or builds it from scratch.
   * Changes that arrive meanwhile wait their turn, so none is applied to an index about
   * to be replaced.
   */
  start(): Promise<void> {
    this.changes = this.changes.then(() => this.load());
    return this.changes;
  }

  private async load(): Promise<void> {
    this.report({ state: 'loading', indexed: 0, total: 0, revision: this.revision });
    const loaded = await this.store.load(this.reader.version);
    if (!loaded.found) return this.rebuild(loaded.reason);
    this.index = loadIndex(loaded.snapshot);
    this.watermark = loaded.watermark;
    this.appliedSeq = loaded.lastSeq;
    // A record both changed since the watermark and noted is read twice but indexed once.
    const stale = new Map<string, IndexedRecord>();
    for (const table of journalTables)
      for (const record of await this.reader.changedSince(table, this.watermark)) stale.set(record.key, record);
    for (const record of await this.readKeys(loaded.pending)) stale.set(record.key, record);
    this.apply([...stale.values()]);
    this.unsaved = new Set(stale.keys());
    this.unsavedNotes = loaded.pending.length;
    this.report({ state: 'ready', indexed: this.index.size, total: this.index.size, revision: this.revision });
    this.scheduleSave();
  }

  /**
   * Reads every record again. Search keeps answering from the index as it is meanwhile;
   * records are replaced one page at a time and those no longer in the journal dropped.
   */
  async rebuild(reason: 'missing' | 'outdated' | 'import'): Promise<void> {
    const generation = ++this.generation;
    clearTimeout(this.saveTimer);
    // Thrown away first: if the app closes mid-way, the next start rebuilds again.
    await this.store.discard();
    this.stored = false;
    let total = 0;
    for (const table of journalTables) total += await this.reader.count(table);
    const seen = new Set<string>();
    this.report({ state: 'building', indexed: 0, total, reason, revision: this.revision });
    for (const table of journalTables) {
      let after: string | null = null;
      for (;;) {
        const page = await this.reader.page(table, after, this.pageSize);
        if (generation !== this.generation) return;
        if (page.length === 0) break;
        this.apply(page);
        for (const record of page) seen.add(record.key);
        after = page.at(-1)?.id ?? null;
        this.report({
          state: 'building',
          indexed: seen.size,
          total: Math.max(total, seen.size),
          reason,
          revision: this.revision,
        });
      }
    }
    for (const key of [...this.index.keys()]) if (!seen.has(key)) this.index.remove(key);
    // Search works from memory either way; a snapshot that cannot be stored (a full disk)
    // only means the next start builds again.
    const stored = await this.save().then(
      () => true,
      () => false,
    );
    if (generation === this.generation)
      this.report({
        state: 'ready',
        indexed: this.index.size,
        total: this.index.size,
        revision: this.revision,
        ...(stored ? {} : { message: 'The search index could not be stored; it is rebuilt at the next start.' }),
      });
  }

  /** Records changed: noted durably first, then read back and indexed, in order of arrival. */
  changed(keys: ChangedKeys): Promise<void> {
    const run = async () => {
      const all = [
        ...keys.entries.map((id) => searchKey('entry', id)),
        ...keys.stories.map((id) => searchKey('story', id)),
      ];
      if (all.length === 0) return;
      const seq = await this.store.notePending(all);
      const records = [
        ...(await this.reader.read('entries', keys.entries)),
        ...(await this.reader.read('stories', keys.stories)),
      ];
      this.apply(records);
      this.appliedSeq = Math.max(this.appliedSeq, seq);
      for (const key of all) this.unsaved.add(key);
      this.unsavedNotes += all.length;
      this.onStatus(this.current);
      // A record deleted for good is stored out of the index at once: its words must not
      // wait in the stored copy for the next save.
      if (records.some(isGone)) await this.save().catch(() => this.scheduleSave());
      else this.scheduleSave();
    };
    this.changes = this.changes.then(run, run);
    return this.changes;
  }

  search(query: string, filter: JournalFilter, limit: number): SearchAnswer {
    this.searched = true;
    const result = this.index.search(query, { filter, limit });
    const { terms, lastIsPrefix, truncated } = result.query;
    return {
      hits: result.hits,
      total: result.total,
      matchedTerms: result.matchedTerms,
      prefix: lastIsPrefix ? (terms.at(-1) ?? null) : null,
      truncated,
      empty: terms.length === 0,
    };
  }

  /**
   * Runs the warm-up queries, one task each, until a real search is asked: that one waits
   * for one warm-up query at most. Nothing is kept; the index and its status are unchanged.
   */
  async warmUp(): Promise<void> {
    for (const query of WARM_UP_QUERIES) {
      await new Promise((resolve) => setTimeout(resolve));
      if (this.searched) return;
      this.index.search(query, { limit: SEARCH_PAGE_SIZE });
    }
  }

  /**
   * Stores the index now. It is also stored a while after the last change, once enough has
   * changed since it was last stored (`saveAfterShare`, `saveAfterNotes`).
   */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const [unsaved, unsavedNotes] = [this.unsaved, this.unsavedNotes];
    this.unsaved = new Set();
    this.unsavedNotes = 0;
    const snapshot = packIndex(this.index);
    // Searching goes on from the packed form straight away: compact, and what was stored.
    this.index = loadIndex(snapshot);
    try {
      await this.store.save(snapshot, this.watermark, this.reader.version, this.appliedSeq);
      this.stored = true;
    } catch (error) {
      // Not stored: those changes are still the next start's to read again.
      for (const key of unsaved) this.unsaved.add(key);
      this.unsavedNotes += unsavedNotes;
      throw error;
    }
  }

  /**
   * The journal moves into or out of the lock: from now on it is read through `reader` and
   * stored through `store`, the index in memory kept (the records are the same). A real
   * store gets the index at once; `heldStore()` keeps nothing while the move runs.
   */
  relocate(to: { reader?: JournalReader; store: IndexStore }): Promise<void> {
    const run = async () => {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.store.close();
      this.store = to.store;
      if (to.reader) {
        this.reader.close();
        this.reader = to.reader;
      }
      if (!to.store.held && this.current.state === 'ready') await this.save().catch(() => this.scheduleSave());
    };
    this.changes = this.changes.then(run, run);
    return this.changes;
  }

  /** Stops timers (tests, and a worker about to close). */
  dispose(): void {
    clearTimeout(this.saveTimer);
    this.generation++;
  }

  private async readKeys(keys: readonly string[]): Promise<IndexedRecord[]> {
    const ids = { entry: new Set<string>(), story: new Set<string>() };
    for (const key of keys) {
      const parsed = parseSearchKey(key);
      if (parsed) ids[parsed.kind].add(parsed.id);
    }
    return [
      ...(await this.reader.read('entries', [...ids.entry])),
      ...(await this.reader.read('stories', [...ids.story])),
    ];
  }

  private apply(records: readonly IndexedRecord[]) {
    for (const record of records) {
      if (record.doc) this.index.upsert(record.doc);
      else this.index.remove(record.key);
      if (record.updatedAt > this.watermark) this.watermark = record.updatedAt;
    }
    this.revision++;
    this.current = { ...this.current, revision: this.revision };
    if (this.current.state === 'ready')
      this.current = { ...this.current, indexed: this.index.size, total: this.index.size };
  }

  /**
   * Stores the index after the quiet time, when enough has changed since it was stored, or
   * on any change while nothing is stored (a rebuild's store failed).
   */
  private scheduleSave() {
    const enough = Math.max(1, Math.ceil(this.index.size * this.saveAfterShare));
    if (this.stored && this.unsaved.size < enough && this.unsavedNotes < this.saveAfterNotes) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      // Not mid-way through a rebuild: that would store a partial index as if whole. The
      // rebuild stores the index when it ends, changes made meanwhile included.
      if (this.current.state !== 'building') void this.save().catch(() => undefined);
    }, this.saveDelayMs);
  }

  private report(status: IndexStatus) {
    this.current = status;
    this.onStatus(status);
  }
}
