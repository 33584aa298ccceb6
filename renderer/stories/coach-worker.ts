/// <reference lib="webworker" />
// The coach's worker: reading a story (the NLP model and the rules) runs here, so typing
// never waits for a review, and the model loads without holding the page.
import '../app/jitless-zod';
import { CoachRequestSchema, type CoachResponse } from '../../shared/coach/coach-protocol';
import { reviewStory } from '../../shared/coach/review-story';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = CoachRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const { id, stories } = parsed.data;
  let response: CoachResponse;
  try {
    response = { id, reviews: stories.map((story) => reviewStory(story)) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
