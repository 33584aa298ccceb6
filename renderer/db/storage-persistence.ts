export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep this origin's storage even under disk pressure. Without it,
 * Chromium may evict IndexedDB when the disk fills up; the journal must never go that way.
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persistent';
  return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}
