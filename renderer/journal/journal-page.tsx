import { lazy, Suspense, useMemo, useState } from 'react';
import type { JournalFilter } from '../../shared/journal-filter';
import { useAfterFirstPaint, useTrashCount } from '../db/use-entries';
import { SearchBox } from '../search/search-box';
import { useJournalQuery } from '../search/use-journal-query';
import { useSearchWarmUp } from '../search/use-search';
import { JournalFilters } from './journal-filters';
import { JournalList } from './journal-list';

// Not part of the first screen of a journal in use: loaded when first shown, to keep start-up JS small.
// The notices check things that come later anyway (read-only state, desktop backups).
const JournalNotices = lazy(() => import('./journal-notices').then((m) => ({ default: m.JournalNotices })));
// Loaded with the search worker once the first screen is up (or on the first search, if sooner).
const loadSearchResults = () => import('../search/search-results');
const SearchResults = lazy(() => loadSearchResults().then((m) => ({ default: m.SearchResults })));
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

/** The journal: every setback, newest first, with filters and the Trash. */
export function JournalPage() {
  const [filter, setFilter] = useState<JournalFilter>({});
  const [showTrash, setShowTrash] = useState(false);
  const [query, setQuery] = useJournalQuery();
  const searching = query.trim() !== '';
  useSearchWarmUp(loadSearchResults);
  // Kept across keystrokes in the search box: typing re-renders the results, not the filters.
  const filters = useMemo(() => <JournalFilters filter={filter} onChange={setFilter} />, [filter]);

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
          {searching ? (
            <>
              {filters}
              <Suspense fallback={null}>
                <SearchResults query={query} filter={filter} />
              </Suspense>
            </>
          ) : (
            <JournalList filter={filter} header={filters} />
          )}
        </>
      )}
    </div>
  );
}
