// The page's side of the coach: starts its worker on first use and asks it for reviews.
// Reviews are answered in the order asked; the editor asks once typing pauses and keeps only
// the newest answer (use-coach-review.ts).
import { CoachResponseSchema, type CoachRequest } from '../../shared/coach/coach-protocol';
import { useEffect } from 'react';
import type { CoachReview, StoryTextInput } from '../../shared/coach/review-schema';

export interface CoachWorkerLike {
  postMessage(message: CoachRequest): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve: (reviews: CoachReview[]) => void;
  reject: (error: Error) => void;
}

export function createCoachClient(createWorker: () => CoachWorkerLike) {
  let worker: CoachWorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };

  const start = (): CoachWorkerLike => {
    if (worker) return worker;
    const started = createWorker();
    started.onmessage = (event) => {
      const parsed = CoachResponseSchema.safeParse(event.data);
      if (!parsed.success) return;
      const waiting = pending.get(parsed.data.id);
      if (!waiting) return;
      pending.delete(parsed.data.id);
      if ('error' in parsed.data) waiting.reject(new Error(parsed.data.error));
      else waiting.resolve(parsed.data.reviews);
    };
    started.onerror = () => failAll('The coach could not start.');
    worker = started;
    return started;
  };

  return {
    /** Loads the coach's code now (opening a story does, so the first review is quick). */
    warmUp(): void {
      start();
    },

    /** Reviews of `stories`, in order. */
    review(stories: readonly StoryTextInput[]): Promise<CoachReview[]> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        start().postMessage({ id, stories: [...stories] });
      });
    },
  };
}

export type CoachClient = ReturnType<typeof createCoachClient>;

/** The app's one coach client; its worker starts when a story is first opened. */
export const coachClient = createCoachClient(
  () => new Worker(new URL('./coach-worker.ts', import.meta.url), { type: 'module', name: 'hindsight-coach' }),
);

/**
 * Starts the coach's worker once the page is idle: where a story is likely to be opened next
 * (a setback's page, with "Promote to story"), so its first review does not wait for the model.
 */
export function useCoachWarmUp(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => coachClient.warmUp(), { timeout: 2000 });
    return () => cancel(handle);
  }, []);
}
