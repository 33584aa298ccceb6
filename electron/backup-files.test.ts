import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import {
  KEPT_AUTOMATIC_BACKUPS,
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
  type BackupFolder,
} from './backup-files';

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

describe('automatic backups', () => {
  it('writes one a day, atomically, and remembers the last counts', async () => {
    expect(await writeAutomaticBackup(folder, '{"a":1}', { entries: 3, stories: 1 })).toEqual({ written: true });
    clock += 2 * HOUR;
    expect(await writeAutomaticBackup(folder, '{"a":2}', { entries: 4, stories: 1 })).toEqual({ written: false });
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(lastKnown).toEqual({ entries: 3, stories: 1 });
    expect(backups).toHaveLength(1);
    expect(await readAutomaticBackup(folder, backups[0]!.name)).toEqual({ text: '{"a":1}' });
    // No temporary files are left behind.
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('makes up a missed day at the next launch and keeps only the last 30', async () => {
    for (let day = 0; day < KEPT_AUTOMATIC_BACKUPS + 5; day++) {
      clock += 3 * 24 * HOUR; // the app was closed for days: the next launch still writes one
      expect((await writeAutomaticBackup(folder, `{"day":${day}}`, { entries: day, stories: 0 })).written).toBe(true);
    }
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(backups).toHaveLength(KEPT_AUTOMATIC_BACKUPS);
    expect(lastKnown).toEqual({ entries: KEPT_AUTOMATIC_BACKUPS + 4, stories: 0 });
    expect(await readAutomaticBackup(folder, backups[0]!.name)).toEqual({
      text: `{"day":${KEPT_AUTOMATIC_BACKUPS + 4}}`,
    });
    const files = (await readdir(folder.dir)).filter((name) => name.startsWith('hindsight-auto-'));
    expect(files).toHaveLength(KEPT_AUTOMATIC_BACKUPS);
  });

  it('reads only backups it listed, never a path', async () => {
    await writeAutomaticBackup(folder, '{}', { entries: 1, stories: 0 });
    await expect(readAutomaticBackup(folder, '../../etc/passwd')).rejects.toThrow(/no automatic backup/);
    await expect(readAutomaticBackup(folder, 'hindsight-auto-2020-01-01T00-00-00-000Z.json')).rejects.toThrow(
      /no automatic backup/,
    );
  });

  it('rebuilds a damaged index from the file names', async () => {
    await writeAutomaticBackup(folder, '{}', { entries: 1, stories: 0 });
    await writeFileAtomic(path.join(folder.dir, 'automatic-backups.json'), new TextEncoder().encode('{broken'));
    const { backups, lastKnown } = await listAutomaticBackups(folder);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.createdAt).toBe('2026-11-01T08:00:00.000Z');
    expect(lastKnown).toBeNull();
    expect(await readFile(path.join(folder.dir, backups[0]!.name), 'utf8')).toBe('{}');
  });
});
