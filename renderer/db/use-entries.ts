import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import type { Entry } from '../../shared/entry';
import { JournalFilterSchema, type JournalFilter } from '../../shared/journal-filter';
import { entryRepository } from './repositories';
import type { JournalKey, JournalPage } from './entry-repository';

/** Entries read per page: about two screens of rows. */
export const JOURNAL_PAGE_SIZE = 50;

/** What the journal list shows: the pages read so far, joined, kept live. */
export interface JournalPages {
  /** Undefined until the first page has been read. */
  entries: Entry[] | undefined;
  /** More entries may follow the last page read. */
  hasMore: boolean;
  /** A page is being read. */
  loading: boolean;
  /** Reads the next page (does nothing while one is being read or when nothing is left). */
  loadMore: () => void;
}

interface PageSlot {
  /** The page holds entries sorting strictly below this key (null: from the newest)… */
  before: JournalKey | null;
  /** …down to this key, once the next page has been asked for; until then it reads a page's worth. */
  last: JournalKey | null;
  result: JournalPage | undefined;
  subscription: Subscription | undefined;
}

/**
 * The pages of one filtered journal. Each page is its own live query over its own slice of
 * the [occurredOn+createdAt] index, so a change re-reads only the page it falls in, and
 * reading the next page never re-reads the earlier ones. The last page reads "the next 50";
 * when the one after it is asked for, it is pinned to the keys it holds ("sealed").
 */
class JournalPageStore {
  private pages: PageSlot[] = [{ before: null, last: null, result: undefined, subscription: undefined }];
  private listeners = new Set<() => void>();
  private snapshot: JournalPages;
  private stopTimer: number | undefined;

  constructor(private readonly filter: JournalFilter) {
    this.snapshot = this.build();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    window.clearTimeout(this.stopTimer);
    this.start();
    return () => {
      this.listeners.delete(listener);
      // Later, not now: a remount in the same tick keeps its pages instead of reading them again.
      if (this.listeners.size === 0) this.stopTimer = window.setTimeout(() => this.stop(), 1000);
    };
  };

  getSnapshot = () => this.snapshot;

  /** Starts reading before anyone listens (at start-up, while React is still rendering). */
  start(): void {
    this.pages.forEach((page, index) => {
      if (!page.subscription) this.watch(page, index);
    });
  }

  private stop(): void {
    for (const page of this.pages) page.subscription?.unsubscribe();
    // The list starts from the top again next time; only the first page is kept for a fast return.
    const first = this.pages[0]!;
    this.pages = [
      { before: null, last: null, result: first.last === null ? first.result : undefined, subscription: undefined },
    ];
    this.snapshot = this.build();
  }

  private watch(page: PageSlot, index: number): void {
    const { before, last } = page;
    const query = () =>
      last === null
        ? entryRepository.readPage(this.filter, before, JOURNAL_PAGE_SIZE)
        : entryRepository.readRange(this.filter, before, last);
    page.subscription = liveQuery(query).subscribe({
      next: (result) => {
        if (this.pages[index] !== page) return;
        page.result = result;
        this.changed();
      },
      error: (error: unknown) => console.error('Reading the journal failed:', error),
    });
  }

  loadMore = () => {
    const index = this.pages.length - 1;
    const current = this.pages[index]!;
    if (!current.result || current.result.last === null) return;
    const boundary = current.result.last;
    current.subscription?.unsubscribe();
    const sealed: PageSlot = { ...current, last: boundary, subscription: undefined };
    const next: PageSlot = { before: boundary, last: null, result: undefined, subscription: undefined };
    this.pages = [...this.pages.slice(0, index), sealed, next];
    this.watch(sealed, index);
    this.watch(next, index + 1);
    this.changed();
  };

  private changed(): void {
    this.snapshot = this.build();
    this.listeners.forEach((listener) => listener());
  }

  private build(): JournalPages {
    const first = this.pages[0]?.result;
    const lastPage = this.pages[this.pages.length - 1];
    const loading = lastPage?.result === undefined;
    return {
      entries: first ? this.pages.flatMap((page) => page.result?.entries ?? []) : undefined,
      hasMore: loading || lastPage?.result?.last !== null,
      loading,
      loadMore: this.loadMore,
    };
  }
}

/** The same text for every filter that narrows the same way ({} and {tag: undefined} alike). */
const filterKey = ({ type, tag, waitingOnly, from, to, hasStory }: JournalFilter) =>
  JSON.stringify({
    type,
    tag: tag || undefined,
    waitingOnly: waitingOnly || undefined,
    from,
    to,
    hasStory: hasStory || undefined,
  });

/** The unfiltered journal, the first screen of the app: kept so start-up can begin reading early. */
let journalStore: JournalPageStore | undefined;
const unfiltered = () => (journalStore ??= new JournalPageStore({}));

/** Starts reading the journal's first page at once, before the first render asks for it. */
export function preloadJournal(): void {
  unfiltered().start();
}

/** Nothing read, nothing kept live: the journal while it is not shown. */
const notReading: JournalPages = { entries: undefined, hasMore: false, loading: false, loadMore: () => undefined };
const idleStore = { subscribe: () => () => undefined, getSnapshot: () => notReading };

/**
 * The filtered journal, newest first, read page by page (`loadMore`) and kept live: a saved,
 * trashed or restored entry shows up in its place. Changing the filter starts again from the top.
 * While `active` is false nothing is read or kept live.
 */
export function useJournalPages(filter: JournalFilter, active = true): JournalPages {
  const key = filterKey(filter);
  // Keyed by the filter's text, so a new object with the same parts keeps its pages.
  const store = useMemo(() => (active ? storeFor(key) : idleStore), [key, active]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

function storeFor(key: string): JournalPageStore {
  return key === filterKey({}) ? unfiltered() : new JournalPageStore(JournalFilterSchema.parse(JSON.parse(key)));
}

/** One entry: undefined while loading, null when there is no such entry. */
export function useEntry(id: string): Entry | null | undefined {
  return useLiveQuery(async () => (await entryRepository.get(id)) ?? null, [id]);
}

export function useTrash(): Entry[] | undefined {
  return useLiveQuery(() => entryRepository.listTrash(), []);
}

/** Entries in the Trash (read from the deletedAt index, which holds trashed entries only). */
/** Undefined until read (and while `ready` is false). */
export function useTrashCount(ready = true): number | undefined {
  return useLiveQuery(() => (ready ? entryRepository.countTrash() : undefined), [ready]);
}

/** Every tag in use; read once the first screen is up (`ready`), so it never delays it. */
export function useTags(ready = true): string[] {
  return useLiveQuery(() => (ready ? entryRepository.listTags() : []), [ready], []);
}
