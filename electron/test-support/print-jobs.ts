import type { PrintJob } from '../../shared/print-job';
import type { PrintRequestInput } from '../../shared/print-request';
import { PrintRequestSchema } from '../../shared/print-request';
import { StorySchema, type Story } from '../../shared/story';

/** A valid story with this id, for print jobs in tests. */
export function storyWithId(id: string, title = 'A story'): Story {
  return StorySchema.parse({
    id,
    title,
    entryIds: ['e-1'],
    whatHappened: 'The migration dropped rows.',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    deletedAt: null,
  });
}

/** The job for a request: its stories, in its order. */
export function jobFor(request: PrintRequestInput): PrintJob {
  const parsed = PrintRequestSchema.parse(request);
  return { request: parsed, stories: parsed.storyIds.map((id) => storyWithId(id)) };
}
