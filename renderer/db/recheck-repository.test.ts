import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, type Backup } from '../../shared/backup';
import { createBackupRepository } from './backup-repository';
import { openDatabase, type HindsightDatabase } from './database';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { checkInDraftId } from './check-in-draft-id';
import { createRecheckRepository } from './recheck-repository';
import { ValidationError } from './storage-errors';

const DAY = 86_400_000;
let clock: number;
const opened: HindsightDatabase[] = [];

function open() {
  const db = openDatabase(`rechecks-${crypto.randomUUID()}`);
  opened.push(db);
  const now = () => new Date((clock += 1000));
  return {
    db,
    entries: createEntryRepository(db, { now }),
    rechecks: createRecheckRepository(db, { now }),
    backups: createBackupRepository(db, { now }),
    drafts: createDraftRepository(db),
  };
}

beforeEach(() => {
  clock = Date.parse('2026-03-01T09:00:00.000Z');
});

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A setback whose change was written now, then the clock moved on `days`. */
async function changedSetback(journal: ReturnType<typeof open>, days = 31) {
  const entry = await journal.entries.create({ title: 'Launch slipped', occurredOn: '2026-02-20', type: 'strategic' });
  const changed = await journal.entries.update(entry.id, { reflection: { whatIChanged: 'A risk review every week.' } });
  clock += days * DAY;
  return changed;
}

async function exported(journal: ReturnType<typeof open>): Promise<Backup> {
  const parsed = parseBackup((await journal.backups.exportBackupText()).text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

describe('check-ins', () => {
  it('keep the answer with the check it answers, when it fell due and when it was answered', async () => {
    const journal = open();
    const entry = await changedSetback(journal);
    const answer = await journal.rechecks.answer(entry.id, 30, {
      stillDoing: 'yes',
      howOften: ' weekly ',
      whereUsed: 'the Q3 launch\n',
    });
    expect(answer).toMatchObject({
      entryId: entry.id,
      check: 30,
      dueAt: new Date(Date.parse(entry.changeWrittenAt!) + 30 * DAY).toISOString(),
      stillDoing: 'yes',
      howOften: 'weekly',
      whereUsed: 'the Q3 launch',
    });
    expect(answer.answeredAt).toBe(answer.createdAt);
    expect(await journal.rechecks.listFor(entry.id)).toEqual([answer]);
  });

  it('refuse an answer without "Still doing it?", one not due yet, and one on a setback in the Trash', async () => {
    const journal = open();
    const entry = await changedSetback(journal, 10);
    const missing = await journal.rechecks.answer(entry.id, 30, { howOften: 'daily' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fieldErrors).toHaveProperty('stillDoing');
    await expect(journal.rechecks.answer(entry.id, 30, { stillDoing: 'yes' })).rejects.toThrow('not due yet');
    clock += 30 * DAY;
    await journal.entries.trash(entry.id);
    await expect(journal.rechecks.answer(entry.id, 30, { stillDoing: 'yes' })).rejects.toThrow('in the Trash');
    expect(await journal.db.rechecks.count()).toBe(0);
  });

  it('forget the half-written check-in once the answer is kept, and go with the setback deleted for good', async () => {
    const journal = open();
    const entry = await changedSetback(journal);
    await journal.drafts.save(checkInDraftId(entry.id), { howOften: 'weekly', whereUsed: '' });
    await journal.rechecks.answer(entry.id, 30, { stillDoing: 'partly' });
    expect(await journal.db.drafts.get(checkInDraftId(entry.id))).toBeUndefined();

    await journal.drafts.save(checkInDraftId(entry.id), { howOften: 'again', whereUsed: '' });
    await journal.entries.trash(entry.id);
    await journal.entries.purge(entry.id);
    expect(await journal.db.rechecks.count()).toBe(0);
    expect(await journal.db.drafts.count()).toBe(0);
  });
});

describe('check-ins in backups', () => {
  it('go into a backup and come back from it', async () => {
    const journal = open();
    const entry = await changedSetback(journal);
    const answer = await journal.rechecks.answer(entry.id, 30, { stillDoing: 'yes', whereUsed: 'Atlas' });
    const backup = await exported(journal);
    expect(backup).toMatchObject({ version: BACKUP_VERSION, rechecks: [answer] });

    const fresh = open();
    expect((await fresh.backups.planImport(backup)).added).toMatchObject({ entries: 1, rechecks: 1 });
    await fresh.backups.applyImport(backup, 'keep-newer');
    expect(await fresh.rechecks.listFor(entry.id)).toEqual([answer]);
    expect((await fresh.entries.get(entry.id))?.changeWrittenAt).toBe(entry.changeWrittenAt);
  });

  it('follow a setback copied by "Keep both" to the copy', async () => {
    const here = open();
    const entry = await changedSetback(here);
    const elsewhere = open();
    await elsewhere.backups.applyImport(await exported(here), 'keep-newer');
    await elsewhere.entries.update(entry.id, { title: 'Edited on the other device' });
    const answer = await here.rechecks.answer(entry.id, 30, { stillDoing: 'yes' });

    await elsewhere.backups.applyImport(await exported(here), 'keep-both');
    const copy = (await elsewhere.db.entries.toArray()).find((row) => row.id !== entry.id)!;
    expect(await elsewhere.rechecks.listFor(copy.id)).toEqual([{ ...answer, entryId: copy.id }]);
    expect(await elsewhere.rechecks.listFor(entry.id)).toEqual([]);
  });

  it('an old version-1 backup, made before check-ins and deeper prompts, still imports whole', async () => {
    const journal = open();
    const stamp = '2025-11-20T09:00:00.000Z';
    const old = {
      format: 'hindsight-backup',
      version: 1,
      exportedAt: stamp,
      entries: [
        {
          id: '0b6c1f4e-6d1e-4d8e-9a51-1f0e7d1c2a10',
          title: 'Shipped without a dry run',
          whatHappened: 'Checkout was down for forty minutes.',
          occurredOn: '2025-11-19',
          type: 'technical',
          tags: ['deploys'],
          stakes: 'high',
          reflection: {
            whyItHappened: 'I skipped it.',
            whatIDid: 'Rolled back.',
            whatILearned: 'Dry runs.',
            whatIChanged: 'A checklist.',
          },
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
        },
      ],
      stories: [],
      revisions: [],
    };
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.rechecks).toEqual([]);
    await journal.backups.applyImport(parsed.backup, 'keep-newer');
    expect(await journal.entries.get(old.entries[0]!.id)).toEqual(old.entries[0]);
  });
});
