// Backups follow the lock: with it on, a backup's text is sealed with the journal's data key
// and carries the lock's header, so the passphrase or the recovery key opens it anywhere.
import type { BackupCounts } from '../../shared/backup';
import { readSealedBackup } from '../../shared/lock/sealed-backup-format';
import { sessionDataKey, sessionSealing } from './lock-session';
import { readLockState } from './lock-store';
import { LockedError } from './sealing';

/** True while the lock is on: backups are sealed unless the person chooses otherwise. */
export const backupsAreSealed = (): boolean => sessionSealing.sealed();

/** The backup text sealed for the journal's lock. */
export async function sealBackupText(text: string, counts: BackupCounts): Promise<string> {
  const dataKey = sessionDataKey();
  const { header } = await readLockState();
  if (!dataKey || !header) throw new LockedError();
  const { sealBackup } = await import('../../shared/lock/sealed-backup');
  return sealBackup(text, counts, header, dataKey);
}

export type OpenedBackupText =
  | { state: 'plain'; text: string }
  | { state: 'opened'; text: string }
  /** Sealed with another key: its own passphrase (or recovery key) is needed. */
  | { state: 'needs-key'; unlock: (secret: string, recovery: boolean) => Promise<string | null> };

/**
 * A backup file's text, opened when it is sealed and this journal's key opens it; else a
 * way to open it with the passphrase (or recovery key) it was made with.
 */
export async function openBackupText(text: string): Promise<OpenedBackupText> {
  const sealed = readSealedBackup(text);
  if (!sealed) return { state: 'plain', text };
  const { openSealedBackup } = await import('../../shared/lock/sealed-backup');
  const own = sessionDataKey();
  const opened = own ? openSealedBackup(sealed, own) : null;
  if (opened !== null) return { state: 'opened', text: opened };
  return {
    state: 'needs-key',
    async unlock(secret, recovery) {
      const { unlockWithPassphrase, unlockWithRecoveryKey } = await import('../../shared/lock/keys');
      const key = recovery
        ? unlockWithRecoveryKey(sealed.lock, secret)
        : await unlockWithPassphrase(sealed.lock, secret);
      return key ? openSealedBackup(sealed, key) : null;
    },
  };
}
