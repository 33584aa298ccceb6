import { describe, expect, it } from 'vitest';
import { storyParts, type StoryPart } from '../story-parts';
import type { FindingKind, StoryTextInput } from './review-schema';
import { countWords, reviewStory, speakingSeconds } from './review-story';

function kindsIn(part: StoryPart, text: string): FindingKind[] {
  return reviewStory({ [part]: text })
    .findings.filter((f) => f.part === part)
    .map((f) => f.kind);
}

const weakStory: StoryTextInput = {
  whatHappened: 'I’ve made some mistakes, but I learn from them. Things went wrong on a project. We moved on.',
  whyItHappened: 'My team didn’t execute properly. It wasn’t really my fault.',
  whatIDid: 'Eventually it got sorted out.',
  whatILearned: 'I learned the importance of planning.',
};

describe('reviewStory: ownership matters more than pronouns', () => {
  it('does not call owned context blame', () => {
    expect(kindsIn('whyItHappened', 'My team didn’t have the context because I never shared it.')).not.toContain(
      'blame',
    );
    expect(kindsIn('whyItHappened', 'I didn’t push hard enough on testing.')).not.toContain('blame');
    expect(kindsIn('whyItHappened', 'The vendor missed their date. That was on me: I had no plan B.')).not.toContain(
      'blame',
    );
  });

  it('calls pointing away blame', () => {
    expect(kindsIn('whyItHappened', 'QA didn’t catch it.')).toContain('blame');
    expect(kindsIn('whyItHappened', 'The vendor missed their date.')).toContain('blame');
    expect(kindsIn('whyItHappened', 'Nobody warned me the spec had changed.')).toContain('blame');
  });

  it('lets an owned root cause in "Why it happened" cover facts stated in the opening', () => {
    const review = reviewStory({
      whatHappened: 'The vendor missed their date and our launch slipped six weeks.',
      whyItHappened: 'I assumed the vendor could deliver and never built a fallback.',
    });
    expect(review.findings.map((f) => f.kind)).not.toContain('blame');
  });

  it('separates a defensive "not my fault" from ownership', () => {
    expect(kindsIn('whyItHappened', 'It wasn’t my fault; the requirements were unclear.')).toContain('defensive-tone');
    expect(kindsIn('whyItHappened', 'It was my fault; I never asked what the requirements meant.')).not.toContain(
      'defensive-tone',
    );
  });
});

describe('reviewStory: action', () => {
  it('accepts a passive sentence that names the speaker as the actor', () => {
    expect(kindsIn('whatIDid', 'The outage was contained after I rolled back.')).not.toContain('passive-action');
  });

  it('flags outcomes with no actor and parts with no "I"', () => {
    expect(kindsIn('whatIDid', 'Eventually it got sorted out.')).toContain('passive-action');
    expect(kindsIn('whatIDid', 'The team rebuilt the schedule and the client calmed down.')).toContain(
      'passive-action',
    );
  });
});

