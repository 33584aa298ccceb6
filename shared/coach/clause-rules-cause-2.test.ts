import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses, continued (clause-rules-cause.test.ts is full). Causes and actions.

describe('after the eleventh batch: "Why it happened:" heading a list names no cause', () => {
  const V = 'vague-cause' as const;
  check([
    [
      'whyItHappened',
      "Why it happened:\n- I copied the example from the old spec, not from a working request.\n- I didn't run it before publishing.",
      [],
      [V],
    ],
    ['whyItHappened', 'How it happened: I sorted one column of the sheet without the others.', [], [V]],
    // Look-alikes: "it just happened" as the whole cause is still vague.
    ['whyItHappened', 'Honestly it just happened, the week was a blur.', [V], []],
    ['whyItHappened', 'It happened, and the files got muddled.', [V], []],
  ]);
});

describe('after the eleventh batch: "was mine" and an act done "without looking" own the cause', () => {
  const B = 'blame' as const;
  check([
    [
      'whyItHappened',
      'The calibration schedule was mine, and during our lab move I kept it in my head instead of in the diary the team could see.',
      [],
      [B],
    ],
    [
      'whyItHappened',
      'My colleague mislabelled the retained samples, and I countersigned the batch sheet without looking at the labels.',
      [],
      [B],
    ],
    // Look-alikes: "mine" denied, and someone else's act without looking.
    ['whyItHappened', "The schedule was never mine; the lab manager kept it and never shared it with anyone.", [B], []],
    ['whyItHappened', 'My colleague mislabelled the samples and the supervisor signed them off without looking.', [B], []],
  ]);
});

describe('after the eleventh batch: "nobody caught it" after the speaker\'s own act is no blame', () => {
  const B = 'blame' as const;
  check([
    [
      'whatHappened',
      'For two months I was reconciling the wrong bank account, and nobody caught it until the auditors did.',
      [],
      [B],
    ],
    // Look-alikes: nobody checking, with no act of the speaker's, and in the cause.
    ['whatHappened', 'The figures were wrong for two months and nobody caught it until the auditors did.', [B], []],
    ['whyItHappened', 'The night team changed the settings and nobody noticed.', [B], []],
  ]);
});

describe('after the eleventh batch: fairness to someone else, then ownership, is no defence', () => {
  const D = 'defensive-tone' as const;
  check([
    [
      'whyItHappened',
      "To be fair to the client, they'd changed the scope twice, but the estimate was mine and I never revisited it.",
      [],
      [D],
    ],
    // Look-alikes: "to be fair" with no ownership after it, and in the speaker's own defence.
    ['whyItHappened', 'To be fair to me, the client had changed the scope twice and nobody told me.', [D], []],
    ['whyItHappened', 'To be fair, the agency only sent the screener back the day before.', [D], []],
  ]);
});
