// This window's side of the lock: whether the journal's rows are sealed, and the keys while
// it is unlocked. Held in memory only; locking drops the keys and reloads the page, so
// nothing decrypted outlives the lock.
import { sealingKeysOf, type SealingKeys } from '../../shared/lock/seal';
import { indexedFieldsOf, writtenIndexesOf } from '../../shared/table-registry';
import type { SealingLayout, SealingState } from './sealing';

let sealed = false;
let keys: SealingKeys | null = null;

/** The session's sealing, read by the journal database's middleware at every call. */
export const sessionSealing: SealingState = {
  sealed: () => sealed,
  keys: () => keys,
};

/** The journal's tables, as the registry declares them. */
export const journalLayout: SealingLayout = { indexed: indexedFieldsOf, written: writtenIndexesOf };

/** The lock is on and this data key opens it. */
export function unlockSession(dataKey: Uint8Array): void {
  keys = sealingKeysOf(dataKey);
  sealed = true;
}

/** The lock is on and not yet unlocked: every read and write is refused. */
export function lockedSession(): void {
  keys = null;
  sealed = true;
}

/** The lock is off: rows are written and read as they are. */
export function openSessionWithoutLock(): void {
  keys = null;
  sealed = false;
}

/** Fixed sealing for a database being moved into or out of the lock. */
export function fixedSealing(dataKey: Uint8Array | null): SealingState {
  const fixed = dataKey ? sealingKeysOf(dataKey) : null;
  return { sealed: () => fixed !== null, keys: () => fixed };
}
