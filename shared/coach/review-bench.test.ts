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

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

function measure(story: StoryTextInput, runs: number): { p50: number; p95: number } {
  reviewStory(story); // warm the regex caches and the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    reviewStory(story);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
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

describe('reviewStory performance', () => {
  it('reviews a normal story and a 50,000-character story quickly', () => {
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
    const small = measure(normal, 200);
    const large = measure(big, 20);
    const single = measure(onePart, 20);
    process.stderr.write(
      `reviewStory ~${words}-word story: p50 ${small.p50.toFixed(2)} ms, p95 ${small.p95.toFixed(2)} ms\n` +
        `reviewStory 50,000-char story: p50 ${large.p50.toFixed(1)} ms, p95 ${large.p95.toFixed(1)} ms\n` +
        `reviewStory 50,000 chars in one part: p50 ${single.p50.toFixed(1)} ms, p95 ${single.p95.toFixed(1)} ms\n`,
    );
    // Generous sanity bounds only; CI machines vary. The targets are 20 ms and 1 s.
    expect(small.p50).toBeLessThan(200);
    expect(large.p50).toBeLessThan(5_000);
    expect(single.p50).toBeLessThan(5_000);
  });

  it('does not backtrack catastrophically on hostile input', () => {
    for (const length of [5_000, 50_000]) {
      const t0 = performance.now();
      const review = reviewStory(adversarial(length));
      const ms = performance.now() - t0;
      process.stderr.write(`reviewStory adversarial ${length} chars per part: ${ms.toFixed(1)} ms\n`);
      expect(review.findings.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(10_000);
    }
  });
});
