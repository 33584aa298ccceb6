import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLock } from '../shared/lock/keys';
import { sealBackup } from '../shared/lock/sealed-backup';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

// With the lock on, the renderer hands main sealed backups: main cannot open them and
// checks what it can — their shape, and that the counts they carry are the ones it is told.

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(() => test.remove());

const cheap = { algorithm: 'argon2id', memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 } as const;

describe('a sealed automatic backup', () => {
  it('is kept when its counts match, and refused when they do not', async () => {
    const lock = await createLock('correct horse battery', cheap);
    const counts = { entries: 3, stories: 1 };
    const sealed = sealBackup(backupText(counts), counts, lock.header, lock.dataKey);
    expect(await writeAutomaticBackup(test.folder, sealed, counts)).toMatchObject({ written: true });
    expect((await listAutomaticBackups(test.folder)).backups).toHaveLength(1);
    await expect(writeAutomaticBackup(test.folder, sealed, { entries: 0, stories: 0 })).rejects.toThrow(/refused/);
  });
});
