import { z } from 'zod';
import { MAX_PACK_STORIES, PrintRequestSchema } from './print-request';
import { StorySchema } from './story';

/**
 * What a print view prints, handed to it whole: the desktop's hidden print window opens
 * no database and runs none of the app's services, it renders these stories and nothing
 * else. Browser mode has no such hand-over; its print view reads the journal.
 */
export const PrintJobSchema = z
  .object({
    request: PrintRequestSchema,
    stories: z.array(StorySchema).min(1).max(MAX_PACK_STORIES),
  })
  .strict()
  .refine(
    ({ request, stories }) =>
      stories.length === request.storyIds.length && stories.every((story, at) => story.id === request.storyIds[at]),
    'The stories must be the ones the request names, in its order.',
  );
export type PrintJob = z.infer<typeof PrintJobSchema>;
export type PrintJobInput = z.input<typeof PrintJobSchema>;

/** The print view's query parameter that names a handed job. */
export const PRINT_JOB_PARAM = 'job';
/** A job's one-time name: 128 random bits, in hex. */
export const PRINT_JOB_TOKEN = /^[0-9a-f]{32}$/;
/** Where in the app:// origin the print view fetches its job, once. */
export const PRINT_JOB_PATH_PREFIX = '/print-job/';
