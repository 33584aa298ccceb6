import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAutomaticBackup } from './backup-files';
import { temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(() => test.remove());

describe('the backups folder after a crash', () => {
  it('loses the whole copies an interrupted write left, at the next backup', async () => {
    await mkdir(test.folder.dir, { recursive: true });
    const leftovers = [
      '.hindsight-auto-2026-10-01T08-00-00-000Z.json.0123456789ab.tmp',
      '.automatic-backups.json.abcdefabcdef.tmp',
    ];
    for (const name of leftovers)
      await writeFile(path.join(test.folder.dir, name), backupText({ entries: 1, stories: 0 }));
    await writeFile(path.join(test.folder.dir, 'README.txt'), 'not ours to delete');
    expect(
      await writeAutomaticBackup(test.folder, backupText({ entries: 1, stories: 0 }), { entries: 1, stories: 0 }),
    ).toEqual({
      written: true,
    });
    const names = await readdir(test.folder.dir);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('README.txt');
  });
});
