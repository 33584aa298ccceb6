import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { IsoDateTimeSchema, longText } from './text-fields';

/** Days after "What I changed since" is first written that the setback asks whether it stuck. */
export const recheckDays = [30, 90] as const;
export const RecheckDaySchema = z.union([z.literal(30), z.literal(90)]);
export type RecheckDay = z.infer<typeof RecheckDaySchema>;

export const stillDoingChoices = ['yes', 'partly', 'no'] as const;
export const StillDoingSchema = z.enum(stillDoingChoices, {
  error: 'Say whether you still do it: yes, partly or no.',
});
export type StillDoing = z.infer<typeof StillDoingSchema>;

export const MAX_HOW_OFTEN_LENGTH = 200;

/** What a person answers at a check-in. */
export const RecheckAnswerSchema = z.object({
  stillDoing: StillDoingSchema,
  howOften: z
    .string()
    .trim()
    .max(MAX_HOW_OFTEN_LENGTH, `Keep "How often?" under ${MAX_HOW_OFTEN_LENGTH} characters.`)
    .default(''),
  whereUsed: longText('Where did you use it?').trim().default(''),
});
export type RecheckAnswer = z.infer<typeof RecheckAnswerSchema>;
export type RecheckAnswerInput = z.input<typeof RecheckAnswerSchema>;

/**
 * One answered check-in on a setback's change, kept with its dates: which check it answers
 * (30 or 90 days), the moment that check fell due, and when it was answered. Written once.
 */
export const RecheckSchema = RecheckAnswerSchema.extend({
  id: RecordIdSchema,
  entryId: RecordIdSchema,
  check: RecheckDaySchema,
  dueAt: IsoDateTimeSchema,
  answeredAt: IsoDateTimeSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
}).strict();
export type Recheck = z.infer<typeof RecheckSchema>;
