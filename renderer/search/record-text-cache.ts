import { parseSearchKey } from '../../shared/search/search-documents';

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
 * letter. Any write to entries or stories drops them all (`dropAll`), and the rows on screen
 * read theirs again: writes are rare while searching, and a snippet is never stale. A read
 * that fails is tried once more, a second later, for the rows still on screen.
 */
export class RecordTextCache {
  private readonly texts = new Map<string, RecordText>();
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Bumped by `dropAll`: a read started before then must not store what it read. */
  private generation = 0;
  private wanted = new Set<string>();
  private scheduled = false;
  /** Keys whose last read failed: read once more, a moment later, then left unknown. */
  private readonly failed = new Set<string>();
  /** Keys being read, with the generation their read started in: not read twice at once. */
  private readonly reading = new Map<string, number>();

  constructor(
    private readonly read: ReadTexts,
    private readonly onError: (error: unknown) => void = (error) => console.error('Reading snippets failed:', error),
    private readonly retryDelayMs = 1000,
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

  /** Drops every text (after a write); the ones on screen are read again. */
  dropAll(): void {
    this.generation++;
    this.texts.clear();
    for (const key of this.listeners.keys()) this.want(key);
  }

  private want(key: string): void {
    this.wanted.add(key);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const generation = this.generation;
    // A key already being read in this generation gets its text from that read.
    const keys = [...this.wanted].filter((key) => parseSearchKey(key) !== null && this.reading.get(key) !== generation);
    this.wanted = new Set();
    if (keys.length === 0) return;
    keys.forEach((key) => this.reading.set(key, generation));
    let found: Map<string, RecordText>;
    try {
      found = await this.read(keys);
    } catch (error) {
      this.doneReading(keys, generation);
      this.onError(error);
      // Written meanwhile: the rows on screen are being read again already.
      if (generation !== this.generation) return;
      const again = keys.filter((key) => this.listeners.has(key) && !this.failed.has(key));
      keys.forEach((key) => this.failed.add(key));
      if (again.length > 0)
        setTimeout(
          () => again.filter((key) => !this.texts.has(key)).forEach((key) => this.want(key)),
          this.retryDelayMs,
        );
      return;
    }
    this.doneReading(keys, generation);
    keys.forEach((key) => this.failed.delete(key));
    // Written while being read: what was read may be old, and a new read is on its way.
    if (generation !== this.generation) return;
    for (const key of keys) {
      this.texts.delete(key);
      this.texts.set(key, found.get(key) ?? null);
      this.listeners.get(key)?.forEach((listener) => listener());
    }
    this.evict();
  }

  private doneReading(keys: readonly string[], generation: number): void {
    for (const key of keys) if (this.reading.get(key) === generation) this.reading.delete(key);
  }

  private evict(): void {
    for (const key of this.texts.keys()) {
      if (this.texts.size <= MAX_CACHED_TEXTS) return;
      if (!this.listeners.has(key)) this.texts.delete(key);
    }
  }
}
