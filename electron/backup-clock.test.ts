import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { backupText } from './test-support/backup-text';
import { DAY, HOUR, temporaryBackupFolder } from './test-support/backup-folder';

// Clocks move both ways: a backup made while the clock was years ahead, or a clock set
// back, must neither stop the daily backups nor delete the good ones.

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder();
});
afterEach(() => test.remove());

const counts = (entries: number) => ({ entries, stories: 0 });
const write = (entries: number) => writeAutomaticBackup(test.folder, backupText(counts(entries)), counts(entries));

describe('automatic backups when the clock jumps', () => {
  it('a backup stamped in 2099 does not stop the later daily backups', async () => {
    const today = test.clock.time;
    test.clock.time = Date.parse('2099-01-01T00:00:00.000Z');
    expect(await write(1)).toMatchObject({ written: true });
    test.clock.time = today;
    expect(await write(2)).toMatchObject({ written: true });
    test.clock.time += HOUR;
    expect(await write(3)).toMatchObject({ written: false });
    test.clock.time += DAY;
    expect(await write(4)).toMatchObject({ written: true });
    expect(await test.files()).toHaveLength(3);
  });

  it('a clock set back years deletes none of the backups made before', async () => {
    for (let day = 0; day < 40; day++) {
      expect(await write(day + 1)).toMatchObject({ written: true });
      test.clock.time += DAY;
    }
    const before = await test.files();
    test.clock.time = Date.parse('2020-01-01T08:00:00.000Z');
    for (let day = 0; day < 10; day++) {
      expect(await write(100 + day)).toMatchObject({ written: true });
      test.clock.time += DAY;
    }
    const after = await test.files();
    expect(after.filter((name) => name.startsWith('hindsight-auto-2026'))).toEqual(before);
    // The backups made since are rotated among themselves: the last seven days.
    expect(after.filter((name) => name.startsWith('hindsight-auto-2020'))).toEqual(
      ['04', '05', '06', '07', '08', '09', '10'].map((day) => `hindsight-auto-2020-01-${day}T08-00-00-000Z.json`),
    );
  });

  it('a future-stamped backup neither hides nor pushes out the newest real one', async () => {
    const today = test.clock.time;
    test.clock.time = Date.parse('2099-01-01T00:00:00.000Z');
    await write(1);
    test.clock.time = today;
    for (let day = 0; day < 3; day++) {
      await write(10 + day);
      test.clock.time += DAY;
    }
    const { backups } = await listAutomaticBackups(test.folder);
    expect(backups.map((info) => info.entries)).toEqual([1, 12, 11, 10]);
  });
});
