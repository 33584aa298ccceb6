import { describe, expect, it } from 'vitest';
import { countWords, reviewStory } from './review-story';
import type { StoryTextInput } from './review-schema';
import { strongStoryCases } from './eval/story-cases-strong';
import { isPartCase } from './eval/eval-case';

/** A ~400-word story: two strong eval stories told as one. */
function normalStory(): StoryTextInput {
  const [a, b] = strongStoryCases;
  if (a === undefined || b === undefined || isPartCase(a) || isPartCase(b)) throw new Error('expected story cases');
  const join = (x: string | undefined, y: string | undefined): string => `${x ?? ''} ${y ?? ''}`;
  return {
    whatHappened: join(a.story.whatHappened, b.story.whatHappened),
    whyItHappened: join(a.story.whyItHappened, b.story.whyItHappened),
    whatIDid: join(a.story.whatIDid, b.story.whatIDid),
    whatILearned: join(a.story.whatILearned, b.story.whatILearned),
    roleConnection: a.story.roleConnection ?? '',
  };
}

// Text shaped to provoke backtracking: long runs without sentence breaks, repeated
// actors and negations, and no punctuation at all.
function adversarial(length: number): StoryTextInput {
  const unit = "the team the vendor didnt didn't never I I I was was ";
  const noBreaks = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const dots = 'a.'.repeat(length / 2);
  return {
    whatHappened: noBreaks,
    whyItHappened: dots,
    whatIDid: 'x'.repeat(length),
    whatILearned: ' '.repeat(length),
  };
}

// How fast the coach reads is measured by `npm run bench` (coach_review_ms, the 50,000-
// character figures), never asserted here: timings on shared machines say little. These
// tests only check that long and hostile input is read to the end, with findings.
describe('reviewStory on long and hostile input', () => {
  it('reads a normal story and a 50,000-character one to the end', () => {
    const normal = normalStory();
    const words = countWords(Object.values(normal).join(' '));
    expect(words).toBeGreaterThan(350);
    expect(words).toBeLessThan(600);
    const big: StoryTextInput = {
      whatHappened: (normal.whatHappened ?? '').repeat(60).slice(0, 12_500),
      whyItHappened: (normal.whyItHappened ?? '').repeat(60).slice(0, 12_500),
      whatIDid: (normal.whatIDid ?? '').repeat(60).slice(0, 12_500),
      whatILearned: (normal.whatILearned ?? '').repeat(60).slice(0, 12_500),
    };
    const onePart: StoryTextInput = { ...normal, whatHappened: Object.values(big).join(' ').slice(0, 50_000) };
    for (const story of [normal, big, onePart]) expect(reviewStory(story).scorecard).toBeDefined();
  });

  // A catastrophic backtrack would not finish: the test's own time limit is the guard.
  it('does not backtrack catastrophically on hostile input', { timeout: 60_000 }, () => {
    for (const length of [5_000, 50_000]) expect(reviewStory(adversarial(length)).findings.length).toBeGreaterThan(0);
  });
});
