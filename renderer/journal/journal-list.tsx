import { Suspense, useCallback, type ReactNode } from 'react';
import type { Entry } from '../../shared/entry';
import { lazyComponent, useLazyLoaded } from '../app/lazy-component';
import type { JournalPages } from '../db/use-entries';
import type { VirtualListProps } from '../ui/virtual-list';
import { EntryRow } from './entry-row';

interface JournalListProps {
  /** The journal's pages, read by the page (`useJournalPages`), which also decides on the filters above. */
  pages: JournalPages;
  filtered: boolean;
  /** False while hidden under a search: the list keeps its rows and stops following the scroll. */
  active: boolean;
}

// Its own chunk (TanStack Virtual is most of it), preloaded at start-up with the journal's
// first page (preloadJournalList), so the JS that must load before anything runs stays small.
// Shown only once loaded, never behind a Suspense fallback, which would hold the list back.
const VirtualList = lazyComponent(() =>
  import('../ui/virtual-list').then((m) => m.VirtualList as (props: VirtualListProps<Entry>) => ReactNode),
);

/** Starts loading the list's code (at start-up, with the journal's first page). */
export const preloadJournalList = () => void VirtualList.preload();

/** True once the list's code is loaded; until then the list shows "Opening…". */
export const useVirtualListLoaded = () => useLazyLoaded(VirtualList);

// Shown once, to a new journal: loaded when needed, to keep start-up JS small.
const EmptyJournal = lazyComponent(() => import('./empty-journal').then((m) => m.EmptyJournal));

/** A row before it is measured: title, one line of details, padding and border. */
const ROW_ESTIMATE_PX = 78;

const keyOfEntry = (entry: Entry) => entry.id;
const renderEntry = (entry: Entry) => <EntryRow entry={entry} />;

/** The filtered journal, newest first: rendered as it scrolls into view, read a page at a time. */
export function JournalList({ pages, filtered, active }: JournalListProps) {
  const { entries, hasMore, loadMore } = pages;
  const listLoaded = useVirtualListLoaded();
  const onEndReached = useCallback(() => loadMore(), [loadMore]);

  if (entries === undefined || !listLoaded) {
    return (
      <p className="muted" aria-busy="true">
        Opening your journal…
      </p>
    );
  }
  if (entries.length === 0 && !hasMore) {
    if (!filtered)
      return (
        <Suspense fallback={null}>
          <EmptyJournal />
        </Suspense>
      );
    return (
      <div className="empty-state">
        <p>No setbacks match these filters.</p>
      </div>
    );
  }
  return (
    <>
      <VirtualList
        items={entries}
        getKey={keyOfEntry}
        renderItem={renderEntry}
        estimateSize={ROW_ESTIMATE_PX}
        label="Setbacks"
        className="entry-list"
        itemClassName="entry-row"
        hasMore={hasMore}
        onEndReached={onEndReached}
        active={active}
      />
      {hasMore && (
        <p className="muted list-more" aria-live="polite">
          Loading more setbacks…
        </p>
      )}
    </>
  );
}
