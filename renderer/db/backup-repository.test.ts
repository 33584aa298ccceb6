import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, serializeBackup, type Backup } from '../../shared/backup';
import { createBackupRepository, type BackupRepository } from './backup-repository';
import { JournalClosedError } from './storage-errors';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository, type EntryRepository } from './entry-repository';
import { createRevisionRepository } from './revision-repository';
import { createStoryRepository } from './story-repository';

let db: HindsightDatabase;
let entries: EntryRepository;
let backups: BackupRepository;
let clock: number;

function open(name: string) {
  const database = openDatabase(name);
  const now = () => new Date((clock += 1000));
  return {
    database,
    entries: createEntryRepository(database, { now }),
    stories: createStoryRepository(database, { now }),
    backups: createBackupRepository(database, { now }),
  };
}

beforeEach(() => {
  clock = Date.parse('2026-06-01T09:00:00.000Z');
  ({ database: db, entries, backups } = open(`backup-${crypto.randomUUID()}`));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const setback = (title: string) =>
  entries.create({ title, occurredOn: '2026-05-01', type: 'judgment', whatHappened: `${title} happened.` });

/** Everything in the database, for "exactly as it was" comparisons. */
async function dump(database: HindsightDatabase) {
  return {
    entries: await database.entries.toArray(),
    stories: await database.stories.toArray(),
    revisions: await database.revisions.toArray(),
    practiceRuns: await database.practiceRuns.toArray(),
    rechecks: await database.rechecks.toArray(),
  };
}

/** The backup file a repository writes, read back as an import would read it. */
async function exportedBackup(repository: BackupRepository): Promise<Backup> {
  const parsed = parseBackup((await repository.exportBackupText()).text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

const withoutStamp = (backup: Backup) => serializeBackup({ ...backup, exportedAt: '2026-01-01T00:00:00.000Z' });

describe('backups', () => {
  it('export → import into an empty journal → export gives the same content', async () => {
    const first = await setback('Missed deadline');
    await entries.update(first.id, { whatHappened: 'Edited once.' });
    await createStoryRepository(db).promote([first.id]);
    const exported = await exportedBackup(backups);

    const fresh = open(`backup-fresh-${crypto.randomUUID()}`);
    expect(await fresh.backups.planImport(exported)).toMatchObject({
      added: { entries: 1, stories: 1 },
      conflicts: [],
    });
    await fresh.backups.applyImport(exported, 'keep-newer');
    expect(withoutStamp(await exportedBackup(fresh.backups))).toBe(withoutStamp(exported));
    fresh.database.close();
    await fresh.database.delete();
  });

  it('shows conflicts and resolves them: keep newer, keep both, replace (with a revision of what it replaced)', async () => {
    const entry = await setback('Shared');
    const exported = await exportedBackup(backups);
    await entries.update(entry.id, { whatHappened: 'Changed after the backup.' });

    const plan = await backups.planImport(exported);
    expect(plan.conflicts).toEqual([{ table: 'entries', id: entry.id, title: 'Shared', backupIsNewer: false }]);
    expect(await backups.applyImport(exported, 'keep-newer')).toMatchObject({ skipped: 1 });
    expect((await entries.get(entry.id))?.whatHappened).toBe('Changed after the backup.');

    expect(await backups.applyImport(exported, 'keep-both')).toMatchObject({ keptBoth: 1 });
    expect((await db.entries.toArray()).map((e) => e.title).sort()).toEqual(['Shared', 'Shared (from backup)']);

    expect(await backups.applyImport(exported, 'replace')).toMatchObject({ replaced: 1 });
    expect((await entries.get(entry.id))?.whatHappened).toBe('Shared happened.');
    const kept = (await db.revisions.toArray()).filter((revision) => revision.reason === 'before-import');
    expect(kept.map((revision) => revision.snapshot.whatHappened)).toEqual(['Changed after the backup.']);
  });

  it('"Keep both" gives the copy its own history: restoring an earlier version of the copy leaves the original alone', async () => {
    // This device took the setback from an early backup; the other device kept editing it.
    const entry = await setback('Shared');
    const other = open(`backup-other-${crypto.randomUUID()}`);
    await other.backups.applyImport(await exportedBackup(backups), 'keep-newer');
    clock += 10 * 60_000;
    await entries.update(entry.id, { whatHappened: 'Second draft, on the other device.' });
    clock += 10 * 60_000;
    await entries.update(entry.id, { whatHappened: 'Third draft, on the other device.' });
    await other.entries.update(entry.id, { whatHappened: 'The newest text, written on this device.' });

    await other.backups.applyImport(await exportedBackup(backups), 'keep-both');
    const copy = (await other.database.entries.toArray()).find((e) => e.id !== entry.id)!;
    const revisions = createRevisionRepository(other.database, { now: () => new Date((clock += 1000)) });
    const copyHistory = await revisions.list('entry', copy.id);
    expect(copyHistory.map((revision) => revision.snapshot.whatHappened)).toContain(
      'Second draft, on the other device.',
    );
    for (const revision of copyHistory) expect(revision.snapshot.id).toBe(copy.id);

    const oldest = copyHistory.at(-1)!;
    await revisions.restore(oldest.id);
    expect((await other.entries.get(entry.id))?.whatHappened).toBe('The newest text, written on this device.');
    expect((await other.entries.get(copy.id))?.whatHappened).toBe(oldest.snapshot.whatHappened);
    other.database.close();
    await other.database.delete();
  });

  it('restores a revision into the record it belongs to, even when its snapshot names another', async () => {
    const original = await setback('Original');
    const other = await setback('Other');
    await entries.update(other.id, { whatHappened: 'Other, edited.' });
    // A revision stored by an older app: filed under "other", its snapshot still naming "original".
    const [revision] = await db.revisions.filter((r) => r.recordId === other.id).toArray();
    revision!.snapshot.id = original.id;
    await db.revisions.put(revision!);

    const revisions = createRevisionRepository(db, { now: () => new Date((clock += 1000)) });
    await revisions.restore(revision!.id);
    expect((await entries.get(original.id))?.whatHappened).toBe('Original happened.');
    expect((await entries.get(other.id))?.whatHappened).toBe('Other happened.');
  });

  it('"keep newer" compares moments, not the text of timestamps written in another time zone', async () => {
    const entry = await setback('Shared');
    const exported = await exportedBackup(backups);
    const mine = (await entries.update(entry.id, { whatHappened: 'Changed here, later.' })).updatedAt;
    // The backup's copy: an hour before this journal's edit, written from a +14:00 zone,
    // whose text sorts after it ("2026-06-02T…" > "2026-06-01T…").
    const earlier = new Date(Date.parse(mine) - 3_600_000);
    const inKiribati = new Date(earlier.getTime() + 14 * 3_600_000).toISOString().replace('Z', '+14:00');
    expect(Date.parse(inKiribati)).toBe(earlier.getTime());
    const theirs = { ...exported.entries[0]!, whatHappened: 'Older text from the backup.', updatedAt: inKiribati };
    const backup = { ...exported, entries: [theirs] };
    expect((await backups.planImport(backup)).conflicts).toMatchObject([{ backupIsNewer: false }]);
    await backups.applyImport(backup, 'keep-newer');
    expect((await entries.get(entry.id))?.whatHappened).toBe('Changed here, later.');
  });

  it('applies all or nothing: a failure mid-import leaves the database exactly as it was', async () => {
    await setback('Existing');
    const other = open(`backup-other-${crypto.randomUUID()}`);
    await other.entries.create({ title: 'Incoming', occurredOn: '2026-05-02', type: 'technical' });
    const incoming = await exportedBackup(other.backups);
    other.database.close();
    await other.database.delete();
    const before = await dump(db);
    vi.spyOn(db.revisions, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(backups.applyImport(incoming, 'replace')).rejects.toThrow('disk on fire');
    expect(await dump(db)).toEqual(before);
  });

  it('property: mutated backup files are either refused with a message (database untouched) or round-trip', async () => {
    await setback('Anchor');
    const { text } = await backups.exportBackupText();
    const mutation = fc.oneof(
      fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut)),
      fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ maxLength: 3 }))
        .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at + 1)),
      fc.constantFrom(
        text.replace('"entries"', '"__proto__": {}, "entries"'),
        text.replace('"version": 1', '"version": 7'),
        text.replace('"version": 1', '"version": "1"'),
        text.replace(/"whatHappened": "[^"]*"/, `"whatHappened": "${'x'.repeat(10_000_000)}"`),
      ),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (candidate) => {
        const before = await dump(db);
        const parsed = parseBackup(candidate);
        if (!parsed.ok) {
          expect(parsed.error).toMatch(/cannot be imported.*Nothing was changed/s);
          expect(await dump(db)).toEqual(before);
          return;
        }
        const fresh = open(`backup-prop-${crypto.randomUUID()}`);
        await fresh.backups.applyImport(parsed.backup, 'replace');
        expect(withoutStamp(await exportedBackup(fresh.backups))).toBe(withoutStamp(parsed.backup));
        fresh.database.close();
        await fresh.database.delete();
      }),
      { numRuns: 60 },
    );
  });
});

