import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository } from './entry-repository';
import { MissingRecordError, ValidationError } from './storage-errors';
import { createStoryRepository, type StoryRepository } from './story-repository';

let db: HindsightDatabase;
let stories: StoryRepository;
let entries: ReturnType<typeof createEntryRepository>;

beforeEach(() => {
  db = openDatabase(`stories-${crypto.randomUUID()}`);
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const now = () => new Date((clock += 1000));
  entries = createEntryRepository(db, { now });
  stories = createStoryRepository(db, { now });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const setback = (title: string) =>
  entries.create({
    title,
    occurredOn: '2026-02-01',
    type: 'judgment',
    whatHappened: `${title} happened. It cost us a week. More detail.`,
    reflection: {
      whyItHappened: 'I did not ask.',
      whatIDid: 'I asked.',
      whatILearned: 'Ask early.',
      whatIChanged: 'Weekly check-ins.',
    },
  });

describe('story repository', () => {
  it('promotes a setback into a linked draft, found from the entry', async () => {
    const entry = await setback('Wrong hire');
    const story = await stories.promote([entry.id]);
    expect(story).toMatchObject({ title: 'Wrong hire', entryIds: [entry.id], status: 'draft', deletedAt: null });
    expect(story.whatILearned).toContain('Weekly check-ins.');
    expect((await stories.listForEntry(entry.id)).map((linked) => linked.id)).toEqual([story.id]);
    expect((await stories.sourcesOf(story)).map((source) => source.title)).toEqual(['Wrong hire']);
  });

  it('refuses to promote a setback that does not exist, and writes nothing', async () => {
    await expect(stories.promote(['missing'])).rejects.toBeInstanceOf(MissingRecordError);
    await expect(stories.promote([])).rejects.toBeInstanceOf(MissingRecordError);
    expect(await db.stories.count()).toBe(0);
  });

  it('links and unlinks more setbacks, keeping at least one', async () => {
    const first = await setback('One');
    const second = await setback('Two');
    const story = await stories.promote([first.id]);
    expect((await stories.linkEntry(story.id, second.id)).entryIds).toEqual([first.id, second.id]);
    expect((await stories.linkEntry(story.id, second.id)).entryIds).toHaveLength(2);
    await expect(stories.linkEntry(story.id, 'nope')).rejects.toBeInstanceOf(MissingRecordError);
    expect((await stories.unlinkEntry(story.id, first.id)).entryIds).toEqual([second.id]);
    await expect(stories.unlinkEntry(story.id, second.id)).rejects.toBeInstanceOf(ValidationError);
  });

  it('updates parts and follow-ups with validation, and keeps working when a source is trashed', async () => {
    const entry = await setback('Launch');
    const story = await stories.promote([entry.id]);
    const updated = await stories.update(story.id, {
      roleConnection: 'Your team ships weekly; I bring a risk review.',
      followUps: [{ question: 'What would you do now?', answer: 'Escalate in week one.' }],
      status: 'ready',
    });
    expect(updated).toMatchObject({ status: 'ready', followUps: [{ question: 'What would you do now?' }] });
    await expect(stories.update(story.id, { title: ' ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(stories.update(story.id, { followUps: [{ question: '', answer: '' }] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await entries.trash(entry.id);
    const sources = await stories.sourcesOf(updated);
    expect(sources[0]?.deletedAt).not.toBeNull();
    expect((await stories.update(story.id, { whatIDid: 'Still editable.' })).whatIDid).toBe('Still editable.');
  });

  it('keeps a story written elsewhere as a revision before a save based on an older state', async () => {
    const story = await stories.promote([(await setback('Migration')).id]);
    const fromA = await stories.update(story.id, { title: 'Tab A' }, story.updatedAt);
    const fromB = await stories.update(story.id, { whatILearned: 'Written in tab B.' }, fromA.updatedAt);
    const revisionsOf = async () => (await db.revisions.toArray()).filter((r) => r.recordId === story.id);
    const before = (await revisionsOf()).length;
    await stories.update(story.id, { title: 'Tab A again' }, fromA.updatedAt);
    const kept = await revisionsOf();
    expect(kept).toHaveLength(before + 1);
    expect(kept.map((revision) => revision.snapshot)).toContainEqual(fromB);
  });

  it('trashes and restores stories; the list leaves trashed ones out', async () => {
    const story = await stories.promote([(await setback('X')).id]);
    await stories.trash(story.id);
    expect(await stories.list()).toEqual([]);
    expect((await stories.listTrash()).map((trashed) => trashed.id)).toEqual([story.id]);
    await expect(stories.update(story.id, { whatIDid: 'no' })).rejects.toThrow(/restore it/);
    await stories.restore(story.id);
    expect((await stories.list()).map((listed) => listed.id)).toEqual([story.id]);
  });
});
