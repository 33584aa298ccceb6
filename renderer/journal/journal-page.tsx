import { lazy, Suspense, useMemo, useState, type ComponentProps } from 'react';
import { isFiltering, type JournalFilter } from '../../shared/journal-filter';
import { useJournalPages, useTrashCount, type JournalPages } from '../db/use-entries';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { SearchBox } from '../search/search-box';
import type { SearchResults as SearchResultsView } from '../search/search-results';
import { useJournalQuery } from '../search/use-journal-query';
import { useSearchWarmUp } from '../search/use-search';
import { JournalFilters } from './journal-filters';
import { JournalList, useVirtualListLoaded } from './journal-list';

// Not part of the first screen of a journal in use: loaded when first shown, to keep start-up JS small.
// The notices check things that come later anyway (read-only state, desktop backups).
const JournalNotices = lazy(() => import('./journal-notices').then((m) => ({ default: m.JournalNotices })));
// Loaded with the search worker once the first screen is up (or on the first search, if sooner).
let loadedSearchResults: typeof SearchResultsView | undefined;
const loadSearchResults = () => import('../search/search-results').then((m) => (loadedSearchResults = m.SearchResults));
const LazySearchResults = lazy(() => loadSearchResults().then((SearchResults) => ({ default: SearchResults })));
const TrashList = lazy(() => import('./trash-list').then((m) => ({ default: m.TrashList })));

/** The Trash button's count; read once the first screen is up, it is not needed to paint it. */
function TrashToggle({ shown, onToggle }: { shown: boolean; onToggle: () => void }) {
  const ready = useAfterFirstPaint();
  const count = useTrashCount(ready);
  return (
    <button type="button" className="quiet" aria-pressed={shown} onClick={onToggle}>
      {shown ? 'Back to journal' : count === undefined ? 'Trash' : `Trash (${count})`}
    </button>
  );
}

/** The filters are shown once the list shows setbacks, or while they narrow it. */
const showsFilters = ({ entries, hasMore }: JournalPages, filtered: boolean, listLoaded: boolean) =>
  filtered || (listLoaded && entries !== undefined && (entries.length > 0 || hasMore));

/**
 * The results view, rendered directly once its code is loaded. A lazy component suspends on
 * its first render even then, and React holds a Suspense boundary's content back for up to
 * 300 ms after showing its fallback: the first letter typed would show nothing.
 * Chosen once per search, so a view is never swapped (and its state lost) mid-search.
 */
function SearchResults(props: ComponentProps<typeof SearchResultsView>) {
  const [Results] = useState(() => loadedSearchResults ?? LazySearchResults);
  return (
    <Suspense fallback={null}>
      <Results {...props} />
    </Suspense>
  );
}

/** The journal: every setback, newest first, with filters and the Trash. */
export function JournalPage() {
  const [filter, setFilter] = useState<JournalFilter>({});
  const [showTrash, setShowTrash] = useState(false);
  const [query, setQuery] = useJournalQuery();
  const searching = query.trim() !== '';
  const [resultsReady, setResultsReady] = useState(false);
  const filtered = isFiltering(filter);
  // Read here, not in the list: it decides on the filters too. It stays read (and live) while
  // a search is open, so clearing the search shows the list at once and keeps the filters.
  const pages = useJournalPages(filter, !showTrash);
  const listLoaded = useVirtualListLoaded();
  useSearchWarmUp(loadSearchResults);
  // Kept across keystrokes in the search box: typing re-renders the results, not the filters.
  const filters = useMemo(() => <JournalFilters filter={filter} onChange={setFilter} />, [filter]);
  const journalShown = !(searching && resultsReady);
  const journal = useMemo(
    () => (
      <div hidden={!journalShown}>
        <JournalList pages={pages} filtered={filtered} active={journalShown} />
      </div>
    ),
    [pages, filtered, journalShown],
  );

  return (
    <div className="page journal-page">
      <header className="page-header">
        <h1>{showTrash ? 'Trash' : 'Journal'}</h1>
        {/* Page-wide tools (the Trash) line up here, after the heading; search sits under it. */}
        <div className="page-tools">
          <TrashToggle shown={showTrash} onToggle={() => setShowTrash((shown) => !shown)} />
        </div>
      </header>
      <Suspense fallback={null}>
        <JournalNotices />
      </Suspense>
      {showTrash ? (
        <Suspense fallback={null}>
          <TrashList />
        </Suspense>
      ) : (
        <>
          <SearchBox value={query} onChange={setQuery} />
          {/* In one place for the list and the results: starting or clearing a search keeps
              them (remounted, they listed the journal's tags again: ~40 ms at 10,000 entries). */}
          {(searching || showsFilters(pages, filtered, listLoaded)) && filters}
          {/* A new search keeps the list on screen until its first answer is ready, then
              swaps in one render: no blank "Searching…" frame between the two, and the
              keystroke's own task stays light. The list stays mounted, hidden, under the
              results: starting a search or clearing it does not unmount or remount its rows. */}
          {searching && <SearchResults query={query} filter={filter} onReady={setResultsReady} />}
          {journal}
        </>
      )}
    </div>
  );
}
