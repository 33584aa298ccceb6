import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { isFiltering, type JournalFilter } from '../../shared/journal-filter';
import { MAX_QUERY_TERMS } from '../../shared/search/parse-query';
import { VirtualList } from '../ui/virtual-list';
import { IndexStatusNotice } from './index-status-notice';
import { SearchResultRow } from './search-result-row';
import { SEARCH_RESULT_LIMIT, type SearchAnswer } from '../../shared/search/search-protocol';
import { firstPage, nextPage, pagingFor } from './result-paging';
import { useSearch } from './use-search';
import './search.css';

const count = new Intl.NumberFormat();
/** A long pasted query, cut for the sentence that repeats it. */
const shortened = (query: string) => {
  const text = query.trim().replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

interface SearchResultsProps {
  query: string;
  filter: JournalFilter;
  /** Told whether the view is shown yet (see `ready` below): until then it is out of sight, and the journal stays. */
  onReady?: (ready: boolean) => void;
}

type Hit = SearchAnswer['hits'][number];
const noHits: Hit[] = [];
const keyOfHit = (hit: Hit) => hit.key;
/** A result before it is measured: title, details, two lines of snippet. */
const ROW_ESTIMATE_PX = 124;
/**
 * Rows rendered beyond the visible ones, each way: few, because every keystroke renders a
 * new answer's rows (title, tags and snippet marked), and each row costs that keystroke.
 */
const RESULT_OVERSCAN = 2;
/** A first answer slower than this (it usually comes within a frame or two) shows the view anyway, "Searching…". */
const SHOW_ANYWAY_AFTER_MS = 250;

/** False, then true once `ms` have passed since the component mounted. */
function useTimePassed(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setPassed(true), ms);
    return () => window.clearTimeout(timer);
  }, [ms]);
  return passed;
}

/** Setbacks and stories matching the search, best first, with the matched words marked. */
export function SearchResults({ query, filter, onReady }: SearchResultsProps) {
  // A page of matches at first, more as the list nears its end (see result-paging.ts).
  const filterKey = JSON.stringify(filter);
  const [paging, setPaging] = useState(() => firstPage(query, filterKey));
  const current = pagingFor(paging, query, filterKey);
  if (current !== paging) setPaging(current);
  const { answer, answeredQuery, error, status } = useSearch(query, filter, current.limit);
  // Shown with its first answer, so the journal gives way to results in one frame. Shown at
  // once when the index is not ready (its notice says why results are few, or none), and
  // after a moment whatever happens, so a search that never answers is never invisible.
  const waitedLong = useTimePassed(SHOW_ANYWAY_AFTER_MS);
  const ready = answer !== undefined || error !== undefined || status.state !== 'ready' || waitedLong;
  // Before paint, so the view and what it replaces swap in the same frame.
  useLayoutEffect(() => {
    onReady?.(ready);
    return () => onReady?.(false);
  }, [ready, onReady]);
  const hits = answer?.hits ?? noHits;
  const terms = useMemo(() => new Set(answer?.matchedTerms ?? []), [answer]);
  const prefix = answer?.prefix ?? null;
  const filtering = isFiltering(filter);
  const renderHit = useCallback(
    (hit: Hit) => <SearchResultRow hit={hit} terms={terms} prefix={prefix} />,
    [terms, prefix],
  );
  const listed = Math.min(answer?.total ?? 0, SEARCH_RESULT_LIMIT);
  const hasMore = hits.length < listed;
  const showMore = useCallback(() => setPaging((latest) => nextPage(latest, hits.length)), [hits.length]);
  // The list changes with the answer, not with each letter typed before it arrives.
  const list = useMemo(
    () => (
      <div hidden={hits.length === 0}>
        <VirtualList
          items={hits}
          getKey={keyOfHit}
          renderItem={renderHit}
          estimateSize={ROW_ESTIMATE_PX}
          overscan={RESULT_OVERSCAN}
          label="Matches"
          className="entry-list"
          itemClassName="entry-row search-row"
          hasMore={hasMore}
          onEndReached={showMore}
          active={ready}
        />
      </div>
    ),
    [hits, renderHit, hasMore, showMore, ready],
  );

  let summary: string;
  if (!answer) summary = 'Searching…';
  else if (answer.empty) summary = 'Type a word to search: punctuation and symbols alone are not searched.';
  else if (answer.total === 0)
    summary = `Nothing matches “${shortened(answeredQuery ?? '')}”${filtering ? ' with these filters' : ''}.`;
  else if (answer.total > listed)
    summary = `The best ${count.format(listed)} of ${count.format(answer.total)} matches.`;
  else summary = answer.total === 1 ? '1 match.' : `${count.format(answer.total)} matches.`;

  return (
    // Until shown it is only out of sight: its status line is already there for screen
    // readers, which then hear "Searching…" change to the count.
    <section className={ready ? 'search-results' : 'search-results visually-hidden'} aria-label="Search results">
      <IndexStatusNotice status={status} />
      {/* A search refused because search itself failed is said once, by the notice. */}
      {error && status.state !== 'failed' && (
        <p role="alert" className="form-alert">
          Search failed: {error}
        </p>
      )}
      <p className="search-summary" role="status" aria-live="polite" aria-busy={answeredQuery !== query}>
        {summary}
        {answer?.truncated && ` Only the first ${MAX_QUERY_TERMS} words of a long search are used.`}
      </p>
      {/* Mounted with the view, while it is still hidden (before the first answer): the
          list's setup is done by then, and it follows the page once the view is shown. */}
      {list}
    </section>
  );
}
