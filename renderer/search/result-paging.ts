import { SEARCH_PAGE_SIZE, SEARCH_RESULT_LIMIT } from '../../shared/search/search-protocol';

/** How many matches a search lists, and for which search (its text and filter). */
export interface ResultPaging {
  query: string;
  filterKey: string;
  limit: number;
}

/** One page, for a search just started. */
export const firstPage = (query: string, filterKey: string): ResultPaging => ({
  query,
  filterKey,
  limit: SEARCH_PAGE_SIZE,
});

/**
 * The paging once the search box or the filters change: more letters of the same search keep
 * the rows a reader scrolled to; a new search (other words, a shorter text, another filter)
 * starts again at one page, so its keystrokes carry one page each.
 */
export function pagingFor(previous: ResultPaging, query: string, filterKey: string): ResultPaging {
  if (previous.query === query && previous.filterKey === filterKey) return previous;
  const typedOn = filterKey === previous.filterKey && query.trim().startsWith(previous.query.trim());
  return typedOn ? { ...previous, query } : firstPage(query, filterKey);
}

/** The paging once the list nears its end with `shown` matches: one page more, up to the limit. */
export const nextPage = (paging: ResultPaging, shown: number): ResultPaging => ({
  ...paging,
  limit: Math.max(paging.limit, Math.min(SEARCH_RESULT_LIMIT, shown + SEARCH_PAGE_SIZE)),
});
