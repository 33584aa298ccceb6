import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAutomaticBackups, writeAutomaticBackup } from './backup-files';
import { DAY, temporaryBackupFolder } from './test-support/backup-folder';
import { backupText } from './test-support/backup-text';

let test: Awaited<ReturnType<typeof temporaryBackupFolder>>;
beforeEach(async () => {
  test = await temporaryBackupFolder('2025-01-01T08:00:00.000Z');
});
afterEach(() => test.remove());

describe('automatic backup history', () => {
  // A year of writes to a real folder: slow on a loaded machine, so a roomier limit.
  it(
    'after a year of daily backups keeps a week of days, a month of weeks and a year of months',
    { timeout: 60_000 },
    async () => {
      for (let day = 0; day < 400; day++) {
        await writeAutomaticBackup(test.folder, backupText({ entries: 1, stories: 0 }), { entries: 1, stories: 0 });
        test.clock.time += DAY;
      }
      const { backups } = await listAutomaticBackups(test.folder);
      // The last day written is Wednesday 2026-02-04.
      expect(backups.map((info) => info.createdAt.slice(0, 10))).toEqual([
        // the newest of each of the last 7 days
        ...['2026-02-04', '2026-02-03', '2026-02-02', '2026-02-01', '2026-01-31', '2026-01-30', '2026-01-29'],
        // of the last 4 weeks, Monday to Sunday (this week and last are covered by the days)
        ...['2026-01-25', '2026-01-18'],
        // of the last 12 months (February and January are covered by the days)
        ...['2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30', '2025-08-31', '2025-07-31', '2025-06-30'],
        ...['2025-05-31', '2025-04-30', '2025-03-31'],
      ]);
      expect(await test.files()).toHaveLength(backups.length);
    },
  );
});
