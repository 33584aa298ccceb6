import { useSyncExternalStore } from 'react';
import { lastAutomaticBackup, type AutomaticBackupOutcome } from './automatic-backups';

/** What the last automatic backup run came to (desktop; undefined until one has run). */
export function useAutomaticBackupOutcome(): AutomaticBackupOutcome | undefined {
  return useSyncExternalStore(lastAutomaticBackup.subscribe, lastAutomaticBackup.outcome);
}
