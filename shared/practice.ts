import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { IsoDateTimeSchema, longText } from './text-fields';

/** How natural a run felt, in the person's own judgement: three plain steps, no score. */
export const practiceRatings = ['rough', 'getting-there', 'natural'] as const;
export const PracticeRatingSchema = z.enum(practiceRatings, { error: 'Say how natural it felt.' });
export type PracticeRating = z.infer<typeof PracticeRatingSchema>;

export const practiceRatingLabels: Record<PracticeRating, string> = {
  rough: 'Still rough',
  'getting-there': 'Getting there',
  natural: 'Felt natural',
};

/** Longest run the log keeps: a two-minute story timed past an hour is a timer left running. */
export const MAX_RUN_SECONDS = 60 * 60;

/** What the person says about one run, after stopping the timer. */
export const PracticeRunFieldsSchema = z.object({
  durationSeconds: z
    .int('Write how long it took as minutes and seconds, like 1:45.')
    .min(1, 'A run lasts at least a second.')
    .max(MAX_RUN_SECONDS, 'Keep a run under an hour: the timer may have been left running.'),
  rating: PracticeRatingSchema,
  notes: longText('What to fix next time').default(''),
});
export type PracticeRunFields = z.infer<typeof PracticeRunFieldsSchema>;
export type PracticeRunFieldsInput = z.input<typeof PracticeRunFieldsSchema>;

/**
 * One rehearsal of a story, as stored. Written once and never edited: a run is deleted, not
 * changed, so `updatedAt` stays its `createdAt` (kept for the shape every record shares).
 */
export const PracticeRunSchema = PracticeRunFieldsSchema.extend({
  id: RecordIdSchema,
  storyId: RecordIdSchema,
  /** When the run started. */
  practisedAt: IsoDateTimeSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
}).strict();
export type PracticeRun = z.infer<typeof PracticeRunSchema>;

/**
 * The id of the stored draft of a run not yet saved (see the drafts table): deleting the
 * story for good deletes it too, since it holds the person's notes.
 */
export function practiceDraftId(storyId: string): string {
  return `practice-${storyId}`;
}
