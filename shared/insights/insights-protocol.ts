// Messages between the Insights page and its worker. Both sides parse what they receive.
import { z } from 'zod';
import { InsightsReportSchema } from './insights-report';

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the page asks for: the figures for `today`, naming up to `lessonLimit` lessons. */
const AskSchema = { today: IsoDaySchema, lessonLimit: z.number().int().positive().max(10_000) };

export const InsightsRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      databaseName: z.string().min(1),
      /** With the lock on: the data key the journal's rows are sealed with. */
      dataKey: z.instanceof(Uint8Array).optional(),
      ...AskSchema,
    })
    .strict(),
  /** The journal changed (its changes are noted in the cache), or more lessons are wanted. */
  z.object({ type: z.literal('refresh'), ...AskSchema }).strict(),
  /** The page is gone: finish what is under way (storing the cache), then stop. */
  z.object({ type: z.literal('close') }).strict(),
]);
export type InsightsRequest = z.infer<typeof InsightsRequestSchema>;

export const InsightsResponseSchema = z.discriminatedUnion('type', [
  /** Reading the whole journal (no cache yet, or after an import): how far it has got. */
  z
    .object({
      type: z.literal('progress'),
      read: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ type: z.literal('report'), report: InsightsReportSchema }).strict(),
  z.object({ type: z.literal('error'), message: z.string() }).strict(),
]);
export type InsightsResponse = z.infer<typeof InsightsResponseSchema>;
