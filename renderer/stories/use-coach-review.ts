import { useEffect, useRef, useState } from 'react';
import type { CoachReview, StoryTextInput } from '../../shared/coach/review-schema';
import { coachClient } from './coach-client';

/** Typing settles this long before the coach reads the story again… */
const SETTLE_MS = 150;
/** …and someone who never pauses still gets a fresh review this often. */
const MAX_STALE_MS = 700;

export interface CoachReading {
  /** The newest review (undefined until the first arrives). */
  review: CoachReview | undefined;
  /** The text that review read: a part typed since keeps its highlights hidden until read again. */
  reviewed: StoryTextInput;
  /** The review shown is of older text than the editor holds. */
  stale: boolean;
  /** Why the coach could not read the story, if it could not. */
  error: string | null;
}

/**
 * The coach's review of a story, read in its worker off the typing path: at once when the
 * story opens, then once typing pauses. Answers to older text are dropped.
 */
export function useCoachReview(story: StoryTextInput): CoachReading {
  const { whatHappened = '', whyItHappened = '', whatIDid = '', whatILearned = '', roleConnection = '' } = story;
  const [reading, setReading] = useState<Omit<CoachReading, 'stale'>>({ review: undefined, reviewed: {}, error: null });
  const asked = useRef(0);
  const staleSince = useRef<number | null>(null);

  useEffect(() => {
    const now = performance.now();
    const first = asked.current === 0;
    staleSince.current ??= now;
    const wait = first ? 0 : Math.max(0, Math.min(SETTLE_MS, staleSince.current + MAX_STALE_MS - now));
    const timer = window.setTimeout(() => {
      const id = ++asked.current;
      staleSince.current = null;
      const reviewed = { whatHappened, whyItHappened, whatIDid, whatILearned, roleConnection };
      coachClient
        .review([reviewed])
        .then(([review]) => {
          if (id === asked.current) setReading({ review, reviewed, error: null });
        })
        .catch((error: unknown) => {
          if (id === asked.current)
            setReading((current) => ({ ...current, error: error instanceof Error ? error.message : String(error) }));
        });
    }, wait);
    return () => window.clearTimeout(timer);
  }, [whatHappened, whyItHappened, whatIDid, whatILearned, roleConnection]);

  const { reviewed } = reading;
  const stale =
    reviewed.whatHappened !== whatHappened ||
    reviewed.whyItHappened !== whyItHappened ||
    reviewed.whatIDid !== whatIDid ||
    reviewed.whatILearned !== whatILearned ||
    reviewed.roleConnection !== roleConnection;
  return { ...reading, stale };
}

/** Reviews of several stories (the story list's readiness); undefined until they arrive. */
export function useCoachReviews(stories: readonly StoryTextInput[] | undefined): CoachReview[] | undefined {
  const [reviews, setReviews] = useState<CoachReview[] | undefined>(undefined);
  const key = stories
    ?.map((s) => [s.whatHappened, s.whyItHappened, s.whatIDid, s.whatILearned, s.roleConnection].join('\u0000'))
    .join('\u0001');
  useEffect(() => {
    if (!stories) return;
    let current = true;
    coachClient.review(stories).then(
      (answer) => current && setReviews(answer),
      () => current && setReviews([]),
    );
    return () => {
      current = false;
    };
    // `key` stands for the stories' text: a new array of the same stories asks nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return reviews;
}
