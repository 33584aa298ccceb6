import { Suspense, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { lazyComponent } from '../app/lazy-component';
import { useDesktopCommand } from '../desktop/command-registry';
import { isFiltering, type JournalFilter } from '../../shared/journal-filter';
import { useJournalPages, useTrashCount, type JournalPages } from '../db/use-entries';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { SearchBox } from '../search/search-box';
import { useJournalQuery } from '../search/use-journal-query';
import { useSearchWarmUp } from '../search/use-search';
import { JournalFilters } from './journal-filters';
import { JournalList, useVirtualListLoaded } from './journal-list';
import './journal.css';

// Not part of the first screen of a journal in use: loaded when first shown, to keep start-up JS small.
// The notices check things that come later anyway (read-only state, desktop backups).
const JournalNotices = lazyComponent(() => import('./journal-notices').then((m) => m.JournalNotices));
// Loaded with the search worker once the first screen is up (or on the first search, if sooner).
const SearchResults = lazyComponent(() => import('../search/search-results').then((m) => m.SearchResults));
const preloadSearchResults = () => void SearchResults.preload();
// Check-ins due, On this day and the reflection queue: loaded and read once the first screen is painted.
const Resurfacing = lazyComponent(() => import('./resurfacing').then((m) => m.Resurfacing));

function ResurfacingAfterFirstPaint({ hidden }: { hidden: boolean }) {
  const ready = useAfterFirstPaint();
  return ready ? (
    <div hidden={hidden}>
      <Suspense fallback={null}>
        <Resurfacing />
      </Suspense>
    </div>
  ) : null;
}

/** The link to the Trash, with its count; read once the first screen is up, it is not needed to paint it. */
function TrashLink() {
  const ready = useAfterFirstPaint();
  const count = useTrashCount(ready);
  return (
    <Link href="/journal/trash" className="button quiet">
      {count === undefined ? 'Trash' : `Trash (${count})`}
    </Link>
  );
}

/** The filters are shown once the list shows setbacks, or while they narrow it. */
const showsFilters = ({ entries, hasMore }: JournalPages, filtered: boolean, listLoaded: boolean) =>
  filtered || (listLoaded && entries !== undefined && (entries.length > 0 || hasMore));

/** The journal: every setback, newest first, with filters and the Trash. */
export function JournalPage() {
  const [filter, setFilter] = useState<JournalFilter>({});
  const [query, setQuery] = useJournalQuery();
  const searching = query.trim() !== '';
  const [resultsReady, setResultsReady] = useState(false);
  const filtered = isFiltering(filter);
  // Read here, not in the list: it decides on the filters too. It stays read (and live) while
  // a search is open, so clearing the search shows the list at once and keeps the filters.
  const pages = useJournalPages(filter);
  const listLoaded = useVirtualListLoaded();
  useSearchWarmUp(preloadSearchResults);
  const searchBox = useRef<HTMLInputElement>(null);
  useDesktopCommand('find', () => searchBox.current?.focus());
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
        <h1>Journal</h1>
        {/* Page-wide tools (the Trash) line up here, after the heading; search sits under it. */}
        <div className="page-tools">
          <TrashLink />
        </div>
      </header>
      <Suspense fallback={null}>
        <JournalNotices />
      </Suspense>
      <SearchBox ref={searchBox} value={query} onChange={setQuery} />
      <ResurfacingAfterFirstPaint hidden={searching} />
      {/* In one place for the list and the results: starting or clearing a search keeps them
          (remounted, they would read every tag of the journal again). */}
      {(searching || showsFilters(pages, filtered, listLoaded)) && filters}
      {/* A new search keeps the list on screen until its first answer is ready, then swaps
          in one render: no blank "Searching…" frame between the two, and the keystroke's own
          task stays light. The list stays mounted, hidden, under the results: starting a
          search or clearing it does not unmount or remount its rows. */}
      {searching && (
        <Suspense fallback={null}>
          <SearchResults query={query} filter={filter} onReady={setResultsReady} />
        </Suspense>
      )}
      {journal}
    </div>
  );
}
