import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses (from the fifth and sixth tuning batches). Causes and actions: other people as the actors, a duty or rightness pleaded, a guess, someone else putting it right.

describe('other people as the actors of the cause', () => {
  check([
    // The agent of a passive, a cleft, a constraint handed over.
    [
      'whyItHappened',
      'The stock count was done by the agency team the night before and nobody rechecked it.',
      ['blame'],
      [],
    ],
    ['whyItHappened', 'It was the locum who gave the second dose.', ['blame'], []],
    [
      'whyItHappened',
      "I was given the account with three days' notice and no handover.",
      ['blame', 'defensive-tone'],
      [],
    ],
    [
      'whyItHappened',
      "Counting the float isn't really the supervisor's job, it belongs to the cashiers.",
      ['defensive-tone'],
      [],
    ],
    ['whyItHappened', 'I felt the client was being unreasonable about the dates.', ['blame'], []],
    // Look-alikes: the same people named while the speaker owns the call.
    [
      'whyItHappened',
      'The stock count was done by the agency team, but I signed it off without reading it.',
      [],
      ['blame', 'defensive-tone'],
    ],
    ['whyItHappened', 'It was the second time that I had skipped the check that week.', [], ['blame']],
    ['whyItHappened', 'I realised too late the plan was thin, because I had not tested it with anyone.', [], ['blame']],
    [
      'whyItHappened',
      "I was given the account with three days' notice, and I didn't ask for a handover, which was my mistake.",
      [],
      ['blame', 'defensive-tone'],
    ],
  ]);
});

describe('someone else puts it right, too little too late, a record pleaded', () => {
  check([
    ['whatIDid', 'My supervisor dealt with the customer and I went back to the till.', ['passive-action'], []],
    [
      'whatIDid',
      'I felt sick about it and kept my head down. The charge nurse sorted it with the family.',
      ['passive-action'],
      [],
    ],
    // Look-alike: the speaker acts inside a clause about someone else.
    [
      'whatIDid',
      'When the duty manager rang me I drove back in, recounted the safe with her and wrote up the difference.',
      [],
      ['passive-action'],
    ],
    ['whyItHappened', 'My co-teacher planned the unit and only shared it the night before.', ['blame'], []],
    ['whyItHappened', 'The architect sent the revised drawings at the last minute.', ['blame'], []],
    // A constraint handed over owns nothing, and "on my own" is being alone, not owning it.
    [
      'whyItHappened',
      'We were two staff down and I was expected to cover the pharmacy counter on my own.',
      ['blame', 'defensive-tone'],
      [],
    ],
    [
      'whyItHappened',
      'I decided to cover the counter on my own rather than ask for help.',
      [],
      ['blame', 'defensive-tone'],
    ],
    [
      'whyItHappened',
      'I had worked there six years without a single complaint, so it came as a shock.',
      ['defensive-tone'],
      [],
    ],
  ]);
});

describe('after the sixth batch: no other way seen, a decision still defended', () => {
  check([
    ['whatILearned', "Honestly I don't know what else I could have done that night.", ['not-learned'], []],
    ['whatILearned', 'There is nothing I would do differently if it happened again.', ['not-learned'], []],
    ['whatILearned', 'What I would do differently now is ring the family before the review.', [], ['not-learned']],
    [
      'whatILearned',
      "I wasn't sure what else I could have done, but my mentor showed me, and now I book an interpreter for every first visit.",
      [],
      ['not-learned'],
    ],
    ['whyItHappened', 'I still believe the call to reopen the site was right.', ['not-learned'], []],
    ['whyItHappened', 'I still think it was not the right call, and I said so at the review.', [], ['not-learned']],
    ['whatILearned', 'I cannot say I learned anything new from it.', ['not-learned'], []],
  ]);
});

