import { describe, expect, it } from 'vitest';
import { AUTOMATIC_BACKUP_INTERVAL_MS, automaticBackupDue, backupContract, CLOCK_SKEW_MS } from './backup-contract';

const now = new Date('2026-11-25T09:00:00.000Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
const YEARS = 365 * 24 * 60 * 60 * 1000;

describe('automaticBackupDue', () => {
  it('is due with no backup yet, or once the newest is the interval old', () => {
    expect(automaticBackupDue([], now)).toBe(true);
    expect(automaticBackupDue([at(-AUTOMATIC_BACKUP_INTERVAL_MS)], now)).toBe(true);
    expect(automaticBackupDue([at(-AUTOMATIC_BACKUP_INTERVAL_MS + 1)], now)).toBe(false);
    expect(automaticBackupDue([at(-3 * AUTOMATIC_BACKUP_INTERVAL_MS), at(-60_000)], now)).toBe(false);
  });

  it('is not stopped by a backup stamped in the future, beyond a little clock skew', () => {
    expect(automaticBackupDue(['2099-01-01T00:00:00.000Z'], now)).toBe(true);
    expect(automaticBackupDue([at(CLOCK_SKEW_MS + 1)], now)).toBe(true);
    expect(automaticBackupDue([at(CLOCK_SKEW_MS)], now)).toBe(false);
    expect(automaticBackupDue(['2099-01-01T00:00:00.000Z', at(-60_000)], now)).toBe(false);
  });

  it('is due after the clock was set back past every backup', () => {
    expect(automaticBackupDue([at(0)], new Date(now.getTime() - 2 * YEARS))).toBe(true);
  });

  it('ignores a date it cannot read', () => {
    expect(automaticBackupDue(['not a date'], now)).toBe(true);
  });
});

describe('backup contract', () => {
  it('takes only counts that are whole and not negative', () => {
    const input = backupContract['backup.writeAutomatic'].input;
    expect(input.safeParse({ text: '{}', counts: { entries: 0, stories: 0 } }).success).toBe(true);
    expect(input.safeParse({ text: '{}', counts: { entries: -1, stories: 0 } }).success).toBe(false);
    expect(input.safeParse({ text: '{}', counts: { entries: 1.5, stories: 0 } }).success).toBe(false);
  });

  it('answers a write with the drop main noticed', () => {
    const output = backupContract['backup.writeAutomatic'].output;
    const drop = {
      before: { entries: 500, stories: 3 },
      after: { entries: 1, stories: 3 },
      backupName: 'hindsight-auto-2026-11-24T09-00-00-000Z.json',
    };
    expect(output.parse({ written: true, drop })).toEqual({ written: true, drop });
    expect(output.safeParse({ written: true, drop: { ...drop, backupName: '../x.json' } }).success).toBe(false);
  });

  it('erases with an empty request and answers how many backups went', () => {
    const { input, output } = backupContract['backup.eraseAutomatic'];
    expect(input.safeParse({}).success).toBe(true);
    expect(input.safeParse({ all: true }).success).toBe(false);
    expect(output.safeParse({ erased: 3 }).success).toBe(true);
    expect(output.safeParse({ erased: 3, extra: 1 }).success).toBe(false);
    expect(output.safeParse({ erased: -1 }).success).toBe(false);
  });
});
