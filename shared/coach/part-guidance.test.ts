import { describe, expect, it } from 'vitest';
import { storyParts } from '../story-parts';
import { storyPartGuidance } from './part-guidance';
import { PartGuidanceSchema } from './review-schema';
import { reviewStory } from './review-story';

describe('storyPartGuidance', () => {
  it('covers every part with valid guidance', () => {
    for (const part of storyParts) expect(() => PartGuidanceSchema.parse(storyPartGuidance[part])).not.toThrow();
  });

  it('practises what it preaches: the better examples pass the coach, the weak ones do not', () => {
    const better = Object.fromEntries(storyParts.map((p) => [p, storyPartGuidance[p].better]));
    expect(reviewStory(better).findings).toEqual([]);
    for (const part of ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'] as const) {
      const findings = reviewStory({ [part]: storyPartGuidance[part].weak }).findings.filter((f) => f.part === part);
      expect(findings.length, part).toBeGreaterThan(0);
    }
  });
});
