import type { BackupCounts } from '../../shared/backup';
import { automaticBackupDue, MAX_IPC_BACKUP_CHARS } from '../../shared/ipc/backup-contract';
import type { AutomaticBackups } from '../platform';
import type { BackupRepository } from '../db/backup-repository';

/** How often the renderer offers main a backup; main writes one only when a day has passed. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * True when the journal is empty but main remembers records from its automatic backups:
 * storage was lost or reset, and starting fresh (or backing up the empty journal over
 * the good backups) would be the worst thing to do.
 */
export function journalLooksLost(current: BackupCounts, lastKnown: BackupCounts | null): boolean {
  return current.entries + current.stories === 0 && lastKnown !== null && lastKnown.entries + lastKnown.stories > 0;
}

export type AutomaticBackupOutcome = 'written' | 'not-due' | 'held-back' | 'too-large' | 'failed';

export interface AutomaticBackupOptions {
  now?: () => Date;
  /** The longest backup text main can be offered. */
  maxChars?: number;
}

/**
 * Offers main today's backup; held back while the journal looks lost or is read-only. The
 * journal is exported only when main's list says a backup is due (once a day, not at every
 * hourly check).
 */
export async function runAutomaticBackup(
  backups: BackupRepository,
  automatic: AutomaticBackups,
  { now = () => new Date(), maxChars = MAX_IPC_BACKUP_CHARS }: AutomaticBackupOptions = {},
): Promise<AutomaticBackupOutcome> {
  const { counts, readOnly } = await backups.journalState();
  const { backups: kept, lastKnown } = await automatic.list();
  if (readOnly || journalLooksLost(counts, lastKnown)) return 'held-back';
  if (!automaticBackupDue(kept[0]?.createdAt, now())) return 'not-due';
  // Larger journals cannot cross to main: stop reading there, not after the whole journal.
  const exported = await backups.exportBackupTextUpTo(maxChars);
  if (!exported) return 'too-large';
  return (await automatic.writeIfDue(exported.text, exported.counts)) ? 'written' : 'not-due';
}

let lastOutcome: AutomaticBackupOutcome | undefined;
const outcomeListeners = new Set<() => void>();

/** What the last automatic run came to (undefined until one has run), for Settings to tell. */
export const lastAutomaticBackup = {
  outcome: () => lastOutcome,
  subscribe(listener: () => void): () => void {
    outcomeListeners.add(listener);
    return () => outcomeListeners.delete(listener);
  },
};

/**
 * At start-up (making up a missed day) and every hour while the app is open; returns a stop.
 * A journal found too large is not read again until the next start: every check would be
 * due, and each would read 50 MB for nothing.
 */
export function scheduleAutomaticBackups(
  backups: BackupRepository,
  automatic: AutomaticBackups,
  options: AutomaticBackupOptions = {},
): () => void {
  let tooLarge = false;
  const note = (outcome: AutomaticBackupOutcome) => {
    tooLarge = outcome === 'too-large';
    lastOutcome = outcome;
    outcomeListeners.forEach((listener) => listener());
  };
  const run = () => {
    if (tooLarge) return;
    runAutomaticBackup(backups, automatic, options).then(note, (error: unknown) => {
      console.warn('Automatic backup failed:', error);
      note('failed');
    });
  };
  const first = setTimeout(run, 3000);
  const hourly = setInterval(run, CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
