import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutomaticBackups } from '../platform/platform';
import { AUTOMATIC_BACKUP_INTERVAL_MS, automaticBackupDue } from '../../shared/ipc/backup-contract';
import {
  journalLooksLost,
  lastAutomaticBackup,
  runAutomaticBackup,
  scheduleAutomaticBackups,
} from './automatic-backups';
import { createBackupRepository } from '../db/backup-repository';
import { openDatabase, type HindsightDatabase } from '../db/database';
import { createEntryRepository } from '../db/entry-repository';

let db: HindsightDatabase;
beforeEach(() => {
  db = openDatabase(`auto-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function fakeMain(lastKnown: { entries: number; stories: number } | null, newestAt?: string): AutomaticBackups {
  const backups = newestAt
    ? [{ name: 'hindsight-auto-2026-11-24T09-00-00-000Z.json', createdAt: newestAt, entries: 1, stories: 0 }]
    : [];
  return { list: vi.fn(async () => ({ backups, lastKnown })), writeIfDue: vi.fn(async () => true), read: vi.fn() };
}

describe('empty-database guard', () => {
  it('flags an empty journal only when main remembers records', () => {
    expect(journalLooksLost({ entries: 0, stories: 0 }, { entries: 12, stories: 2 })).toBe(true);
    expect(journalLooksLost({ entries: 0, stories: 0 }, null)).toBe(false);
    expect(journalLooksLost({ entries: 0, stories: 0 }, { entries: 0, stories: 0 })).toBe(false);
    expect(journalLooksLost({ entries: 1, stories: 0 }, { entries: 12, stories: 2 })).toBe(false);
  });

  it('never backs up an empty journal over the good backups while it looks lost', async () => {
    const main = fakeMain({ entries: 12, stories: 2 });
    expect(await runAutomaticBackup(createBackupRepository(db), main)).toBe('held-back');
    expect(main.writeIfDue).not.toHaveBeenCalled();
  });

  it('offers main a backup with the counts otherwise', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const main = fakeMain({ entries: 12, stories: 2 });
    expect(await runAutomaticBackup(createBackupRepository(db), main)).toBe('written');
    expect(vi.mocked(main.writeIfDue).mock.calls[0]?.[1]).toEqual({ entries: 1, stories: 0 });
    expect(JSON.parse(vi.mocked(main.writeIfDue).mock.calls[0]![0])).toMatchObject({ format: 'hindsight-backup' });
  });
});

describe('hourly checks', () => {
  const now = new Date('2026-11-25T09:00:00.000Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

  it('are due with no backup yet, or once the newest is the interval old', () => {
    expect(automaticBackupDue(undefined, now)).toBe(true);
    expect(automaticBackupDue(new Date(now.getTime() - AUTOMATIC_BACKUP_INTERVAL_MS).toISOString(), now)).toBe(true);
    expect(automaticBackupDue(new Date(now.getTime() - AUTOMATIC_BACKUP_INTERVAL_MS + 1).toISOString(), now)).toBe(
      false,
    );
  });

  it('read nothing of the journal while the newest backup is recent', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const repository = createBackupRepository(db);
    const exported = vi.spyOn(repository, 'exportBackupTextUpTo');
    const main = fakeMain({ entries: 1, stories: 0 }, hoursAgo(1));
    expect(await runAutomaticBackup(repository, main, { now: () => now })).toBe('not-due');
    expect(exported).not.toHaveBeenCalled();
    expect(main.writeIfDue).not.toHaveBeenCalled();

    const later = fakeMain({ entries: 1, stories: 0 }, hoursAgo(21));
    expect(await runAutomaticBackup(repository, later, { now: () => now })).toBe('written');
    expect(exported).toHaveBeenCalledTimes(1);
  });
});

describe('a journal too large to carry to main', () => {
  afterEach(() => vi.useRealTimers());

  it('is not offered, and Settings learns why from the last run', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const repository = createBackupRepository(db);
    const main = fakeMain({ entries: 1, stories: 0 });
    expect(await runAutomaticBackup(repository, main, { maxChars: 100 })).toBe('too-large');
    expect(main.writeIfDue).not.toHaveBeenCalled();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const seen: unknown[] = [];
    const unsubscribe = lastAutomaticBackup.subscribe(() => seen.push(lastAutomaticBackup.outcome()));
    const stop = scheduleAutomaticBackups(repository, main, { maxChars: 100 });
    vi.advanceTimersByTime(3000);
    await vi.waitFor(() => expect(seen).toEqual(['too-large']));
    // Not read again this session: the next hourly check does not even open the database.
    const opened = vi.spyOn(db, 'open');
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(opened).not.toHaveBeenCalled();
    stop();
    unsubscribe();
  });

  it('tells Settings when a run fails', async () => {
    const main = fakeMain(null);
    vi.mocked(main.list).mockRejectedValue(new Error('The backups folder cannot be read.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const stop = scheduleAutomaticBackups(createBackupRepository(db), main);
    vi.advanceTimersByTime(3000);
    await vi.waitFor(() => expect(lastAutomaticBackup.outcome()).toBe('failed'));
    stop();
  });
});
