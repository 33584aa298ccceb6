import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { DAY, temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

// A journal that loses most of its records is backed up like any other: main must notice,
// keep the last backup from before for good, and tell the renderer.

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(() => test.remove());

const counts = (entries: number, stories = 0) => ({ entries, stories });
async function dailyBackup(entries: number, stories = 0) {
  const written = await writeAutomaticBackup(
    test.folder,
    backupText(counts(entries, stories)),
    counts(entries, stories),
  );
  test.clock.time += DAY;
  return written;
}

describe('a sharp drop in the journal', () => {
  it('is reported with the backup from before, which is pinned', async () => {
    await dailyBackup(30, 2);
    await dailyBackup(31, 2);
    const { backups } = await listAutomaticBackups(test.folder);
    const lastGood = backups[0]!.name;
    expect(await dailyBackup(1, 2)).toEqual({
      written: true,
      drop: { before: counts(31, 2), after: counts(1, 2), backupName: lastGood },
    });
    const listed = (await listAutomaticBackups(test.folder)).backups;
    expect(listed.find((info) => info.name === lastGood)).toMatchObject({ beforeDrop: true, entries: 31 });
    expect(listed.filter((info) => info.beforeDrop)).toHaveLength(1);
    // The next day compares with the shrunken journal: nothing new to report.
    expect(await dailyBackup(1, 2)).toEqual({ written: true });
  });

  it('counts losing every story, even with the setbacks intact', async () => {
    await dailyBackup(5, 4);
    expect(await dailyBackup(5, 0)).toMatchObject({ drop: { before: counts(5, 4), after: counts(5, 0) } });
  });

  // A year of writes to a real folder: slow on a loaded machine, so a roomier limit.
  it('keeps the backup from before the drop through a year of rotation', { timeout: 60_000 }, async () => {
    await dailyBackup(40);
    const lastGood = (await listAutomaticBackups(test.folder)).backups[0]!.name;
    for (let day = 0; day < 400; day++) await dailyBackup(2);
    expect(await test.files()).toContain(lastGood);
  });

  // A year of writes to a real folder: slow on a loaded machine, so a roomier limit.
  it('is not a small journal tidied by hand, or one that grows', { timeout: 60_000 }, async () => {
    for (const entries of [3, 2, 1, 5, 40, 35, 60]) expect(await dailyBackup(entries, 1)).toEqual({ written: true });
  });
});
