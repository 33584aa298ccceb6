// Sealing and opening a whole backup (see sealed-backup-format.ts).
import type { BackupCounts } from '../backup';
import { fromBase64, toBase64 } from './bytes';
import type { LockHeader } from './lock-header';
import { cipherFor } from './seal';
import { SEALED_BACKUP_FORMAT, type SealedBackup } from './sealed-backup-format';

const PLACE = 'backup';

export function sealBackup(text: string, counts: BackupCounts, lock: LockHeader, dataKey: Uint8Array): string {
  const sealed = cipherFor(dataKey).seal(PLACE, text);
  const envelope: SealedBackup = {
    format: SEALED_BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    counts,
    lock,
    sealed: { v: 1, iv: toBase64(sealed.iv), data: toBase64(sealed.data) },
  };
  return JSON.stringify(envelope);
}

/** The backup's plain text, or null when this data key does not open it. */
export function openSealedBackup(backup: SealedBackup, dataKey: Uint8Array): string | null {
  try {
    const text = cipherFor(dataKey).open(PLACE, {
      v: 1,
      iv: fromBase64(backup.sealed.iv),
      data: fromBase64(backup.sealed.data),
    });
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}
