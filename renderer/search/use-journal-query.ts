import { useSyncExternalStore } from 'react';

// The search text lives outside the page, so opening a result and coming back keeps it.
let query = '';
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The journal's search text, kept while moving between pages. */
export function useJournalQuery(): [string, (next: string) => void] {
  const value = useSyncExternalStore(subscribe, () => query);
  return [
    value,
    (next: string) => {
      query = next;
      listeners.forEach((listener) => listener());
    },
  ];
}
