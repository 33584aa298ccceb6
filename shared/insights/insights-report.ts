// What the insights worker sends the page: figures only, plus the words of the few
// setbacks shown. Parsed on arrival like every message from a worker.
import { z } from 'zod';
import { EntryTypeSchema } from '../entry';

const count = z.number().int().nonnegative();
const SetbackLinkSchema = z.object({ id: z.string(), title: z.string(), occurredOn: z.string() }).strict();
export type SetbackLink = z.infer<typeof SetbackLinkSchema>;

export const MonthRowSchema = z
  .object({ month: z.string().regex(/^\d{4}-\d{2}$/), technical: count, judgment: count, strategic: count })
  .strict();
export type MonthRow = z.infer<typeof MonthRowSchema>;

export const InsightsReportSchema = z
  .object({
    /** Setbacks not in the Trash. */
    setbacks: count,
    stories: count,
    months: z.array(MonthRowSchema).max(12),
    /** Setbacks outside the months shown. */
    beforeMonths: count,
    topTags: z.array(z.object({ tag: z.string(), count }).strict()).max(10),
    // Two tags (an array of two: a tuple schema would add zod code to the start-up bundle).
    tagPairs: z.array(z.object({ tags: z.array(z.string()).length(2), count }).strict()).max(10),
    reflection: z
      .object({
        reflected: count,
        /** Median of createdAt → updatedAt over reflected setbacks, in ms; null with none. */
        medianToReflectMs: z.number().nonnegative().nullable(),
      })
      .strict(),
    causes: z
      .array(z.object({ words: z.string(), count, examples: z.array(SetbackLinkSchema).max(3) }).strict())
      .max(6),
    tagsByType: z.array(z.object({ tag: z.string(), type: EntryTypeSchema, count, ofType: count }).strict()).max(4),
    coverage: z
      .array(
        z
          .object({
            id: z.string(),
            question: z.string(),
            stories: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
            suggestions: z.array(SetbackLinkSchema).max(3),
          })
          .strict(),
      )
      .max(12),
    lessons: z
      .object({
        total: count,
        items: z.array(SetbackLinkSchema.extend({ text: z.string() }).strict()),
      })
      .strict(),
  })
  .strict();
export type InsightsReport = z.infer<typeof InsightsReportSchema>;
