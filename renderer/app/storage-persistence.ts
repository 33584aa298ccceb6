export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep this origin's storage even under disk pressure. Without it,
 * Chromium may evict IndexedDB when the disk fills up; the journal must never go that way.
 */
async function askForPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persistent';
  return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}

let answer: Promise<PersistenceState> | undefined;

/** Asks once (the start sequence does, at start-up); later calls get the same answer, for Settings. */
export function requestPersistentStorage(): Promise<PersistenceState> {
  answer ??= askForPersistence().catch(() => 'unsupported' as const);
  return answer;
}
