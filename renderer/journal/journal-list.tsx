import { createElement, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Entry } from '../../shared/entry';
import type { JournalPages } from '../db/use-entries';
import type { VirtualList as VirtualListComponent, VirtualListProps } from '../ui/virtual-list';
import { EntryRow } from './entry-row';

interface JournalListProps {
  /** The journal's pages, read by the page (`useJournalPages`), which also decides on the filters above. */
  pages: JournalPages;
  filtered: boolean;
  /** False while hidden under a search: the list keeps its rows and stops following the scroll. */
  active: boolean;
}

// Its own chunk (TanStack Virtual is most of it), fetched as soon as this module runs at
// start-up, in parallel with the database opening: it keeps the JS that must load before
// anything runs small. Not React.lazy: a Suspense fallback holds the reveal for 300 ms.
type VirtualListType = typeof VirtualListComponent;
let virtualList: VirtualListType | undefined;
const loadingVirtualList = import('../ui/virtual-list').then((m) => (virtualList = m.VirtualList));

/** True once the list's chunk is loaded (it loads at start-up); until then the list shows "Opening…". */
export function useVirtualListLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => virtualList !== undefined);
  useEffect(() => {
    if (!loaded) void loadingVirtualList.then(() => setLoaded(true));
  }, [loaded]);
  return loaded;
}

/** VirtualList from its chunk, under one stable component; render once `useVirtualListLoaded()`. */
function LoadedVirtualList<T>(props: VirtualListProps<T>) {
  return virtualList ? createElement(virtualList<T>, props) : null;
}

// Shown once, to a new journal: loaded when needed, to keep start-up JS small.
const EmptyJournal = lazy(() => import('./empty-journal').then((m) => ({ default: m.EmptyJournal })));

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
      <LoadedVirtualList
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
