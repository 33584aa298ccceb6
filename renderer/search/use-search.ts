import { useEffect, useState, useSyncExternalStore } from 'react';
import type { JournalFilter } from '../../shared/journal-filter';
import { searchClient } from './app-search';
import type { IndexStatus, SearchAnswer } from '../../shared/search/search-protocol';

const WARM_UP_DELAY_MS = 1000;

/** Where the search index stands (loading, building with progress, ready, failed). */
export function useIndexStatus(): IndexStatus {
  return useSyncExternalStore(searchClient.onStatus, () => searchClient.status);
}

export interface SearchState {
  answer: SearchAnswer | undefined;
  /** The query the answer is for: while typing, the last answer stays until the next one arrives. */
  answeredQuery: string | undefined;
  error: string | undefined;
}

/**
 * The best `limit` results for `query` and `filter`, asked again whenever the index changes
 * (an edit, a page of a rebuild), so what is shown follows the journal.
 */
export function useSearch(query: string, filter: JournalFilter, limit: number): SearchState & { status: IndexStatus } {
  const status = useIndexStatus();
  const [state, setState] = useState<SearchState>({ answer: undefined, answeredQuery: undefined, error: undefined });
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    searchClient
      .search(query, JSON.parse(filterKey) as JournalFilter, limit)
      .then((reply) => {
        if (current && reply) setState({ answer: reply.answer, answeredQuery: query, error: undefined });
      })
      .catch((error: unknown) => {
        if (current)
          setState((previous) => ({ ...previous, error: error instanceof Error ? error.message : String(error) }));
      });
    return () => {
      current = false;
    };
  }, [query, filterKey, limit, status.revision]);

  return { ...state, status };
}

/**
 * Starts the search worker and loads the results view (`preloadResults`) once the first
 * screen is up, so both are ready when wanted.
 */
export function useSearchWarmUp(preloadResults: () => unknown) {
  useEffect(() => {
    // A moment after the first screen, when idle: loading the index competes for the CPU,
    // and a search typed before then starts the worker on the spot anyway.
    const timer = window.setTimeout(() => {
      const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run));
      idle(
        () => {
          searchClient.warmUp();
          // Loaded now, not on the first keystroke, where fetching and evaluating it would delay the answer.
          preloadResults();
        },
        { timeout: 2000 },
      );
    }, WARM_UP_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [preloadResults]);
}
