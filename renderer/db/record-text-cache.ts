import type { JournalChange } from './search-change-feed';
import { parseSearchKey, searchKey } from '../../shared/search/search-documents';

/** A record's searchable text; null when the record is gone or in the Trash. */
export type RecordText = string | null;

/** Reads the texts of some records (by search key), all in one go. */
export type ReadTexts = (keys: readonly string[]) => Promise<Map<string, RecordText>>;

/** Texts kept at most; the least recently read ones without a reader go first. */
export const MAX_CACHED_TEXTS = 400;

/**
 * The texts search results show snippets from. Rows ask for their record's text; every ask
 * made in the same tick is read in one batch (one transaction instead of one live query per
 * row), and a text read once is shown at once the next time, as the query changes letter by
 * letter. A write to a record (reported by the journal's change feed) drops its text, and a
 * row still showing it reads it again.
 */
export class RecordTextCache {
  private readonly texts = new Map<string, RecordText>();
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Bumped when a key's text is dropped: a read started before then must not store it. */
  private readonly stamps = new Map<string, number>();
  private wanted = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly read: ReadTexts,
    private readonly onError: (error: unknown) => void = (error) => console.error('Reading snippets failed:', error),
  ) {}

  /** The text of `key`, or undefined until it has been read. */
  get(key: string): RecordText | undefined {
    return this.texts.get(key);
  }

  /** Hears when `key`'s text arrives or changes; reads it if it is not known yet. */
  subscribe(key: string, listener: () => void): () => void {
    const listeners = this.listeners.get(key) ?? new Set();
    listeners.add(listener);
    this.listeners.set(key, listeners);
    if (!this.texts.has(key)) this.want(key);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.listeners.delete(key);
    };
  }

  /** Drops the texts of written records (all of them on a rebuild); shown ones are read again. */
  changed(change: JournalChange): void {
    const keys = change.rebuild
      ? [...new Set([...this.texts.keys(), ...this.listeners.keys()])]
      : [...change.entries.map((id) => searchKey('entry', id)), ...change.stories.map((id) => searchKey('story', id))];
    for (const key of keys) {
      this.texts.delete(key);
      this.stamps.set(key, (this.stamps.get(key) ?? 0) + 1);
      if (this.listeners.has(key)) this.want(key);
    }
  }

  private want(key: string): void {
    this.wanted.add(key);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const keys = [...this.wanted].filter((key) => parseSearchKey(key) !== null);
    this.wanted = new Set();
    const stamps = new Map(keys.map((key) => [key, this.stamps.get(key) ?? 0]));
    let found: Map<string, RecordText>;
    try {
      found = await this.read(keys);
    } catch (error) {
      this.onError(error);
      return;
    }
    for (const key of keys) {
      // Written while being read: what was read may be the old text, and a new read is on its way.
      if ((this.stamps.get(key) ?? 0) !== stamps.get(key)) continue;
      this.texts.delete(key);
      this.texts.set(key, found.get(key) ?? null);
      this.listeners.get(key)?.forEach((listener) => listener());
    }
    this.evict();
  }

  private evict(): void {
    for (const key of this.texts.keys()) {
      if (this.texts.size <= MAX_CACHED_TEXTS) return;
      if (!this.listeners.has(key)) this.texts.delete(key);
    }
  }
}
