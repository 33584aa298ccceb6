import { useMemo } from 'react';
import type { JournalFilter } from '../../shared/journal-filter';
import { MAX_QUERY_TERMS } from '../../shared/search/parse-query';
import { IndexStatusNotice } from './index-status-notice';
import { SearchResultRow } from './search-result-row';
import { useSearch } from './use-search';

const count = new Intl.NumberFormat();

interface SearchResultsProps {
  query: string;
  filter: JournalFilter;
  onClearFilters?: (() => void) | undefined;
  filtering: boolean;
}

/** Setbacks and stories matching the search, best first, with the matched words marked. */
export function SearchResults({ query, filter, filtering, onClearFilters }: SearchResultsProps) {
  const { answer, answeredQuery, error, status } = useSearch(query, filter);
  const terms = useMemo(() => new Set(answer?.matchedTerms ?? []), [answer]);

  let summary: string;
  if (!answer) summary = 'Searching…';
  else if (answer.empty) summary = 'Type a word to search: punctuation and symbols alone are not searched.';
  else if (answer.total === 0)
    summary = `Nothing matches “${answeredQuery?.trim()}”${filtering ? ' with these filters' : ''}.`;
  else if (answer.total > answer.hits.length)
    summary = `The best ${count.format(answer.hits.length)} of ${count.format(answer.total)} matches.`;
  else summary = answer.total === 1 ? '1 match.' : `${count.format(answer.total)} matches.`;

  return (
    <section className="search-results" aria-label="Search results">
      <IndexStatusNotice status={status} />
      {error && (
        <p role="alert" className="form-alert">
          Search failed: {error}
        </p>
      )}
      <p
        className="search-summary"
        role="status"
        aria-live="polite"
        aria-busy={answeredQuery !== query}
        data-query={answeredQuery ?? ''}
      >
        {summary}
        {answer?.truncated && ` Only the first ${MAX_QUERY_TERMS} words of a long search are used.`}
        {answer?.total === 0 && filtering && onClearFilters && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onClearFilters}>
              Clear filters
            </button>
          </>
        )}
      </p>
      {answer && answer.hits.length > 0 && (
        <ul className="entry-list" aria-label="Matches">
          {answer.hits.map((hit) => (
            <li key={hit.key}>
              <SearchResultRow hit={hit} terms={terms} prefix={answer.prefix} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
