// "Remember on this device": at start, the data key recalled from the OS keychain opens the
// journal without the passphrase. Never after Lock now, the idle lock or the OS locking: a
// lock the person (or the computer) asked for is kept until the passphrase is typed.
// Loaded with the lock screen, so only for a locked journal.
import { fromBase64 } from '../../shared/lock/bytes';
import { opensDeviceCheck } from '../../shared/lock/keys';
import type { LockState } from '../db/lock-store';
import { platform } from '../platform';
import { LOCKED_ON_PURPOSE } from './lock-control';

/**
 * The data key from the keychain when this journal is remembered on this device and was not
 * locked on purpose in this window; null otherwise. A key that is not this journal's (an
 * earlier lock's) is forgotten.
 */
export async function recallRememberedKey(lock: LockState): Promise<Uint8Array | null> {
  const store = platform.rememberedKey;
  if (lock.mode !== 'on' || !lock.rememberedCheck || !store) return null;
  if (sessionStorage.getItem(LOCKED_ON_PURPOSE)) return null;
  const remembered = await store.recall().catch(() => null);
  if (!remembered) return null;
  const key = fromBase64(remembered);
  if (opensDeviceCheck(key, lock.rememberedCheck)) return key;
  await store.forget().catch(() => undefined);
  return null;
}
