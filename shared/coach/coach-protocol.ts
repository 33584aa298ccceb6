// Messages between the page and the coach's worker. Both sides parse what they receive.
import { z } from 'zod';
import { CoachReviewSchema, StoryTextSchema } from './review-schema';

/** Review these stories (one for the editor, several for the story list). */
export const CoachRequestSchema = z.object({ id: z.int(), stories: z.array(StoryTextSchema).max(500) }).strict();
export type CoachRequest = z.input<typeof CoachRequestSchema>;

export const CoachResponseSchema = z.union([
  z.object({ id: z.int(), reviews: z.array(CoachReviewSchema) }).strict(),
  z.object({ id: z.int(), error: z.string() }).strict(),
]);
export type CoachResponse = z.infer<typeof CoachResponseSchema>;
