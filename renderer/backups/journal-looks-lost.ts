import type { BackupCounts } from '../../shared/backup';

/**
 * True when the journal is empty but main remembers records from its automatic backups:
 * storage was lost or reset, and starting fresh (or backing up the empty journal over
 * the good backups) would be the worst thing to do.
 */
export function journalLooksLost(current: BackupCounts, lastKnown: BackupCounts | null): boolean {
  return current.entries + current.stories === 0 && lastKnown !== null && lastKnown.entries + lastKnown.stories > 0;
}
