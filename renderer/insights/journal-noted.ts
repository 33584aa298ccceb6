// Tells an open Insights page that the journal changed, once the change is noted in the
// insights cache (so its worker, reading the notes, sees it).
const listeners = new Set<() => void>();

export function onJournalNoted(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceJournalNoted(): void {
  for (const listener of listeners) listener();
}