describe('backup text', () => {
  /** `1 + more` setbacks (1,201 by default: three pages of the export), a story and the revisions an edit leaves. */
  async function largeJournal(more = 1200) {
    const first = await setback('Missed deadline');
    await entries.update(first.id, { whatHappened: 'Edited\nonce, with "quotes" and ünïcode.' });
    await createStoryRepository(db).promote([first.id]);
    const stored = (await db.entries.get(first.id))!;
    await db.entries.bulkAdd(
      Array.from({ length: more }, (_, at) => ({
        ...stored,
        id: `bulk-${String(at).padStart(4, '0')}`,
        title: `Setback ${at}`,
      })),
    );
  }
  const stampOf = (text: string) => /"exportedAt": "([^"]+)"/.exec(text)?.[1] ?? '';
  /** The reference: every table read whole and stringified at once, with the file's stamp. */
  const wholeAt = async (text: string) =>
    serializeBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: stampOf(text), ...(await dump(db)) });

  it.each([1200, 999])(
    'is written page by page exactly as the whole backup serialized at once (%i + 1 setbacks)',
    async (more) => {
      await largeJournal(more);
      const { text, counts } = await backups.exportBackupText();
      expect(text).toBe(await wholeAt(text));
      expect(counts).toEqual({ entries: more + 1, stories: 1 });
      expect(await db.revisions.count()).toBeGreaterThan(0);
    },
  );

  it('writes an empty journal as an empty backup', async () => {
    const { text, counts } = await backups.exportBackupText();
    expect(text).toBe(await wholeAt(text));
    expect(counts).toEqual({ entries: 0, stories: 0 });
  });

  it('stops once it grows past a limit, and fits when the limit allows it', async () => {
    await largeJournal();
    const { text } = await backups.exportBackupText();
    const storiesRead = vi.spyOn(db.stories, 'orderBy');
    expect(await backups.exportBackupTextUpTo(1000)).toBeNull();
    expect(storiesRead).not.toHaveBeenCalled(); // stopped in the setbacks
    expect((await backups.exportBackupTextUpTo(text.length))?.text.length).toBe(text.length);
    expect(await backups.exportBackupTextUpTo(text.length - 1)).toBeNull();
  });
});

describe('a journal closed on purpose (a lock move holds it)', () => {
  it('is not opened again to count it: the count fails, and nothing holds the database', async () => {
    await setback('Missed the freight cut-off');
    db.close();
    await expect(backups.journalState()).rejects.toBeInstanceOf(JournalClosedError);
    expect(db.isOpen()).toBe(false);
    // The move can delete it: no connection of this page blocks the deletion.
    const blocked = vi.fn();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onblocked = blocked;
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('not deleted'));
    });
    expect(blocked).not.toHaveBeenCalled();
  });
});
