// A journal written by release 0.1.0 (the schema it shipped, frozen here as it was) opens
// with this code with every record, revision and draft as it was stored.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup';
import { checkInsOf } from '../../shared/check-in-schedule';
import { createBackupRepository } from './backup-repository';
import { openDatabase } from './database';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { createRevisionRepository } from './revision-repository';
import { createStoryRepository } from './story-repository';
import { z } from 'zod';

/** The stores release 0.1.0 declared, version by version. */
const release010: { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { entries: 'id, [occurredOn+createdAt], updatedAt, deletedAt, type, *tags' } },
  { version: 2, stores: { stories: 'id, updatedAt, deletedAt, *entryIds' } },
  { version: 3, stores: { revisions: 'id, [kind+recordId+takenAt], takenAt', drafts: 'id' } },
];

const stamp = '2026-11-20T09:00:00.000Z';
const entry = {
  title: 'Shipped the migration without a dry run',
  whatHappened: 'Checkout was down for forty minutes.',
  occurredOn: '2026-11-19',
  type: 'technical',
  tags: ['deploys', 'checkout'],
  stakes: 'high',
  feelings: 'Sick about it.',
  reflection: {
    whyItHappened: 'I skipped the dry run.',
    whatIDid: 'I rolled back.',
    whatILearned: 'Dry runs.',
    whatIChanged: 'A checklist.',
  },
  id: '0b6c1f4e-6d1e-4d8e-9a51-1f0e7d1c2a10',
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
};
const trashed = { ...entry, id: '5a1d0c3b-3c2e-4f57-8e0b-2a9c8d7e6f01', title: 'Trashed one', deletedAt: stamp };
const story = {
  title: 'The checkout outage',
  entryIds: [entry.id],
  whatHappened: 'Checkout was down for forty minutes.',
  whyItHappened: 'I skipped the dry run.',
  whatIDid: 'I rolled back.',
  whatILearned: 'Dry runs.',
  roleConnection: '',
  followUps: [{ question: 'How did your team react?', answer: 'Calmly.' }],
  targetRole: 'SRE',
  targetCompany: '',
  status: 'draft',
  keyPhrases: [{ part: 'whatIDid', text: 'rolled back' }],
  id: '9f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a',
  createdAt: stamp,
  updatedAt: stamp,
  deletedAt: null,
};
const revisions = [
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    kind: 'entry',
    recordId: entry.id,
    takenAt: '2026-11-20T08:00:00.000Z',
    reason: 'editing',
    snapshot: { ...entry, whatHappened: 'Checkout was down.' },
  },
  {
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    kind: 'story',
    recordId: story.id,
    takenAt: '2026-11-20T08:30:00.000Z',
    reason: 'before-promote',
    snapshot: { ...story, whatIDid: '' },
  },
];
const draft = {
  id: 'capture',
  value: { open: true, draft: { title: 'Half-written', whatHappened: 'Typing when the power went.' } },
  savedAt: stamp,
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function releaseJournal(): Promise<string> {
  const name = `release-0.1.0-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  for (const step of release010) old.version(step.version).stores(step.stores);
  await old.table('entries').bulkAdd([entry, trashed]);
  await old.table('stories').add(story);
  await old.table('revisions').bulkAdd(revisions);
  await old.table('drafts').add(draft);
  old.close();
  return name;
}

describe('a journal made by release 0.1.0', () => {
  it('opens with every record, revision and draft exactly as stored', async () => {
    const db = openDatabase(await releaseJournal());
    expect(await db.entries.orderBy('id').toArray()).toEqual([entry, trashed]);
    expect(await db.stories.toArray()).toEqual([story]);
    expect(await db.revisions.orderBy('id').toArray()).toEqual(revisions);
    expect(await db.drafts.toArray()).toEqual([draft]);
    expect(db.readOnly).toBe(false);
    db.close();
  });

  it('reads and writes through the repositories as before', async () => {
    const db = openDatabase(await releaseJournal());
    const entries = createEntryRepository(db);
    expect(await entries.listTrash()).toEqual([trashed]);
    expect((await entries.listJournal({}, 10)).entries).toEqual([entry]);
    expect(await createStoryRepository(db).list()).toEqual([story]);
    expect((await createRevisionRepository(db).list('story', story.id)).map((r) => r.id)).toEqual([revisions[1]!.id]);
    const drafts = createDraftRepository(db);
    expect(await drafts.load('capture', z.object({ open: z.boolean() }).loose())).toMatchObject({ open: true });
    await entries.update(entry.id, { title: 'Edited after the upgrade' });
    expect((await entries.get(entry.id))?.title).toBe('Edited after the upgrade');
    db.close();
  });

  it('asks for check-ins on its changes from their last save, pinned by the next one, and offers the deeper prompts', async () => {
    const db = openDatabase(await releaseJournal());
    const [first] = checkInsOf((await db.entries.get(entry.id))!);
    expect(first?.dueAt).toBe('2026-12-20T09:00:00.000Z');
    const entries = createEntryRepository(db);
    const edited = await entries.update(entry.id, {
      reflection: { whyIWasSurprised: 'The dry run had never failed.' },
    });
    expect(edited.changeWrittenAt).toBe(stamp);
    expect(edited.reflection).toMatchObject({ ...entry.reflection, whyIWasSurprised: 'The dry run had never failed.' });
    db.close();
  });

  it('backs up everything it held, and the backup restores it', async () => {
    const db = openDatabase(await releaseJournal());
    const parsed = parseBackup((await createBackupRepository(db).exportBackupText()).text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup).toMatchObject({ entries: [entry, trashed], stories: [story], revisions });
    db.close();
  });
});