describe("after the sixth batch: the cause as another party's duty, inability is not ownership", () => {
  check([
    ['whyItHappened', 'The porters are supposed to bring the bloods down before ten.', ['blame'], []],
    ['whyItHappened', "Booking the couriers was technically the office manager's job.", ['blame'], []],
    ['whyItHappened', 'The real problem was the agency staff.', ['blame'], []],
    ['whyItHappened', 'The real problem was me: I never asked for the figures.', [], ['blame']],
    ['whyItHappened', 'Booking the couriers was my job, and I forgot to do it.', [], ['blame']],
    ['whyItHappened', 'The supplier sent the wrong labels, so I could not see the difference.', ['blame'], []],
    [
      'whyItHappened',
      'The supplier changed the labels, but I did not compare the new box with the order.',
      [],
      ['blame'],
    ],
  ]);
});

describe('after the sixth batch: diligence or rightness pleaded in the cause', () => {
  check([
    ['whyItHappened', "I'd warned the office three times that the van was due a service.", ['defensive-tone'], []],
    [
      'whyItHappened',
      'I had done everything on the checklist, and the client still complained.',
      ['defensive-tone'],
      [],
    ],
    [
      'whyItHappened',
      'The guest shouted at me, but I was completely right about the check-in time.',
      ['defensive-tone'],
      [],
    ],
    ['whyItHappened', 'At the time I was sure I was right, so I did not ask the pharmacist.', [], ['defensive-tone']],
    [
      'whyItHappened',
      "I'd flagged it twice, but I never followed up or took it to my director, and that was my part in it.",
      [],
      ['defensive-tone'],
    ],
  ]);
});

describe('after the sixth batch: a cause that is only a guess', () => {
  check([
    ['whyItHappened', 'I think the parents just did not read the letter.', ['vague-cause'], []],
    ['whyItHappened', 'Maybe the timing was a bit off?', ['vague-cause'], []],
    ['whyItHappened', 'I think I just skipped the second check because the queue was long.', [], ['vague-cause']],
    [
      'whyItHappened',
      'I think the parents just did not read the letter, but I sent it on a Friday with no reminder, which was my call.',
      [],
      ['vague-cause'],
    ],
  ]);
});

describe('after the sixth batch: a rhetorical question in the cause', () => {
  check([
    ['whyItHappened', 'Two carers off sick and a full unit: what was I meant to do?', ['defensive-tone'], []],
    [
      'whatILearned',
      'What I was meant to do was ask for help, and now I do, on the first hour of a short shift.',
      [],
      ['defensive-tone'],
    ],
  ]);
});

describe('after the sixth batch: a denial that turns into ownership, a class of mistake with its cause', () => {
  check([
    [
      'whyItHappened',
      'Nobody could have caught it from the front sheet, which is why I should have read the whole file.',
      [],
      ['defensive-tone'],
    ],
    [
      'whatILearned',
      'Errors like that happen when the label is read from memory, so I read it aloud now.',
      [],
      ['indifference'],
    ],
  ]);
});

describe('after the seventh batch: the speaker only stands by, or waits for others to fix it', () => {
  check([
    ['whatIDid', 'I shrugged and went back to the till for the rest of the shift.', ['passive-action'], []],
    ['whatIDid', 'I sat in the staff room and cried for most of my break.', ['passive-action'], []],
    ['whatIDid', 'I stayed with the resident until the paramedics arrived.', [], ['passive-action']],
    ['whatIDid', 'I went back to the customer, apologised and rebooked her for Monday.', [], ['passive-action']],
    ['whatIDid', 'We waited for the vendor to fix the sync and then carried on.', ['passive-action'], []],
    [
      'whatIDid',
      'I waited for the manager to arrive, then I explained the error and we called the client.',
      [],
      ['passive-action'],
    ],
  ]);
});

