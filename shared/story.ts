import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { StoryPartSchema } from './story-parts';
import { longText, storedRecordShape } from './text-fields';

export const storyStatuses = ['draft', 'ready'] as const;
export const StoryStatusSchema = z.enum(storyStatuses);
export type StoryStatus = z.infer<typeof StoryStatusSchema>;
export const storyStatusLabels: Record<StoryStatus, string> = { draft: 'Draft', ready: 'Ready' };

export const MAX_FOLLOW_UPS = 20;

export const FollowUpSchema = z.object({
  question: z
    .string()
    .trim()
    .min(1, 'Write the question, or remove it.')
    .max(500, 'Keep the question under 500 characters.'),
  answer: longText('The answer').default(''),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** The follow-ups interviewers most often ask after a failure story. */
export const standardFollowUps: readonly FollowUp[] = [
  { question: 'Have you learned enough not to repeat this?', answer: '' },
  { question: 'How often do you fail?', answer: '' },
  { question: 'How did your team react?', answer: '' },
];

export const MAX_KEY_PHRASES = 40;

/** A phrase the person marked in a part, for the cue card. */
export const KeyPhraseSchema = z
  .object({ part: StoryPartSchema, text: z.string().trim().min(1).max(300, 'Keep a key phrase under 300 characters.') })
  .strict();
export type KeyPhrase = z.infer<typeof KeyPhraseSchema>;

/** Everything the person writes in a story: the five parts, the follow-ups and the target. */
export const StoryFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the story a title, so you can find it before the interview.')
    .max(200, 'Keep the title under 200 characters.'),
  entryIds: z.array(RecordIdSchema).min(1, 'A story grows from at least one setback.').max(50),
  whatHappened: longText('What happened').default(''),
  whyItHappened: longText('Why it happened').default(''),
  whatIDid: longText('What I did').default(''),
  whatILearned: longText('What I learned').default(''),
  roleConnection: longText('Connection to the role').default(''),
  followUps: z
    .array(FollowUpSchema)
    .max(MAX_FOLLOW_UPS, `Keep at most ${MAX_FOLLOW_UPS} follow-up questions.`)
    .default(() => [...standardFollowUps]),
  targetRole: z.string().trim().max(200, 'Keep the role under 200 characters.').default(''),
  targetCompany: z.string().trim().max(200, 'Keep the company under 200 characters.').default(''),
  status: StoryStatusSchema.default('draft'),
  /** Optional so stories saved before cue cards existed stay valid without a migration. */
  keyPhrases: z.array(KeyPhraseSchema).max(MAX_KEY_PHRASES, `Mark at most ${MAX_KEY_PHRASES} key phrases.`).optional(),
});
export type StoryFields = z.infer<typeof StoryFieldsSchema>;
export type StoryFieldsInput = z.input<typeof StoryFieldsSchema>;

/** A story as stored. `deletedAt` set = in the Trash. */
export const StorySchema = StoryFieldsSchema.extend(storedRecordShape).strict();
export type Story = z.infer<typeof StorySchema>;