describe('reviewStory: findings', () => {
  it('points at the exact phrase in the original text', () => {
    const review = reviewStory(weakStory);
    for (const f of review.findings) {
      const text = weakStory[f.part] ?? '';
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
    const passive = review.findings.find((f) => f.kind === 'passive-action');
    expect(passive && weakStory.whatIDid?.slice(passive.start, passive.end)).toBe('it got sorted out');
    // Three short sentences are not a long opening; four of set-up are, from the third on.
    expect(review.findings.some((f) => f.kind === 'opening-too-long')).toBe(false);
    const longOpening =
      'I ran the regional office for two years. We had twelve people and a busy client list. In March we took on a new account. I promised a launch date I had not checked with the team, and we missed it by a month.';
    const long = reviewStory({ ...weakStory, whatHappened: longOpening });
    const opening = long.findings.find((f) => f.kind === 'opening-too-long');
    expect(opening && longOpening.slice(opening.start, opening.end)).toMatch(
      /^In March we took on a new account\..*a month\.$/,
    );
  });

  it('reads curly and straight apostrophes the same way', () => {
    const curly = reviewStory(weakStory);
    const straight = reviewStory(
      Object.fromEntries(Object.entries(weakStory).map(([k, v]) => [k, v?.replaceAll('’', "'")])),
    );
    // The same findings; the quotes in the messages keep each person's own apostrophes.
    const folded = (review: typeof curly) =>
      review.findings.map((f) => ({
        ...f,
        message: f.message.replaceAll('’', "'"),
        suggestion: f.suggestion.replaceAll('’', "'"),
      }));
    expect(folded(straight)).toEqual(folded(curly));
  });

  it('gives each kind its severity and a message with a suggestion', () => {
    const review = reviewStory(weakStory);
    const severity = new Map(review.findings.map((f) => [f.kind, f.severity]));
    expect(severity.get('blame')).toBe('problem');
    expect(severity.get('passive-action')).toBe('warning');
    expect(severity.get('no-role-connection')).toBe('tip');
    for (const f of review.findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.suggestion.length).toBeGreaterThan(20);
    }
  });

  it('reports each missing part once, and a missing role connection only as a tip', () => {
    const review = reviewStory({});
    const missing = review.findings.filter((f) => f.kind === 'missing-part');
    expect(missing.map((f) => f.part)).toEqual(['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned']);
    expect(missing.every((f) => f.start === 0 && f.end === 0 && f.severity === 'problem')).toBe(true);
    const role = review.findings.filter((f) => f.part === 'roleConnection');
    expect(role.map((f) => [f.kind, f.severity])).toEqual([['no-role-connection', 'tip']]);
  });

  it('ignores extra Story fields and survives non-string parts at runtime', () => {
    const record = { ...weakStory, id: 's1', entryIds: ['e1'], status: 'draft', followUps: [] };
    expect(reviewStory(record)).toEqual(reviewStory(weakStory));
    const broken = { whatHappened: 42 } as unknown as StoryTextInput;
    expect(reviewStory(broken).findings.filter((f) => f.kind === 'missing-part')).toHaveLength(4);
  });

  it('is deterministic', () => {
    expect(reviewStory(weakStory)).toEqual(reviewStory(weakStory));
  });

  it('stays quiet on text that only looks like a problem', () => {
    expect(
      kindsIn('whatILearned', 'I still don’t always get it right, but I now run a pre-mortem before every launch.'),
    ).toEqual([]);
    expect(
      kindsIn(
        'whatILearned',
        'I learned that perfectionism was slowing us down, so I now ship when the must-haves pass.',
      ),
    ).toEqual([]);
    expect(
      kindsIn('whatHappened', 'I missed the launch date by three weeks, and 40 customers waited for their orders.'),
    ).toEqual([]);
  });
});

describe('messages are in the coach’s own words', () => {
  // Sentences from the domain source that the wording must not reuse.
  const seedSentences = [
    'I learned the importance of planning',
    'Eventually it got sorted out',
    'Things just didn’t go as planned',
    'My team didn’t execute properly',
    'I’ve made some mistakes in the past',
    'These raise red flags about your reliability',
    'That’s not a failure, that’s you showing off',
    'You should have learned something',
    'Shows lack of accountability',
  ].map((s) => s.toLowerCase().replaceAll('’', "'"));

  it('does not copy the source’s sentences', () => {
    const review = reviewStory(weakStory);
    const all = [
      reviewStory({}),
      review,
      reviewStory({ whatHappened: 'I missed a compliance deadline.', whatILearned: 'I still don’t know why.' }),
    ]
      .flatMap((r) => r.findings.flatMap((f) => [f.message, f.suggestion]))
      // What the coach quotes back is the person's own text; the rest must be the coach's.
      .map((s) =>
        s
          .replace(/“[^”]*”/g, '')
          .toLowerCase()
          .replaceAll('’', "'"),
      );
    for (const text of all) for (const seed of seedSentences) expect(text).not.toContain(seed);
  });
});

describe('speakingSeconds and countWords', () => {
  it('estimates at 150 words a minute over the five parts, not the title', () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
    expect(speakingSeconds(words(150))).toBe(60);
    expect(speakingSeconds({ title: words(100), whatHappened: words(75), roleConnection: words(75) })).toBe(60);
    expect(reviewStory({ whatHappened: words(300) }).speakingSeconds).toBe(120);
    expect(speakingSeconds('')).toBe(0);
  });

  it('counts words the same way for every part', () => {
    const story = Object.fromEntries(storyParts.map((p) => [p, 'two words']));
    expect(storyParts.reduce((n, p) => n + countWords(story[p] ?? ''), 0)).toBe(10);
  });
});