describe('after the seventh batch: what follows the speaker with "so", what the speaker made, an omission with "no"', () => {
  check([
    // After the speaker's own act, "so" introduces what it led to, not someone else's fault.
    [
      'whyItHappened',
      'I gave the new starters no induction, so two of them did not know the fire exits.',
      [],
      ['blame'],
    ],
    [
      'whyItHappened',
      'My handover was rushed and I left out the allergy, so the day staff did not know.',
      [],
      ['blame'],
    ],
    ['whyItHappened', 'The day staff did not read the allergy board, so the child was given milk.', ['blame'], []],
    // "my instructions", "our timeline": the speaker's own work, not a circumstance.
    ['whyItHappened', 'My instructions were vague and far too long.', [], ['blame']],
    ['whyItHappened', 'The instructions from head office were vague and far too long.', ['blame'], []],
    // A help desk or a support desk is people.
    ['whyItHappened', 'The supplier’s help desk took a week to even reply to us.', ['blame'], []],
  ]);
});

describe('after the eighth batch: defence read from how clauses relate', () => {
  const D = 'defensive-tone' as const;
  check([
    // An accusation denied with "it's not like / as if", whatever the act denied.
    ['whyItHappened', "It's not as if I left the freezer open on purpose. The seal had gone weeks before.", [D], []],
    ['whyItHappened', 'I chased the supplier on Monday, so it is not like nobody knew about the delay.', [D], []],
    ['whyItHappened', "It's not like me to skip a handover, but that night I did, and it was my call.", [], [D]],
    // Fault disclaimed "on my part": negated, it defends; said plainly, it owns.
    ['whyItHappened', 'The stock count was off, but there was no carelessness on my part.', [D], []],
    ['whyItHappened', "I wouldn't call it a mistake on my side, the system rounded the figures.", [D], []],
    ['whyItHappened', 'It was a failure on my part: I never opened the second tab.', [], [D]],
    // Beyond anyone: any verb after "nobody could have", "anyone would have" in the cause.
    ['whyItHappened', 'No planner in the office could have booked that many rooms in a week.', [D], []],
    ['whyItHappened', 'The two files had the same name, anyone would have opened the wrong one.', [D], []],
    ['whyItHappened', 'Nobody could have warned me, because I never told anyone I was unsure of the dosage.', [], [D]],
    // A standard argued too strict; a standard judged by the speaker's own hand is theirs.
    ['whyItHappened', 'The marking criteria that term were, honestly, excessive for a first-year group.', [D], []],
    ['whyItHappened', 'The inspectors are very pedantic about paperwork.', [D], []],
    [
      'whyItHappened',
      'The targets I set myself were unrealistic, and I never checked them against last year.',
      [],
      [D],
    ],
    // The speaker's own work called acceptable; "on paper" or "but…" turns it.
    ['whyItHappened', 'Given the budget, what I built was perfectly sound.', [D], []],
    ['whyItHappened', 'My wiring met the regulations we had always worked to.', [D], []],
    ['whyItHappened', 'My plan was fine on paper, but I never tested it with the night team.', [], [D]],
    // A complaint admitted, then made small; "but only because I…" owns it.
    ['whyItHappened', 'A guest did complain, but it was a single remark in a fortnight of good reviews.', [D], []],
    ['whyItHappened', 'Two guests complained, but only because I had forgotten to confirm their tables.', [], [D]],
    // Harm denied in a result clause of the cause.
    ['whyItHappened', 'The expiry date on the label was a day out, so there was never any real risk.', [D], []],
    ['whyItHappened', 'I caught the label before it went out, and I checked the rest of the batch.', [], [D]],
    // Blame spread to everyone.
    ['whyItHappened', 'All of us on nights skipped the same step, I was just the one who got audited.', [], []],
    [
      'whyItHappened',
      'Everybody in the kitchen did it the same way, I only happened to be the one who was seen.',
      [D],
      [],
    ],
    // Fairness granted to the other side is a concession.
    ['whyItHappened', "The client's criticism was fair: the draft had three wrong figures in it.", [], [D]],
    ['whyItHappened', 'The way they scored it was not fair at all.', [D], []],
  ]);
});
