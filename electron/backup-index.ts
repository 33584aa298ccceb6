import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BackupCountsSchema } from '../shared/backup';
import { reconcileBackups } from '../shared/backup-rotation';
import { AUTOMATIC_BACKUP_NAME, AutomaticBackupInfoSchema } from '../shared/ipc/backup-contract';

/** main's list of its automatic backups, beside them. */
export const INDEX_FILE = 'automatic-backups.json';

/** What main remembers about its backups: the list, and the last counts for the empty-journal guard. */
export const BackupIndexSchema = z
  .object({ backups: z.array(AutomaticBackupInfoSchema), lastKnown: BackupCountsSchema.nullable() })
  .strict();
export type BackupIndex = z.infer<typeof BackupIndexSchema>;

/** The automatic backup files really in `dir` (regular files of our naming only), whatever the index says. */
export async function backupFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && AUTOMATIC_BACKUP_NAME.test(entry.name)).map((entry) => entry.name);
}

/** The index as written, or an empty one when it is missing or damaged (the files still list themselves). */
async function readIndexFile(dir: string): Promise<BackupIndex> {
  try {
    return BackupIndexSchema.parse(JSON.parse(await readFile(path.join(dir, INDEX_FILE), 'utf8')));
  } catch {
    return { backups: [], lastKnown: null };
  }
}

/**
 * The backups as they are: the index reconciled with the folder (see reconcileBackups),
 * newest first, and the last counts the index remembers.
 */
export async function readBackupIndex(dir: string): Promise<BackupIndex> {
  const [index, names] = await Promise.all([readIndexFile(dir), backupFilesIn(dir)]);
  return { backups: reconcileBackups(index.backups, names), lastKnown: index.lastKnown };
}

const encoder = new TextEncoder();

/** The index's text, as `writeFile` stores it. */
export function indexText(index: BackupIndex): Uint8Array {
  return encoder.encode(JSON.stringify(BackupIndexSchema.parse(index), null, 2));
}
