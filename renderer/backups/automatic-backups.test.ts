import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutomaticBackupWritten } from '../../shared/ipc/backup-contract';
import {
  journalLooksLost,
  lastAutomaticBackup,
  runAutomaticBackup,
  scheduleAutomaticBackups,
  type AutomaticBackupsOfMain,
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

function fakeMain(
  lastKnown: { entries: number; stories: number } | null,
  newestAt?: string,
  reply: AutomaticBackupWritten = { written: true },
): AutomaticBackupsOfMain {
  const backups = newestAt
    ? [{ name: 'hindsight-auto-2026-11-24T09-00-00-000Z.json', createdAt: newestAt, entries: 1, stories: 0 }]
    : [];
  return { list: vi.fn(async () => ({ backups, lastKnown })), writeIfDue: vi.fn(async () => reply) };
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
    expect(await runAutomaticBackup(createBackupRepository(db), main)).toEqual({ outcome: 'held-back' });
    expect(main.writeIfDue).not.toHaveBeenCalled();
  });

  it('offers main a backup with the counts otherwise', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const main = fakeMain({ entries: 12, stories: 2 });
    expect(await runAutomaticBackup(createBackupRepository(db), main)).toEqual({ outcome: 'written' });
    expect(vi.mocked(main.writeIfDue).mock.calls[0]?.[1]).toEqual({ entries: 1, stories: 0 });
    expect(JSON.parse(vi.mocked(main.writeIfDue).mock.calls[0]![0])).toMatchObject({ format: 'hindsight-backup' });
  });
});

describe('hourly checks', () => {
  const now = new Date('2026-11-25T09:00:00.000Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

  it('read nothing of the journal while the newest backup is recent', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const repository = createBackupRepository(db);
    const exported = vi.spyOn(repository, 'exportBackupTextUpTo');
    const main = fakeMain({ entries: 1, stories: 0 }, hoursAgo(1));
    expect(await runAutomaticBackup(repository, main, { now: () => now })).toEqual({ outcome: 'not-due' });
    expect(exported).not.toHaveBeenCalled();
    expect(main.writeIfDue).not.toHaveBeenCalled();

    const later = fakeMain({ entries: 1, stories: 0 }, hoursAgo(21));
    expect(await runAutomaticBackup(repository, later, { now: () => now })).toEqual({ outcome: 'written' });
    expect(exported).toHaveBeenCalledTimes(1);
  });

  it('are not stopped for good by a backup stamped in the future', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const main = fakeMain({ entries: 1, stories: 0 }, '2099-01-01T00:00:00.000Z');
    expect(await runAutomaticBackup(createBackupRepository(db), main, { now: () => now })).toEqual({
      outcome: 'written',
    });
    expect(main.writeIfDue).toHaveBeenCalledOnce();
  });
});

describe('a drop main noticed', () => {
  afterEach(() => vi.useRealTimers());
  const drop = {
    before: { entries: 500, stories: 3 },
    after: { entries: 1, stories: 3 },
    backupName: 'hindsight-auto-2026-11-24T09-00-00-000Z.json',
  };

  it('is the outcome of the run, with what was kept', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const main = fakeMain({ entries: 500, stories: 3 }, undefined, { written: true, drop });
    expect(await runAutomaticBackup(createBackupRepository(db), main)).toEqual({ outcome: 'written-after-drop', drop });
  });

  it('stays for the session, through later runs, until dismissed', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const main = fakeMain({ entries: 500, stories: 3 }, undefined, { written: true, drop });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const stop = scheduleAutomaticBackups(createBackupRepository(db), main);
    vi.advanceTimersByTime(3000);
    await vi.waitFor(() => expect(lastAutomaticBackup.outcome()).toBe('written-after-drop'));
    expect(lastAutomaticBackup.drop()).toEqual(drop);
    vi.mocked(main.writeIfDue).mockResolvedValue({ written: false });
    vi.advanceTimersByTime(60 * 60 * 1000);
    await vi.waitFor(() => expect(lastAutomaticBackup.outcome()).toBe('not-due'));
    expect(lastAutomaticBackup.drop()).toEqual(drop);
    lastAutomaticBackup.dismissDrop();
    expect(lastAutomaticBackup.drop()).toBeUndefined();
    stop();
  });
});

describe('a journal too large to carry to main', () => {
  afterEach(() => vi.useRealTimers());

  it('is not offered, and Settings learns why from the last run', async () => {
    await createEntryRepository(db).create({ title: 'One', occurredOn: '2026-01-01', type: 'technical' });
    const repository = createBackupRepository(db);
    const main = fakeMain({ entries: 1, stories: 0 });
    expect(await runAutomaticBackup(repository, main, { maxChars: 100 })).toEqual({ outcome: 'too-large' });
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

  it('skips a run while the journal is closed for a lock move, without opening it or calling it a failure', async () => {
    const main = fakeMain(null);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const heard = vi.fn();
    const unsubscribe = lastAutomaticBackup.subscribe(heard);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.close();
    const repository = createBackupRepository(db);
    const counted = vi.spyOn(repository, 'journalState');
    const stop = scheduleAutomaticBackups(repository, main);
    vi.advanceTimersByTime(3000);
    await vi.waitFor(() => expect(counted).toHaveBeenCalled());
    await counted.mock.results[0]?.value.catch(() => undefined);
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(main.list).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
    expect(heard).not.toHaveBeenCalled();
    expect(warned).not.toHaveBeenCalled();
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
