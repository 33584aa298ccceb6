import { describe, expect, it } from 'vitest';
import type { StoryPart } from '../story-parts';
import type { FindingKind } from './review-schema';
import { reviewStory } from './review-story';

// Phrasings the rules were not written around: missing apostrophes, capitals, other verb
// forms, and the brief's own examples reworded.
const table: Array<[StoryPart, string, FindingKind[], FindingKind[]]> = [
  ['whyItHappened', 'QA DIDNT CATCH IT.', ['blame'], ['vague-cause']],
  ['whyItHappened', 'it wasnt my fault tbh, the specs were never clear', ['defensive-tone'], []],
  ['whyItHappened', 'Our supplier had failed to deliver the parts, and the courier lost two pallets.', ['blame'], []],
  ['whyItHappened', 'My manager kept changing the priorities every week.', ['blame'], []],
  [
    'whyItHappened',
    'My manager kept changing the priorities every week, and I never pushed back or asked for a freeze, which I should have.',
    [],
    ['blame'],
  ],
  ['whatHappened', 'I exceeded my sales target by 30% instead of 40%.', ['humblebrag'], ['no-impact']],
  ['whatHappened', 'Honestly my weakness is that I work too hard.', ['humblebrag'], []],
  ['whatHappened', 'I leaked our staging credentials in a public Slack channel.', ['unsafe-failure'], []],
  ['whatHappened', 'I forgot a client meeting and we lost the account.', ['unsafe-failure'], []],
  ['whatHappened', 'We were late with the annual regulatory filing.', ['unsafe-failure'], []],
  ['whatIDid', 'The problem was dealt with by the end of the day.', ['passive-action'], []],
  ['whatIDid', 'Everything worked itself out in the end.', ['passive-action'], []],
  ['whatILearned', 'Dont really know what i would do differently tbh.', ['not-learned'], []],
  [
    'whatILearned',
    'I’ve used this checklist on every audit since, eleven so far.',
    [],
    ['no-change-evidence', 'generic-lesson'],
  ],
  ['whatILearned', 'The lesson: be more proactive.', ['generic-lesson', 'no-change-evidence'], []],
  ['whatILearned', 'I am honestly worried it will happen again.', ['self-flagellating'], []],
  ['whatILearned', 'im such an idiot for missing it', ['self-flagellating'], []],
];

describe('reviewStory on paraphrases', () => {
  it.each(table)('%s: %s', (part, text, must, mustNot) => {
    const kinds = reviewStory({ [part]: text })
      .findings.filter((f) => f.part === part)
      .map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(must));
    for (const k of mustNot) expect(kinds).not.toContain(k);
  });
});
