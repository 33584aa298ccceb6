import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup';
import { practiceDraftId } from '../../shared/practice';
import { createBackupRepository } from './backup-repository';
import { openDatabase, type HindsightDatabase } from './database';
import { createDraftRepository } from './draft-repository';
import { createEntryRepository } from './entry-repository';
import { createPracticeRunRepository } from './practice-run-repository';
import { MissingRecordError, ValidationError } from './storage-errors';
import { createStoryRepository } from './story-repository';

let clock: number;
const opened: HindsightDatabase[] = [];

function open(name = `practice-${crypto.randomUUID()}`) {
  const db = openDatabase(name);
  opened.push(db);
  const now = () => new Date((clock += 1000));
  return {
    db,
    entries: createEntryRepository(db, { now }),
    stories: createStoryRepository(db, { now }),
    runs: createPracticeRunRepository(db, { now }),
    backups: createBackupRepository(db, { now }),
    drafts: createDraftRepository(db),
  };
}

let journal: ReturnType<typeof open>;

beforeEach(() => {
  clock = Date.parse('2026-06-01T09:00:00.000Z');
  journal = open();
});

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function storyIn({ entries, stories }: ReturnType<typeof open>, title = 'Missed launch') {
  const entry = await entries.create({
    title,
    occurredOn: '2026-05-01',
    type: 'judgment',
    whatHappened: 'It slipped.',
  });
  return stories.promote([entry.id]);
}

const at = (iso: string) => new Date(iso);

describe('practice run repository', () => {
  it('logs runs and lists a story’s own, newest first, with how often and how lately each story was practised', async () => {
    const story = await storyIn(journal);
    const other = await storyIn(journal, 'Wrong hire');
    await journal.runs.add(story.id, at('2026-06-01T08:00:00.000Z'), { durationSeconds: 95, rating: 'rough' });
    const latest = await journal.runs.add(story.id, at('2026-06-03T08:00:00.000Z'), {
      durationSeconds: 130,
      rating: 'natural',
      notes: 'Land the lesson sooner.',
    });
    await journal.runs.add(story.id, at('2026-06-02T08:00:00.000Z'), { durationSeconds: 160, rating: 'getting-there' });

    expect(latest).toMatchObject({
      storyId: story.id,
      practisedAt: '2026-06-03T08:00:00.000Z',
      notes: 'Land the lesson sooner.',
    });
    expect(latest.createdAt).toBe(latest.updatedAt);
    const listed = await journal.runs.listForStory(story.id);
    expect(listed.map((run) => run.durationSeconds)).toEqual([130, 160, 95]);
    expect(await journal.runs.listForStory(other.id)).toEqual([]);
    const summaries = await journal.runs.summaries([story.id, other.id]);
    expect(summaries.get(story.id)).toEqual({ runs: 3, lastPractisedAt: '2026-06-03T08:00:00.000Z' });
    expect(summaries.get(other.id)).toEqual({ runs: 0, lastPractisedAt: null });
  });

  it('refuses a run the schema refuses, or for a story that is gone or in the Trash, and writes nothing', async () => {
    const story = await storyIn(journal);
    const when = at('2026-06-01T08:00:00.000Z');
    await expect(journal.runs.add(story.id, when, { durationSeconds: 0, rating: 'rough' })).rejects.toMatchObject({
      fieldErrors: { durationSeconds: 'A run lasts at least a second.' },
    });
    await expect(journal.runs.add('missing', when, { durationSeconds: 90, rating: 'rough' })).rejects.toBeInstanceOf(
      MissingRecordError,
    );
    await journal.stories.trash(story.id);
    await expect(journal.runs.add(story.id, when, { durationSeconds: 90, rating: 'rough' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await journal.db.practiceRuns.count()).toBe(0);
  });

  it('deletes a run, and puts it back as it was (Undo)', async () => {
    const story = await storyIn(journal);
    const run = await journal.runs.add(story.id, at('2026-06-01T08:00:00.000Z'), {
      durationSeconds: 101,
      rating: 'natural',
      notes: 'Keep the pause.',
    });
    await journal.runs.delete(run.id);
    expect(await journal.runs.listForStory(story.id)).toEqual([]);
    await journal.runs.restore(run);
    expect(await journal.runs.listForStory(story.id)).toEqual([run]);
  });

  it('deleting a story for good deletes its runs and its unsaved run, and leaves other stories’ runs', async () => {
    const story = await storyIn(journal);
    const other = await storyIn(journal, 'Wrong hire');
    const word = 'quillfeather';
    await journal.runs.add(story.id, at('2026-06-01T08:00:00.000Z'), {
      durationSeconds: 101,
      rating: 'natural',
      notes: `Say ${word} slower.`,
    });
    await journal.drafts.save(practiceDraftId(story.id), { notes: `Unsaved: ${word}.` });
    const kept = await journal.runs.add(other.id, at('2026-06-01T09:00:00.000Z'), {
      durationSeconds: 99,
      rating: 'rough',
    });

    await journal.stories.trash(story.id);
    await journal.stories.purge(story.id);

    const everything = await Promise.all(journal.db.tables.map((table) => table.toArray()));
    expect(JSON.stringify(everything)).not.toContain(word);
    expect((await journal.backups.exportBackupText()).text).not.toContain(word);
    expect(await journal.db.practiceRuns.toArray()).toEqual([kept]);
  });
});

describe('practice runs in backups', () => {
  it('come back with an import, and an older backup without them still imports', async () => {
    const story = await storyIn(journal);
    const run = await journal.runs.add(story.id, at('2026-06-01T08:00:00.000Z'), {
      durationSeconds: 120,
      rating: 'getting-there',
      notes: 'Shorter opening.',
    });
    const parsed = parseBackup((await journal.backups.exportBackupText()).text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.practiceRuns).toEqual([run]);

    const fresh = open();
    expect((await fresh.backups.planImport(parsed.backup)).added).toMatchObject({ practiceRuns: 1 });
    await fresh.backups.applyImport(parsed.backup, 'keep-newer');
    expect(await fresh.runs.listForStory(story.id)).toEqual([run]);

    const { practiceRuns: _runs, ...older } = JSON.parse((await journal.backups.exportBackupText()).text) as Record<
      string,
      unknown
    >;
    const old = parseBackup(JSON.stringify({ ...older, version: 1 }));
    expect(old.ok && old.backup.practiceRuns).toEqual([]);
  });

  it('"Keep both": the runs of the backup’s copy of a story belong to the copy', async () => {
    const story = await storyIn(journal);
    const other = open();
    const first = parseBackup((await journal.backups.exportBackupText()).text);
    if (!first.ok) throw new Error(first.error);
    await other.backups.applyImport(first.backup, 'keep-newer');
    // Both devices go on: this one edits and rehearses the story, the other edits it too.
    await journal.stories.update(story.id, { whatILearned: 'Rehearsed on this device.' });
    const run = await journal.runs.add(story.id, at('2026-06-02T08:00:00.000Z'), {
      durationSeconds: 111,
      rating: 'rough',
    });
    await other.stories.update(story.id, { whatILearned: 'Edited on the other device.' });

    const second = parseBackup((await journal.backups.exportBackupText()).text);
    if (!second.ok) throw new Error(second.error);
    await other.backups.applyImport(second.backup, 'keep-both');

    const copy = (await other.db.stories.toArray()).find((kept) => kept.id !== story.id)!;
    expect(copy.whatILearned).toBe('Rehearsed on this device.');
    expect(await other.runs.listForStory(copy.id)).toEqual([{ ...run, storyId: copy.id }]);
    expect(await other.runs.listForStory(story.id)).toEqual([]);
  });
});
