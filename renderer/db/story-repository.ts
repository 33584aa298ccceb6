import type { Entry } from '../../shared/entry';
import { practiceDraftId } from '../../shared/practice';
import { storyFromEntries } from '../../shared/promote';
import { StoryFieldsSchema, StorySchema, type Story, type StoryFieldsInput } from '../../shared/story';
import type { RevisionReason } from '../../shared/revision';
import type { HindsightDatabase } from './database';
import { createRevisionRepository } from './revision-repository';
import {
  type RepositoryOptions,
  assertNotTrashed,
  changeRecord,
  clockOf,
  listTrashed,
  validOrThrow,
} from './record-changes';
import { MissingRecordError, ValidationError } from './storage-errors';

export type StoryPatch = Partial<Omit<StoryFieldsInput, 'entryIds'>>;

/** Reads and writes interview stories; every write is validated with the shared schema. */
export function createStoryRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);
  const revisions = createRevisionRepository(db, options);
  const change = (id: string, apply: (story: Story) => Story, reason: RevisionReason = 'editing', basedOn?: string) =>
    changeRecord(db.stories, StorySchema, 'This story', id, apply, now, {
      tables: [db.revisions],
      beforeChange: (current) => revisions.snapshot('story', current, reason, basedOn),
    });

  return {
    /** Turns one or more setbacks into a new draft story, linked back to each of them. */
    promote(entryIds: readonly string[]): Promise<Story> {
      return db.transaction('rw', db.entries, db.stories, db.revisions, async () => {
        const entries = await db.entries.bulkGet([...entryIds]);
        const found = entries.filter((entry): entry is Entry => entry !== undefined);
        if (found.length !== entryIds.length || found.length === 0)
          throw new MissingRecordError('A setback for this story');
        for (const entry of found) await revisions.snapshot('entry', entry, 'before-promote');
        const stamp = now();
        const fields = validOrThrow(StoryFieldsSchema, storyFromEntries(found));
        const story = validOrThrow(StorySchema, {
          ...fields,
          id: newId(),
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
        });
        await db.stories.add(story);
        return story;
      });
    },

    /**
     * Changes some fields of a story that is not in the Trash; `basedOn` as for setbacks
     * (a newer stored story is kept as a revision first).
     */
    update(id: string, patch: StoryPatch, basedOn?: string): Promise<Story> {
      return change(
        id,
        (story) => {
          assertNotTrashed(story, 'This story');
          return { ...story, ...validOrThrow(StoryFieldsSchema, { ...story, ...patch }) };
        },
        'editing',
        basedOn,
      );
    },

    /** Adds another setback to a story's sources. */
    linkEntry(id: string, entryId: string): Promise<Story> {
      return db.transaction('rw', db.entries, db.stories, db.revisions, async () => {
        if (!(await db.entries.get(entryId))) throw new MissingRecordError('That setback');
        return change(id, (story) =>
          story.entryIds.includes(entryId) ? story : { ...story, entryIds: [...story.entryIds, entryId] },
        );
      });
    },

    /** Removes a setback from a story's sources; the last one stays. */
    unlinkEntry(id: string, entryId: string): Promise<Story> {
      return change(id, (story) => {
        const entryIds = story.entryIds.filter((linked) => linked !== entryId);
        if (entryIds.length === 0) throw new ValidationError({ entryIds: 'A story keeps at least one setback.' });
        return { ...story, entryIds };
      });
    },

    trash(id: string): Promise<Story> {
      return change(id, (story) => ({ ...story, deletedAt: story.deletedAt ?? now() }), 'before-trash');
    },

    restore(id: string): Promise<Story> {
      return change(id, (story) => ({ ...story, deletedAt: null }));
    },

    /**
     * Deletes a story for good, with its history, its practice runs and a run left unsaved;
     * only possible from the Trash. Its setbacks stay.
     */
    async purge(id: string): Promise<void> {
      await db.transaction('rw', [db.stories, db.revisions, db.practiceRuns, db.drafts], async () => {
        const story = await db.stories.get(id);
        if (!story) return;
        if (story.deletedAt === null)
          throw new ValidationError({ form: 'Move a story to the Trash before deleting it for good.' });
        await revisions.forget('story', id);
        await db.practiceRuns.where('[storyId+practisedAt]').between([id, ''], [id, '\uffff']).delete();
        await db.drafts.delete(practiceDraftId(id));
        await db.stories.delete(id);
      });
    },

    get(id: string): Promise<Story | undefined> {
      return db.stories.get(id);
    },

    /** Stories not in the Trash, most recently edited first. */
    async list(): Promise<Story[]> {
      const stories = await db.stories.orderBy('updatedAt').reverse().toArray();
      return stories.filter((story) => story.deletedAt === null);
    },

    listTrash(): Promise<Story[]> {
      return listTrashed(db.stories);
    },

    /** Stories (not in the Trash) that a setback fed. */
    async listForEntry(entryId: string): Promise<Story[]> {
      const stories = await db.stories.where('entryIds').equals(entryId).toArray();
      return stories.filter((story) => story.deletedAt === null);
    },

    /** The source setbacks of a story, in its order; trashed ones included, missing ones left out. */
    async sourcesOf(story: Story): Promise<Entry[]> {
      const entries = await db.entries.bulkGet(story.entryIds);
      return entries.filter((entry): entry is Entry => entry !== undefined);
    },
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;
