import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the tenth tuning batch on. Causes and actions.

describe('after the tenth batch: "who" stands for the noun before it', () => {
  check([
    [
      'whyItHappened',
      'The coordinator who did the allocations was agency and didn’t know the patients.',
      ['blame'],
      [],
    ],
    ['whyItHappened', 'The supervisor who signed it off never read the figures.', ['blame'], []],
    // Look-alikes: the speaker owns the act beside the person named.
    [
      'whyItHappened',
      'The coordinator who did the allocations was new, and I didn’t check her list against mine.',
      [],
      ['blame'],
    ],
    ['whyItHappened', 'I was the one who skipped the second check that night.', [], ['blame', 'defensive-tone']],
  ]);
});

describe('after the tenth batch: "when she called I went…" with no comma is two clauses', () => {
  check([
    [
      'whatIDid',
      'As soon as the solicitor called I went back to the office and wrote the correction with the editor.',
      [],
      ['passive-action'],
    ],
    ['whatIDid', 'When the pharmacist rang I checked every bag on the shelf myself.', [], ['passive-action']],
    // Look-alike: someone else puts it right while the speaker stands by.
    [
      'whatIDid',
      'When the solicitor called the editor wrote the correction and the manager dealt with it.',
      ['passive-action'],
      [],
    ],
  ]);
});

describe("after the tenth batch: a negation in someone else's relative clause owns nothing", () => {
  check([
    [
      'whyItHappened',
      'Marketing had cut the event budget. I also had a new manager who didn’t really understand the territory.',
      ['blame'],
      [],
    ],
    // Look-alikes: the speaker's own negation before the relative clause, and "who" about the speaker's act.
    [
      'whyItHappened',
      'I had a new manager who was still learning the territory, and I didn’t ask her for help.',
      [],
      ['blame'],
    ],
    ['whyItHappened', 'I didn’t brief the agent who covered my calls that week.', [], ['blame']],
  ]);
});

describe('after the tenth batch: hurrying told as what a shortage led to owns nothing', () => {
  check([
    [
      'whyItHappened',
      'The floor had just been mopped by the cleaner. There was only me and one other carer on, so I was trying to rush.',
      ['blame'],
      [],
    ],
    // Look-alikes: the hurry owned as a choice, and the shortage with the speaker's own omission.
    [
      'whyItHappened',
      'There was only me on the desk, but I chose to rush the check instead of asking for help.',
      [],
      ['blame'],
    ],
    ['whyItHappened', "There were only two of us on, and I didn't ask for a second pair of hands.", [], ['blame']],
  ]);
});

describe('after the tenth batch: no other way seen, and "an easy mistake to make", as a defence', () => {
  const D = 'defensive-tone' as const;
  check([
    [
      'whyItHappened',
      "Honestly I'm not sure what more I could have done, because the list is supposed to be accurate.",
      [D],
      [],
    ],
    ['whyItHappened', 'To be honest it was a really easy mistake to make with two bags side by side.', [D], []],
    // Look-alikes: what more the speaker could have done, named; an easy check made a habit.
    ['whyItHappened', 'I know what more I could have done: I could have read the address back to him.', [], [D]],
    ['whatILearned', 'Checking the address is an easy step to take, so I do it for every bag now.', [], [D]],
  ]);
});

describe('after the tenth batch: someone else giving nothing', () => {
  check([
    ['whyItHappened', 'Marketing gave us nothing to work with that year.', ['blame'], []],
    ['whyItHappened', 'The client sent no feedback on the first two drafts.', ['blame'], []],
    // Look-alikes: the speaker giving nothing, and someone else who had no idea (a state).
    ['whyItHappened', 'I gave the new starters no induction at all.', [], ['blame']],
    ['whyItHappened', 'The client had no idea, and I never asked them what they expected.', [], ['blame']],
  ]);
});

describe('after the tenth batch: a cause with no shape is vague, not blame', () => {
  check([
    ['whyItHappened', 'It was because of many reasons, the situation was complicated for everyone.', [], ['blame']],
    ['whyItHappened', 'The timing was bad and there was a lot going on.', [], ['blame']],
    // Look-alikes: a circumstance with a shape, and someone else's failing.
    ['whyItHappened', 'The deadline was completely unrealistic and the client kept changing the brief.', ['blame'], []],
    ['whyItHappened', 'The agency staff were useless that week.', ['blame'], []],
  ]);
});

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
    ['whyItHappened', 'The schedule was never mine; the lab manager kept it and never shared it with anyone.', [B], []],
    [
      'whyItHappened',
      'My colleague mislabelled the samples and the supervisor signed them off without looking.',
      [B],
      [],
    ],
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
