import { useEffect, useState } from 'react';
import type { BackupCounts } from '../../shared/backup';
import { platform } from '../platform';
import { journalHasRecords } from '../db/repositories';
import { journalLooksLost } from './journal-looks-lost';

/**
 * Desktop only: the counts main remembers when this journal is empty but should not be
 * (see journalLooksLost), else null. Browser mode has no main process to remember.
 */
export function useLostJournal(): BackupCounts | null {
  const [lost, setLost] = useState<BackupCounts | null>(null);
  useEffect(() => {
    const automatic = platform.automaticBackups;
    if (!automatic) return;
    let cancelled = false;
    void (async () => {
      // Only emptiness matters here: one key per table, never a count of the whole journal.
      const [current, { lastKnown }] = await Promise.all([journalHasRecords(), automatic.list()]);
      if (!cancelled && journalLooksLost(current, lastKnown)) setLost(lastKnown);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return lost;
}
