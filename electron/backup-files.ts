import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseBackup, type BackupCounts } from '../shared/backup';
import { readSealedBackup } from '../shared/lock/sealed-backup-format';
import { automaticBackupNameAt, backupsToKeep, countsDropped, newestComparable } from '../shared/backup-rotation';
import {
  AUTOMATIC_BACKUP_NAME,
  automaticBackupDue,
  MAX_IPC_BACKUP_CHARS,
  type AutomaticBackupInfo,
  type AutomaticBackupWritten,
} from '../shared/ipc/backup-contract';
import { removeStaleTemporaryFiles } from './atomic-write';
import { backupFilesIn, INDEX_FILE, indexText, readBackupIndex, type BackupIndex } from './backup-index';
import { readRegularFileUpTo } from './read-regular-file';

export interface BackupFolder {
  /** The folder inside the app's data folder. */
  dir: string;
  now: () => Date;
  /** Atomic: temporary file, fsync, rename (electron/atomic-write.ts). */
  writeFile: (target: string, data: Uint8Array) => Promise<void>;
  mkdir: (dir: string) => Promise<unknown>;
}

const encoder = new TextEncoder();

/** The operations under way on each folder: one at a time, so a write never races an erase or another write. */
const queues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(dir: string, operation: () => Promise<T>): Promise<T> {
  const previous = queues.get(dir) ?? Promise.resolve();
  const next = previous.then(operation, operation);
  const settled = next.catch(() => undefined);
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return next;
}

/**
 * Refuses text that is not a valid backup holding exactly `counts` setbacks and stories:
 * the renderer's word decides what is kept and what rotation deletes, so it is checked
 * before anything is touched.
 */
function checkBackupText(text: string, counts: BackupCounts): void {
  // With the lock on, the backup is sealed: main checks its shape and the counts it carries
  // in the clear (it can open nothing, and is not meant to).
  const sealed = readSealedBackup(text);
  if (sealed) {
    if (sealed.counts.entries !== counts.entries || sealed.counts.stories !== counts.stories)
      throw new Error('The automatic backup was refused: its counts do not match. Nothing was changed.');
    return;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`The automatic backup was refused: ${parsed.error}`);
  const held = { entries: parsed.backup.entries.length, stories: parsed.backup.stories.length };
  if (held.entries !== counts.entries || held.stories !== counts.stories)
    throw new Error(
      `The automatic backup was refused: it holds ${held.entries} setbacks and ${held.stories} stories, ` +
        `not the ${counts.entries} and ${counts.stories} it was sent with. Nothing was changed.`,
    );
}

/** The automatic backups, newest first (every file in the folder), and the journal's last known size. */
export async function listAutomaticBackups(folder: BackupFolder): Promise<BackupIndex> {
  return readBackupIndex(folder.dir);
}

/** Saves the index, then deletes what rotation dropped; nothing is deleted when the index could not be saved. */
async function saveAndRotate(folder: BackupFolder, listed: AutomaticBackupInfo[], lastKnown: BackupCounts, now: Date) {
  const kept = backupsToKeep(listed, now);
  try {
    await folder.writeFile(path.join(folder.dir, INDEX_FILE), indexText({ backups: kept, lastKnown }));
  } catch (error) {
    // The new backup is on disk and due-ness is read from the files, so this is not retried
    // every hour. Deleting now could drop a backup the unsaved index pins: keep all until it saves.
    console.warn('The list of automatic backups could not be saved; no old backup was deleted.', error);
    return;
  }
  const keep = new Set(kept.map((info) => info.name));
  for (const old of listed)
    if (!keep.has(old.name)) await unlink(path.join(folder.dir, old.name)).catch(() => undefined);
}

/**
 * Writes an automatic backup of `text` (the renderer's export; main never reads the
 * database) unless one was made within the interval, so a day missed while the app was
 * closed is made up at the next launch. The text must be a valid backup with the counts
 * given. When the journal shrank sharply since the newest backup (countsDropped), that
 * backup is pinned (`beforeDrop`) and the drop reported. Then rotation (backupsToKeep).
 */
export function writeAutomaticBackup(
  folder: BackupFolder,
  text: string,
  counts: BackupCounts,
): Promise<AutomaticBackupWritten> {
  return oneAtATime(folder.dir, async () => {
    checkBackupText(text, counts);
    await folder.mkdir(folder.dir);
    await removeStaleTemporaryFiles(folder.dir);
    const { backups } = await readBackupIndex(folder.dir);
    const now = folder.now();
    const madeAt = backups.map((info) => info.createdAt);
    if (!automaticBackupDue(madeAt, now)) return { written: false };
    const info: AutomaticBackupInfo = { name: automaticBackupNameAt(now), createdAt: now.toISOString(), ...counts };
    const previous = newestComparable(backups, now);
    const dropped = previous !== undefined && countsDropped(previous, counts) ? previous : undefined;
    await folder.writeFile(path.join(folder.dir, info.name), encoder.encode(text));
    const listed = [
      info,
      ...backups
        .filter((kept) => kept.name !== info.name)
        .map((kept): AutomaticBackupInfo => (kept === dropped ? { ...kept, beforeDrop: true } : kept)),
    ];
    // The index is written after the file it lists: a crash in between only leaves a file the next read finds.
    await saveAndRotate(folder, listed, counts, now);
    if (!dropped) return { written: true };
    const before = { entries: dropped.entries, stories: dropped.stories };
    return { written: true, drop: { before, after: counts, backupName: dropped.name } };
  });
}

/** Reads one automatic backup by name; only names of backups in the folder are accepted, never a path. */
export async function readAutomaticBackup(folder: BackupFolder, name: string): Promise<{ text: string }> {
  const { backups } = await readBackupIndex(folder.dir);
  if (!AUTOMATIC_BACKUP_NAME.test(name) || !backups.some((kept) => kept.name === name))
    throw new Error('There is no automatic backup of that name.');
  return { text: await readRegularFileUpTo(path.join(folder.dir, name), MAX_IPC_BACKUP_CHARS * 4) };
}

/** Deletes `file`; false when it was already gone, and any other failure is thrown. */
async function unlinkUnlessGone(file: string): Promise<boolean> {
  try {
    await unlink(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Deletes every automatic backup, the index (and with it the counts the lost-journal guard
 * remembers) and leftover temporary files. Returns how many backups were deleted.
 */
export function eraseAutomaticBackups(folder: BackupFolder): Promise<{ erased: number }> {
  return oneAtATime(folder.dir, async () => {
    let erased = 0;
    for (const name of await backupFilesIn(folder.dir))
      if (await unlinkUnlessGone(path.join(folder.dir, name))) erased++;
    await unlinkUnlessGone(path.join(folder.dir, INDEX_FILE));
    await removeStaleTemporaryFiles(folder.dir);
    return { erased };
  });
}
