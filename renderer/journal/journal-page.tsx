import { useState } from 'react';
import type { JournalFilter } from '../db/entry-repository';
import { SearchBox } from '../search/search-box';
import { SearchResults } from '../search/search-results';
import { useJournalQuery } from '../search/use-journal-query';
import { useSearchWarmUp } from '../search/use-search';
import { useJournalPage, useTags, useTrashCount } from '../db/use-entries';
import { EmptyJournal } from './empty-journal';
import { EntryRow } from './entry-row';
import { JournalNotices } from './journal-notices';
import { JournalFilters } from './journal-filters';
import { TrashList } from './trash-list';

const PAGE_SIZE = 50;

/** The journal: every setback, newest first, with filters and the Trash. */
export function JournalPage() {
  const [filter, setFilter] = useState<JournalFilter>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [showTrash, setShowTrash] = useState(false);
  const page = useJournalPage(filter, limit);
  const tags = useTags();
  const trashCount = useTrashCount();
  const filtered = Boolean(filter.type || filter.tag || filter.waitingOnly);
  const [query, setQuery] = useJournalQuery();
  const searching = query.trim() !== '';
  useSearchWarmUp();

  return (
    <div className="page journal-page">
      <header className="page-header">
        <h1>{showTrash ? 'Trash' : 'Journal'}</h1>
        <button
          type="button"
          className="quiet"
          aria-pressed={showTrash}
          onClick={() => setShowTrash((shown) => !shown)}
        >
          {showTrash ? 'Back to journal' : `Trash (${trashCount})`}
        </button>
      </header>
      <JournalNotices />
      {showTrash ? (
        <TrashList />
      ) : (
        <>
          <SearchBox value={query} onChange={setQuery} />
          {(filtered || searching || (page?.entries.length ?? 0) > 0) && (
            <JournalFilters
              filter={filter}
              tags={tags}
              onChange={(next) => {
                setFilter(next);
                setLimit(PAGE_SIZE);
              }}
            />
          )}
          {searching ? (
            <SearchResults query={query} filter={filter} filtering={filtered} onClearFilters={() => setFilter({})} />
          ) : page === undefined ? (
            <p className="muted" aria-busy="true">
              Opening your journal…
            </p>
          ) : page.entries.length === 0 ? (
            filtered ? (
              <div className="empty-state">
                <p>No setbacks match these filters.</p>
                <button type="button" className="quiet" onClick={() => setFilter({})}>
                  Clear filters
                </button>
              </div>
            ) : (
              <EmptyJournal />
            )
          ) : (
            <>
              <ul className="entry-list" aria-label="Setbacks">
                {page.entries.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} />
                ))}
              </ul>
              {page.hasMore && (
                <button type="button" className="quiet more" onClick={() => setLimit((count) => count + PAGE_SIZE)}>
                  Show more
                </button>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
