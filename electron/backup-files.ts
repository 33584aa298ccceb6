import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BackupCountsSchema, type BackupCounts } from '../shared/backup';
import {
  AUTOMATIC_BACKUP_NAME,
  AutomaticBackupInfoSchema,
  automaticBackupDue,
  type AutomaticBackupInfo,
} from '../shared/ipc/backup-contract';

/** Automatic backups kept; older ones are deleted after each new one. */
export const KEPT_AUTOMATIC_BACKUPS = 30;

const INDEX_FILE = 'automatic-backups.json';

/** What main remembers about its backups: the list, and the last counts for the empty-journal guard. */
const BackupIndexSchema = z
  .object({ backups: z.array(AutomaticBackupInfoSchema), lastKnown: BackupCountsSchema.nullable() })
  .strict();
type BackupIndex = z.infer<typeof BackupIndexSchema>;

export interface BackupFolder {
  /** The folder inside the app's data folder. */
  dir: string;
  now: () => Date;
  /** Atomic: temporary file, fsync, rename (electron/atomic-write.ts). */
  writeFile: (target: string, data: Uint8Array) => Promise<void>;
  mkdir: (dir: string) => Promise<unknown>;
}

const encoder = new TextEncoder();

/** Reads the index; a missing or damaged one is rebuilt from the file names alone. */
async function readIndex(folder: BackupFolder): Promise<BackupIndex> {
  try {
    return BackupIndexSchema.parse(JSON.parse(await readFile(path.join(folder.dir, INDEX_FILE), 'utf8')));
  } catch {
    const names = (await readdir(folder.dir).catch(() => [] as string[])).filter((name) =>
      AUTOMATIC_BACKUP_NAME.test(name),
    );
    return {
      backups: names
        .sort()
        .reverse()
        .map((name) => ({ name, createdAt: createdAtOf(name), entries: 0, stories: 0 })),
      lastKnown: null,
    };
  }
}

/** hindsight-auto-2026-11-25T03-00-00-000Z.json → 2026-11-25T03:00:00.000Z */
function createdAtOf(name: string): string {
  const stamp = name.slice('hindsight-auto-'.length, -'.json'.length);
  return `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`;
}

function nameAt(date: Date): string {
  return `hindsight-auto-${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** The automatic backups, newest first, and the journal's last known size. */
export async function listAutomaticBackups(folder: BackupFolder): Promise<BackupIndex> {
  return readIndex(folder);
}

/**
 * Writes an automatic backup of `text` (the renderer's export; main never reads the
 * database) when the last one is older than the interval, so a day missed while the app
 * was closed is made up at the next launch. Keeps the newest 30 and remembers the counts.
 */
export async function writeAutomaticBackup(
  folder: BackupFolder,
  text: string,
  counts: BackupCounts,
): Promise<{ written: boolean }> {
  await folder.mkdir(folder.dir);
  const index = await readIndex(folder);
  const now = folder.now();
  const madeAt = index.backups.map((kept) => kept.createdAt);
  if (!automaticBackupDue(madeAt, now)) return { written: false };
  const info: AutomaticBackupInfo = { name: nameAt(now), createdAt: now.toISOString(), ...counts };
  await folder.writeFile(path.join(folder.dir, info.name), encoder.encode(text));
  const backups = [info, ...index.backups.filter((kept) => kept.name !== info.name)];
  const next: BackupIndex = { backups: backups.slice(0, KEPT_AUTOMATIC_BACKUPS), lastKnown: counts };
  // The index is written after the file it lists: a crash in between only leaves an unlisted file.
  await folder.writeFile(path.join(folder.dir, INDEX_FILE), encoder.encode(JSON.stringify(next, null, 2)));
  for (const old of backups.slice(KEPT_AUTOMATIC_BACKUPS))
    await unlink(path.join(folder.dir, old.name)).catch(() => undefined);
  return { written: true };
}

/** Reads one automatic backup by name; only names main itself listed are accepted. */
export async function readAutomaticBackup(folder: BackupFolder, name: string): Promise<{ text: string }> {
  const index = await readIndex(folder);
  if (!AUTOMATIC_BACKUP_NAME.test(name) || !index.backups.some((kept) => kept.name === name))
    throw new Error('There is no automatic backup of that name.');
  return { text: await readFile(path.join(folder.dir, name), 'utf8') };
}
