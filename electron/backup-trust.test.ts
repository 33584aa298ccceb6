import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupContract } from '../shared/ipc/backup-contract';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { DAY, temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

// Main keeps and rotates backups on the renderer's word: a text that is no backup, or
// counts that are not its records, must be refused before anything is written or deleted.

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(() => test.remove());

const counts = (entries: number, stories = 0) => ({ entries, stories });

/** A month of good backups, and what the folder holds then. */
async function goodMonth() {
  for (let day = 0; day < 30; day++) {
    await writeAutomaticBackup(test.folder, backupText(counts(20), `-${day}`), counts(20));
    test.clock.time += DAY;
  }
  const index = await readFile(path.join(test.folder.dir, 'automatic-backups.json'), 'utf8');
  return { files: await test.files(), index };
}

describe('what main is handed as an automatic backup', () => {
  it('is refused, touching nothing, when it is not a valid backup', async () => {
    const before = await goodMonth();
    for (const text of ['{"a":1}', '{"format":"hindsight-backup","version":1', 'x'.repeat(100)])
      await expect(writeAutomaticBackup(test.folder, text, counts(20))).rejects.toThrow(/automatic backup was refused/);
    expect(await test.files()).toEqual(before.files);
    expect(await readFile(path.join(test.folder.dir, 'automatic-backups.json'), 'utf8')).toBe(before.index);
  });

  it('is refused when its counts are not the records it holds', async () => {
    const before = await goodMonth();
    await expect(writeAutomaticBackup(test.folder, backupText(counts(20)), counts(21))).rejects.toThrow(
      /holds 20 setbacks and 0 stories, not the 21 and 0/,
    );
    await expect(writeAutomaticBackup(test.folder, backupText(counts(1, 2)), counts(1, 0))).rejects.toThrow(/refused/);
    expect(await test.files()).toEqual(before.files);
    expect((await listAutomaticBackups(test.folder)).lastKnown).toEqual(counts(20));
  });

  it('may not carry negative counts, which would switch the lost-journal guard off', () => {
    const input = backupContract['backup.writeAutomatic'].input;
    const text = backupText(counts(0));
    expect(input.safeParse({ text, counts: counts(0) }).success).toBe(true);
    expect(input.safeParse({ text, counts: { entries: -1, stories: 0 } }).success).toBe(false);
    expect(input.safeParse({ text, counts: { entries: 0, stories: -5 } }).success).toBe(false);
  });
});
