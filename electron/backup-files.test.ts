import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import {
  eraseAutomaticBackups,
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
  type BackupFolder,
} from './backup-files';
import { backupText } from './test-support/backup-text';

let root: string;
let clock: number;
let folder: BackupFolder;
const HOUR = 3_600_000;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hindsight-backups-'));
  clock = Date.parse('2026-11-01T08:00:00.000Z');
  folder = {
    dir: path.join(root, 'backups'),
    now: () => new Date(clock),
    writeFile: writeFileAtomic,
    mkdir: (dir) => mkdir(dir, { recursive: true }),
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const counts = (entries: number, stories = 0) => ({ entries, stories });

describe('automatic backups', () => {
  it('writes one a day, atomically, and remembers the last counts', async () => {
    const first = backupText(counts(3, 1));
    expect(await writeAutomaticBackup(folder, first, counts(3, 1))).toEqual({ written: true });
    clock += 2 * HOUR;
    expect(await writeAutomaticBackup(folder, backupText(counts(4, 1)), counts(4, 1))).toEqual({ written: false });
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(lastKnown).toEqual(counts(3, 1));
    expect(backups).toHaveLength(1);
    expect(await readAutomaticBackup(folder, backups[0]!.name)).toEqual({ text: first });
    // No temporary files are left behind.
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('makes up a missed day at the next launch', async () => {
    for (let day = 0; day < 5; day++) {
      clock += 3 * 24 * HOUR; // the app was closed for days: the next launch still writes one
      expect((await writeAutomaticBackup(folder, backupText(counts(day)), counts(day))).written).toBe(true);
    }
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(backups).toHaveLength(5);
    expect(lastKnown).toEqual(counts(4));
    expect(await readAutomaticBackup(folder, backups[0]!.name)).toEqual({ text: backupText(counts(4)) });
  });

  it('reads only backups in its folder, never a path', async () => {
    await writeAutomaticBackup(folder, backupText(counts(1)), counts(1));
    await expect(readAutomaticBackup(folder, '../../etc/passwd')).rejects.toThrow(/no automatic backup/);
    await expect(readAutomaticBackup(folder, 'hindsight-auto-2020-01-01T00-00-00-000Z.json')).rejects.toThrow(
      /no automatic backup/,
    );
  });

  it('lists backups from the file names when the index is damaged', async () => {
    await writeAutomaticBackup(folder, backupText(counts(1)), counts(1));
    await writeFileAtomic(path.join(folder.dir, 'automatic-backups.json'), new TextEncoder().encode('{broken'));
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(backups).toEqual([expect.objectContaining({ createdAt: '2026-11-01T08:00:00.000Z', countsUnknown: true })]);
    expect(lastKnown).toBeNull();
    expect(await readFile(path.join(folder.dir, backups[0]!.name), 'utf8')).toBe(backupText(counts(1)));
  });

  it('lists nothing that only looks like a backup: a folder, or a name that is no real date', async () => {
    await mkdir(path.join(folder.dir, 'hindsight-auto-2026-10-01T00-00-00-000Z.json'), { recursive: true });
    await writeFile(path.join(folder.dir, 'hindsight-auto-2026-13-45T00-00-00-000Z.json'), '{}');
    expect((await listAutomaticBackups(folder)).backups).toEqual([]);
  });
});

describe('erasing automatic backups', () => {
  it('deletes every backup, the index and leftover temporary files, and nothing else', async () => {
    for (let day = 0; day < 3; day++) {
      await writeAutomaticBackup(folder, backupText(counts(day + 1)), counts(day + 1));
      clock += 24 * HOUR;
    }
    await writeFile(path.join(folder.dir, '.hindsight-auto-2026-11-09T08-00-00-000Z.json.0123456789ab.tmp'), 'x');
    await writeFile(path.join(folder.dir, 'notes.txt'), 'mine');
    expect(await eraseAutomaticBackups(folder)).toEqual({ erased: 3 });
    expect(await readdir(folder.dir)).toEqual(['notes.txt']);
    expect(await listAutomaticBackups(folder)).toEqual({ backups: [], lastKnown: null });
    expect(await eraseAutomaticBackups(folder)).toEqual({ erased: 0 });
  });

  it('waits for a backup being written, so none is left behind', async () => {
    const writing = writeAutomaticBackup(folder, backupText(counts(2)), counts(2));
    const erasing = eraseAutomaticBackups(folder);
    expect(await writing).toEqual({ written: true });
    expect(await erasing).toEqual({ erased: 1 });
    expect(await readdir(folder.dir)).toEqual([]);
  });

  it('erases a folder that was never made', async () => {
    expect(await eraseAutomaticBackups(folder)).toEqual({ erased: 0 });
  });
});
