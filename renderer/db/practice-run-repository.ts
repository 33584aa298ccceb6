import {
  PracticeRunFieldsSchema,
  PracticeRunSchema,
  type PracticeRun,
  type PracticeRunFieldsInput,
} from '../../shared/practice';
import type { PracticeSummary } from '../../shared/practice-readiness';
import type { HindsightDatabase } from './database';
import { clockOf, validOrThrow, type RepositoryOptions } from './record-changes';
import { MissingRecordError, ValidationError } from './storage-errors';

/**
 * The practice log: one row per rehearsal of a story. Runs are written once and deleted,
 * never edited; every write is validated with the shared schema.
 */
export function createPracticeRunRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);
  const runsOf = (storyId: string) =>
    db.practiceRuns.where('[storyId+practisedAt]').between([storyId, ''], [storyId, '\uffff']);

  /** Refuses a run for a story that is gone or in the Trash. */
  async function assertPractisable(storyId: string): Promise<void> {
    const story = await db.stories.get(storyId);
    if (!story) throw new MissingRecordError('This story');
    if (story.deletedAt !== null)
      throw new ValidationError({ form: 'This story is in the Trash: restore it to log a practice run.' });
  }

  return {
    /** Logs a run of a story that began at `practisedAt` (a moment; stored in UTC). */
    add(storyId: string, practisedAt: Date, fields: PracticeRunFieldsInput): Promise<PracticeRun> {
      return db.transaction('rw', db.stories, db.practiceRuns, async () => {
        const checked = validOrThrow(PracticeRunFieldsSchema, fields);
        await assertPractisable(storyId);
        const stamp = now();
        const run = validOrThrow(PracticeRunSchema, {
          ...checked,
          id: newId(),
          storyId,
          practisedAt: practisedAt.toISOString(),
          createdAt: stamp,
          updatedAt: stamp,
        });
        await db.practiceRuns.add(run);
        return run;
      });
    },

    /** Deletes one run (the page offers Undo, which puts it back with `restore`). */
    async delete(id: string): Promise<void> {
      await db.practiceRuns.delete(id);
    },

    /** Puts back a run just deleted, as it was, while its story is still there. */
    restore(run: PracticeRun): Promise<PracticeRun> {
      return db.transaction('rw', db.stories, db.practiceRuns, async () => {
        const valid = validOrThrow(PracticeRunSchema, run);
        await assertPractisable(valid.storyId);
        await db.practiceRuns.put(valid);
        return valid;
      });
    },

    /** A story's runs, newest first. */
    listForStory(storyId: string): Promise<PracticeRun[]> {
      return runsOf(storyId).reverse().toArray();
    },

    /**
     * How often and how lately each story was practised: a count and one row per story, by
     * the index (the app stamps runs in UTC, so their text sorts as their moments do).
     */
    async summaries(storyIds: readonly string[]): Promise<Map<string, PracticeSummary>> {
      return db.transaction('r', db.practiceRuns, async () => {
        const entries = await Promise.all(
          storyIds.map(async (storyId): Promise<[string, PracticeSummary]> => {
            const [runs, latest] = await Promise.all([runsOf(storyId).count(), runsOf(storyId).last()]);
            return [storyId, { runs, lastPractisedAt: latest?.practisedAt ?? null }];
          }),
        );
        return new Map(entries);
      });
    },
  };
}

export type PracticeRunRepository = ReturnType<typeof createPracticeRunRepository>;
