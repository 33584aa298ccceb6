// "Remember on this device": at start, the data key recalled from the OS keychain opens the
// journal without the passphrase. Never after Lock now, the idle lock or the OS locking: a
// lock the person (or the computer) asked for is kept until the passphrase is typed.
import type { LockState } from '../db/lock-store';
import { platform } from '../platform';

const LOCKED_ON_PURPOSE = 'hindsight:locked-on-purpose';

/** Called as the window locks on purpose; the flag lives as long as this window. */
export function noteLockedOnPurpose(): void {
  sessionStorage.setItem(LOCKED_ON_PURPOSE, '1');
}

/** Called once the passphrase or recovery key has opened the journal in this window. */
export function clearLockedOnPurpose(): void {
  sessionStorage.removeItem(LOCKED_ON_PURPOSE);
}

/**
 * The data key from the keychain when this journal is remembered on this device and was not
 * locked on purpose in this window; null otherwise. A key that is not this journal's (an
 * earlier lock's) is forgotten.
 */
export async function recallRememberedKey(lock: LockState): Promise<Uint8Array | null> {
  const store = platform.rememberedKey;
  if (lock.mode !== 'on' || !lock.rememberedCheck || !store) return null;
  if (sessionStorage.getItem(LOCKED_ON_PURPOSE)) return null;
  const key = await store.recall().catch(() => null);
  if (!key) return null;
  const { opensDeviceCheck } = await import('../../shared/lock/keys');
  if (opensDeviceCheck(key, lock.rememberedCheck)) return key;
  await store.forget().catch(() => undefined);
  return null;
}
