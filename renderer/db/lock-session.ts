// This window's side of the lock: whether the journal's rows are sealed, and the cipher while
// it is unlocked. Held in memory only; locking drops them and reloads the page, so nothing
// decrypted outlives the lock. The ciphers load only when a locked journal is opened.
import type { SealingCipher } from '../../shared/lock/sealed-shape';
import { indexedFieldsOf, writtenIndexesOf } from '../../shared/table-registry';
import type { SealingLayout, SealingState } from './sealing';

let sealed = false;
let cipher: SealingCipher | null = null;
let dataKey: Uint8Array | null = null;

/** The session's sealing, read by the journal database's middleware at every call. */
export const sessionSealing: SealingState = {
  sealed: () => sealed,
  cipher: () => cipher,
};

/** The journal's tables, as the registry declares them. */
export const journalLayout: SealingLayout = { indexed: indexedFieldsOf, written: writtenIndexesOf };

const cipherOf = async (key: Uint8Array) => (await import('../../shared/lock/seal')).cipherFor(key);

/** The lock is on and this data key opens it. */
export async function unlockSession(key: Uint8Array): Promise<void> {
  cipher = await cipherOf(key);
  dataKey = key;
  sealed = true;
}

/** The data key while unlocked (rewrapping it, sealing a backup, the search worker), else null. */
export const sessionDataKey = (): Uint8Array | null => dataKey;

/** The lock is on and not yet unlocked: every read and write is refused. */
export function lockedSession(): void {
  cipher = null;
  dataKey = null;
  sealed = true;
}

/** The lock is off: rows are written and read as they are. */
export function openSessionWithoutLock(): void {
  cipher = null;
  dataKey = null;
  sealed = false;
}

/** Fixed sealing for a database being moved into or out of the lock (null: rows as they are). */
export async function fixedSealing(key: Uint8Array | null): Promise<SealingState> {
  const fixed = key ? await cipherOf(key) : null;
  return { sealed: () => fixed !== null, cipher: () => fixed };
}
