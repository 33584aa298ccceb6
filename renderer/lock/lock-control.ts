import { createContext, useContext } from 'react';
import type { LockHeader, WrappedKey } from '../../shared/lock/lock-header';

/** What the rest of the app may ask of the lock (Settings, the sidebar, the idle timer). */
export interface LockControl {
  /** True while the lock is on (and, the app being shown, unlocked). */
  on: boolean;
  /** True while the journal moves into or out of the lock (the app stays in use meanwhile). */
  moving: boolean;
  autoLockMinutes: number;
  /** Saves what is being typed, forgets the key and shows the lock screen. */
  lockNow(): Promise<void>;
  /** Seals the journal with this new key (shown the recovery key first), then comes back unlocked. */
  turnOn(header: LockHeader, dataKey: Uint8Array): Promise<void>;
  /** Opens every row for good and removes the lock. */
  turnOff(): Promise<void>;
  /** The header now in force (to change the passphrase or seal a backup). */
  header(): LockHeader | undefined;
  /** Stores a header with a new passphrase; the journal is not re-encrypted. */
  saveHeader(header: LockHeader): Promise<void>;
  setAutoLockMinutes(minutes: number): Promise<void>;
  /** "Remember on this device" is on (desktop): the app opens without asking at start. */
  remembered: boolean;
  /** Stores the check on the key kept in the OS keychain (null: nothing remembered). */
  setRememberedCheck(check: WrappedKey | null): Promise<void>;
}

/**
 * Set in this window's session storage as it locks on purpose (Lock now, idle, the OS locking),
 * cleared once the passphrase or recovery key opens it: a journal remembered on this device
 * opens by itself at start only (remembered-unlock.ts).
 */
export const LOCKED_ON_PURPOSE = 'hindsight:locked-on-purpose';

export const LockControlContext = createContext<LockControl | null>(null);

export function useLockControl(): LockControl {
  const control = useContext(LockControlContext);
  if (!control) throw new Error('useLockControl must be used inside LockGate');
  return control;
}
