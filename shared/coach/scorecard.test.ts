import { describe, expect, it } from 'vitest';
import type { StoryTextInput } from './review-schema';
import { reviewStory } from './review-story';
import { strongStoryCases } from './eval/story-cases-strong';
import { isPartCase } from './eval/eval-case';

function story(id: string): StoryTextInput {
  const c = strongStoryCases.find((x) => x.id === id);
  if (c === undefined || isPartCase(c)) throw new Error(`no story ${id}`);
  return c.story;
}

const blaming: StoryTextInput = {
  whatHappened: 'Our spring campaign underperformed.',
  whyItHappened: 'The agency didn’t deliver the creative on time. It wasn’t my call.',
  whatIDid: 'It was handled in the end.',
  whatILearned: 'I learned the importance of communication.',
};

describe('scorecard', () => {
  it('rates a well-told story strong on all five', () => {
    const { scorecard } = reviewStory(story('strong-teacher-moderation'));
    for (const [key, s] of Object.entries(scorecard)) expect(s.level, key).toBe('strong');
  });

  it('marks down blame, slogans and a passive recovery, with reasons to act on', () => {
    const { scorecard } = reviewStory(blaming);
    expect(scorecard.accountability.level).not.toBe('strong');
    expect(scorecard.accountability.reason).toMatch(/others|excuse/i);
    expect(scorecard.learning.reason).toMatch(/slogan/i);
    expect(scorecard.trust.reason).toMatch(/actor|told/i);
    expect(scorecard.accountability.score).toBeLessThan(
      reviewStory(story('strong-teacher-moderation')).scorecard.accountability.score,
    );
  });

  it('rewards change evidence in learning and transparency in trust', () => {
    const base: StoryTextInput = { ...story('strong-teacher-moderation') };
    const withoutChange = { ...base, whatILearned: 'Dates other people set have to be checked at the source.' };
    expect(reviewStory(base).scorecard.learning.score).toBeGreaterThan(
      reviewStory(withoutChange).scorecard.learning.score,
    );
    const quietRecovery = { ...base, whatIDid: 'I ran two after-school sessions so students could finish early.' };
    expect(reviewStory(base).scorecard.trust.score).toBeGreaterThan(reviewStory(quietRecovery).scorecard.trust.score);
  });

  it('sinks judgment and trust for an unsafe failure', () => {
    const { scorecard } = reviewStory({
      ...story('strong-chef-allergen'),
      whatHappened: 'I emailed our customer list to the wrong client.',
    });
    expect(scorecard.judgment.level).not.toBe('strong');
    expect(scorecard.trust.level).not.toBe('strong');
  });

  it('keeps scores in range and says what is missing for an empty story', () => {
    const { scorecard } = reviewStory({});
    for (const s of Object.values(scorecard)) {
      expect(Number.isInteger(s.score)).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.level).toBe('missing');
      expect(s.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('checklist', () => {
  it('meets all eight takeaways for a well-told story', () => {
    const { checklist } = reviewStory(story('strong-teacher-moderation'));
    expect(checklist.filter((c) => !c.met).map((c) => c.id)).toEqual([]);
  });

  it('fails the takeaways a weak story misses', () => {
    const { checklist } = reviewStory(blaming);
    const unmet = checklist.filter((c) => !c.met).map((c) => c.id);
    expect(unmet).toEqual(
      expect.arrayContaining([
        'specific',
        'ownership',
        'action-in-moment',
        'concrete-learning',
        'changed-since',
        'humble-confident',
      ]),
    );
  });

  it('fails real-failure for a humblebrag', () => {
    const { checklist } = reviewStory({
      ...story('strong-chef-allergen'),
      whatHappened: 'I’m a perfectionist, so I spent too long on the menu.',
    });
    expect(checklist.find((c) => c.id === 'real-failure')?.met).toBe(false);
  });
});
