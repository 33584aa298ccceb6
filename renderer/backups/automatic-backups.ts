import type { BackupCounts } from '../../shared/backup';
import { automaticBackupDue, MAX_IPC_BACKUP_CHARS, type BackupDrop } from '../../shared/ipc/backup-contract';
import type { AutomaticBackups } from '../platform';
import type { BackupRepository } from '../db/backup-repository';
import { JournalClosedError } from '../db/storage-errors';
import { journalLooksLost } from './journal-looks-lost';

export type { BackupDrop } from '../../shared/ipc/backup-contract';

/** How often the renderer offers main a backup; main writes one only when a day has passed. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export { journalLooksLost } from './journal-looks-lost';

/**
 * What a run came to. `written-after-drop`: written, but the journal shrank sharply since
 * the newest backup, and main kept that backup for good (the run's `drop` says which).
 */
export type AutomaticBackupOutcome =
  'written' | 'written-after-drop' | 'not-due' | 'held-back' | 'too-large' | 'failed';

export type AutomaticBackupRun =
  | { outcome: 'written-after-drop'; drop: BackupDrop }
  | { outcome: Exclude<AutomaticBackupOutcome, 'written-after-drop'> };

/** What a run needs of main. */
export type AutomaticBackupsOfMain = Pick<AutomaticBackups, 'list' | 'writeIfDue'>;

export interface AutomaticBackupOptions {
  now?: () => Date;
  /** With the lock on, backups are sealed before they reach main. */
  sealing?: { on: () => boolean; seal: (text: string, counts: BackupCounts) => Promise<string> };
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
  automatic: AutomaticBackupsOfMain,
  { now = () => new Date(), maxChars = MAX_IPC_BACKUP_CHARS, sealing }: AutomaticBackupOptions = {},
): Promise<AutomaticBackupRun> {
  const sealed = sealing?.on() ?? false;
  const { counts, readOnly } = await backups.journalState();
  const { backups: kept, lastKnown } = await automatic.list();
  if (readOnly || journalLooksLost(counts, lastKnown)) return { outcome: 'held-back' };
  const madeAt = kept.map((info) => info.createdAt);
  if (!automaticBackupDue(madeAt, now())) return { outcome: 'not-due' };
  // Larger journals cannot cross to main: stop reading there, not after the whole journal.
  // Sealed text is base64 with an envelope: about a third longer than the backup it holds.
  const exported = await backups.exportBackupTextUpTo(sealed ? Math.floor(maxChars * 0.74) : maxChars);
  if (!exported) return { outcome: 'too-large' };
  const text = sealed && sealing ? await sealing.seal(exported.text, exported.counts) : exported.text;
  const { written, drop } = await automatic.writeIfDue(text, exported.counts);
  if (!written) return { outcome: 'not-due' };
  return drop ? { outcome: 'written-after-drop', drop } : { outcome: 'written' };
}

let lastOutcome: AutomaticBackupOutcome | undefined;
let lastDrop: BackupDrop | undefined;
const outcomeListeners = new Set<() => void>();
const notify = () => outcomeListeners.forEach((listener) => listener());

/**
 * What the last automatic run came to (undefined until one has run), for Settings to tell,
 * and the last drop main reported this session: it stays until dismissed, while later runs
 * (not due) replace the outcome.
 */
export const lastAutomaticBackup = {
  outcome: () => lastOutcome,
  drop: () => lastDrop,
  dismissDrop(): void {
    lastDrop = undefined;
    notify();
  },
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
  automatic: AutomaticBackupsOfMain,
  options: AutomaticBackupOptions = {},
): () => void {
  let tooLarge = false;
  const note = (run: AutomaticBackupRun) => {
    tooLarge = run.outcome === 'too-large';
    lastOutcome = run.outcome;
    if (run.outcome === 'written-after-drop') lastDrop = run.drop;
    notify();
  };
  const run = () => {
    if (tooLarge) return;
    runAutomaticBackup(backups, automatic, options).then(note, (error: unknown) => {
      // The journal is moving into or out of the lock: the next hourly check makes up for it.
      if (error instanceof JournalClosedError) return;
      console.warn('Automatic backup failed:', error);
      note({ outcome: 'failed' });
    });
  };
  const first = setTimeout(run, 3000);
  const hourly = setInterval(run, CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
