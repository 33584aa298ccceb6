import { copyFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { DAY, HOUR, temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

// Main's index is a cache of what the folder holds: rotation and the list must see every
// backup file really there, whatever the index says.

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await test.remove();
});

const counts = (entries: number) => ({ entries, stories: 0 });
const write = (entries: number) => writeAutomaticBackup(test.folder, backupText(counts(entries)), counts(entries));
const listedNames = async () => (await listAutomaticBackups(test.folder)).backups.map((info) => info.name).sort();

/** Copies a backup into the folder under the name of another day, as a crash before the index write leaves it. */
async function unlistedBackupOf(day: string) {
  const [first] = await test.files();
  await copyFile(
    path.join(test.folder.dir, first!),
    path.join(test.folder.dir, `hindsight-auto-${day}T08-00-00-000Z.json`),
  );
}

describe('automatic backups the index does not know', () => {
  it('lists every backup file in the folder, whatever the index says', async () => {
    for (let day = 0; day < 5; day++) {
      await write(day + 1);
      test.clock.time += DAY;
    }
    await unlistedBackupOf('2026-10-30');
    await unlistedBackupOf('2026-10-31');
    expect(await listedNames()).toEqual(await test.files());
    expect(await test.files()).toHaveLength(7);
    const { backups } = await listAutomaticBackups(test.folder);
    expect(backups.find((info) => info.name.includes('2026-10-30'))).toMatchObject({ countsUnknown: true });
  });

  it('drops a listed backup whose file is gone', async () => {
    for (let day = 0; day < 3; day++) {
      await write(day + 1);
      test.clock.time += DAY;
    }
    const [, middle] = await test.files();
    await unlink(path.join(test.folder.dir, middle!));
    expect(await listedNames()).toEqual(await test.files());
    expect(await listedNames()).toHaveLength(2);
  });

  it('rotates backup files the index never listed', async () => {
    test.clock.time = Date.parse('2026-06-01T08:00:00.000Z');
    await write(1);
    for (let day = 1; day <= 60; day++) {
      const date = new Date(Date.parse('2026-06-01T08:00:00.000Z') + day * DAY).toISOString().slice(0, 10);
      await unlistedBackupOf(date);
    }
    test.clock.time = Date.parse('2026-08-01T08:00:00.000Z');
    expect(await write(2)).toMatchObject({ written: true });
    const files = await test.files();
    expect(files).toEqual(await listedNames());
    // The newest of the last seven days, four weeks (Monday to Sunday) and the three months.
    const kept = ['06-30', '07-12', '07-19', '07-26', '07-27', '07-28', '07-29', '07-30', '07-31', '08-01'];
    expect(files).toEqual(kept.map((day) => `hindsight-auto-2026-${day}T08-00-00-000Z.json`));
  });

  it('when the index cannot be written, the hourly checks write no more copies', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let indexFails = false;
    test.folder.writeFile = (target, data) =>
      indexFails && path.basename(target) === 'automatic-backups.json'
        ? Promise.reject(new Error('ENOSPC: no space left on device'))
        : writeFileAtomic(target, data);
    await write(1);
    test.clock.time += DAY;
    indexFails = true;
    const failedIndex = await write(2).catch((error: unknown) => error);
    for (let check = 0; check < 5; check++) {
      test.clock.time += HOUR;
      await write(2).catch(() => undefined);
    }
    expect(await test.files()).toHaveLength(2);
    expect(failedIndex).toEqual({ written: true });
    expect(warned).toHaveBeenCalled();
    expect(await listedNames()).toEqual(await test.files());

    indexFails = false;
    test.clock.time += DAY;
    expect(await write(3)).toEqual({ written: true });
    expect(await listedNames()).toEqual(await test.files());
    expect((await listAutomaticBackups(test.folder)).lastKnown).toEqual(counts(3));
  });
});
