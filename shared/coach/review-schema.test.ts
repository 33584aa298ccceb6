import { describe, expect, it } from 'vitest';
import { CoachReviewSchema, FindingKindSchema, StoryTextSchema, checklistIds } from './review-schema';
import { reviewStory } from './review-story';

describe('StoryTextSchema', () => {
  it('treats missing parts as empty and strips unknown fields', () => {
    const parsed = StoryTextSchema.parse({ whatHappened: 'x', id: 'abc', entryIds: ['1'], status: 'draft' });
    expect(parsed).toEqual({
      whatHappened: 'x',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    });
  });

  it('rejects a part that is present but not a string, naming the part', () => {
    const result = StoryTextSchema.safeParse({ whatHappened: 'x', whatIDid: 42 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['whatIDid']);
    expect(StoryTextSchema.safeParse({ whyItHappened: null }).success).toBe(false);
  });

  it('keeps an optional title', () => {
    expect(StoryTextSchema.parse({ title: 'Launch' }).title).toBe('Launch');
  });
});

describe('FindingKindSchema', () => {
  it('has exactly the sixteen contract kinds', () => {
    expect(FindingKindSchema.options).toHaveLength(16);
    expect(FindingKindSchema.options).toContain('no-role-connection');
  });
});

describe('CoachReviewSchema', () => {
  it('accepts what reviewStory returns, for empty and full stories', () => {
    expect(() => CoachReviewSchema.parse(reviewStory({}))).not.toThrow();
    const review = reviewStory({
      whatHappened: 'Things went wrong.',
      whyItHappened: 'QA didn’t catch it.',
      whatIDid: 'It got fixed.',
      whatILearned: 'Be more careful.',
    });
    expect(() => CoachReviewSchema.parse(review)).not.toThrow();
    expect(review.checklist.map((c) => c.id)).toEqual([...checklistIds]);
  });
});
