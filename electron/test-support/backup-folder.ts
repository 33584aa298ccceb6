import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import type { BackupFolder } from '../backup-files';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A backups folder in a fresh temporary directory, with a clock the test moves; `remove()` deletes it all. */
export async function temporaryBackupFolder(start = '2026-11-01T08:00:00.000Z') {
  const root = await mkdtemp(path.join(tmpdir(), 'hindsight-backups-'));
  const clock = { time: Date.parse(start) };
  const folder: BackupFolder = {
    dir: path.join(root, 'backups'),
    now: () => new Date(clock.time),
    writeFile: writeFileAtomic,
    mkdir: (dir) => mkdir(dir, { recursive: true }),
  };
  return {
    folder,
    clock,
    /** The automatic backup files in the folder, oldest first. */
    files: async () => (await readdir(folder.dir)).filter((name) => name.startsWith('hindsight-auto-')).sort(),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
