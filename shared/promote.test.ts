import { describe, expect, it } from 'vitest';
import { EntryFieldsSchema, type Entry } from './entry';
import { firstSentences, storyFromEntries } from './promote';
import { StoryFieldsSchema } from './story';

function entry(id: string, overrides: Partial<Entry> = {}): Entry {
  return {
    ...EntryFieldsSchema.parse({ title: `Setback ${id}`, occurredOn: '2026-01-05', type: 'technical' }),
    id,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

describe('firstSentences', () => {
  it('keeps the first sentences, with their punctuation and closing quotes', () => {
    expect(firstSentences('We shipped late. It cost 40%! Then “it got worse.” And more.', 2)).toBe(
      'We shipped late. It cost 40%!',
    );
    expect(firstSentences('No full stop at the end', 2)).toBe('No full stop at the end');
    expect(firstSentences('   ', 2)).toBe('');
  });
});

describe('storyFromEntries', () => {
  const reflected = entry('a', {
    title: 'Migration bug',
    whatHappened: 'A migration broke preferences for 5% of users. It lasted two days. We rolled back.',
    reflection: {
      whyItHappened: 'I trusted staging without checking it.',
      whatIDid: 'I rolled back and told leadership.',
      whatILearned: 'Staging must match production.',
      whatIChanged: 'A parity check before every migration, used four times since.',
    },
  });

  it('pre-fills a valid draft: title, condensed opening, reflection, change as evidence', () => {
    const story = storyFromEntries([reflected]);
    expect(story).toMatchObject({
      title: 'Migration bug',
      entryIds: ['a'],
      whatHappened: 'A migration broke preferences for 5% of users. It lasted two days.',
      whyItHappened: 'I trusted staging without checking it.',
      whatIDid: 'I rolled back and told leadership.',
      whatILearned: 'Staging must match production.\n\nA parity check before every migration, used four times since.',
      roleConnection: '',
      status: 'draft',
    });
    expect(story.followUps).toHaveLength(3);
    expect(StoryFieldsSchema.safeParse(story).success).toBe(true);
  });

  it('combines several setbacks, linking every one', () => {
    const second = entry('b', {
      whatHappened: 'A second outage.',
      reflection: { ...reflected.reflection, whatIChanged: '' },
    });
    const story = storyFromEntries([reflected, second]);
    expect(story.entryIds).toEqual(['a', 'b']);
    expect(story.whatHappened).toContain('\n\nA second outage.');
  });

  it('needs at least one setback', () => {
    expect(() => storyFromEntries([])).toThrow(/at least one/);
  });
});
