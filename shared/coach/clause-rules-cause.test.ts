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
    ['whyItHappened', "The stock count was off, but there was no carelessness on my part.", [D], []],
    ['whyItHappened', "I wouldn't call it a mistake on my side, the system rounded the figures.", [D], []],
    ['whyItHappened', 'It was a failure on my part: I never opened the second tab.', [], [D]],
    // Beyond anyone: any verb after "nobody could have", "anyone would have" in the cause.
    ['whyItHappened', 'No planner in the office could have booked that many rooms in a week.', [D], []],
    ['whyItHappened', 'The two files had the same name, anyone would have opened the wrong one.', [D], []],
    ['whyItHappened', 'Nobody could have warned me, because I never told anyone I was unsure of the dosage.', [], [D]],
    // A standard argued too strict; a standard judged by the speaker's own hand is theirs.
    ['whyItHappened', 'The marking criteria that term were, honestly, excessive for a first-year group.', [D], []],
    ['whyItHappened', 'The inspectors are very pedantic about paperwork.', [D], []],
    ['whyItHappened', 'The targets I set myself were unrealistic, and I never checked them against last year.', [], [D]],
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
    ['whyItHappened', 'Everybody in the kitchen did it the same way, I only happened to be the one who was seen.', [D], []],
    // Fairness granted to the other side is a concession.
    ['whyItHappened', "The client's criticism was fair: the draft had three wrong figures in it.", [], [D]],
    ['whyItHappened', 'The way they scored it was not fair at all.', [D], []],
  ]);
});

describe('after the ninth batch: the speaker acting with "myself"', () => {
  const P = 'passive-action' as const;
  check([
    // A verb with "myself" after it is the speaker's act, wherever the parse put the clause.
    ['whatIDid', 'I waited in reception while the manager took her details, rang the insurer myself and booked the repair.', [], [P]],
    ['whatIDid', 'While the nurse took him to X-ray, phoned his son myself before the end of the shift.', [], [P]],
    // Look-alike: someone else acting "herself" still leaves the speaker out of it.
    ['whatIDid', 'My supervisor rang the customer herself and sorted out the refund.', [P], []],
  ]);
});

describe('after the ninth batch: a state reached at the end of the opening is its cost', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whatHappened', 'I took on every extra club that year, and by the summer term I was exhausted and missed two deadlines.', [], [D]],
    ['whatHappened', 'I said yes to every overtime shift and ended up burnt out by March.', [], [D]],
    // The same state as the reason stays a plea.
    ['whatHappened', 'I was burned out that month, so the report went out with the wrong figures.', [D], []],
  ]);
});

describe('after the ninth batch: subjects behind "to be honest" and inside "a lot of them"', () => {
  const B = 'blame' as const;
  check([
    // "To be honest…" frames the clause; the subject and verb come after it.
    ['whyItHappened', 'To be honest the drivers never read the delivery notes.', [B], []],
    ['whyItHappened', "To be fair the agency staff didn't know the ward at all.", [B], []],
    // A quantity before "of" counts the people after it.
    ['whyItHappened', "Most of the agency staff didn't turn up for the early shift.", [B], []],
    ['whyItHappened', "A lot of them didn't bother reading the handover.", [B], []],
    // Look-alikes: the speaker behind the frame, a quantity of things.
    ['whyItHappened', "To be honest I didn't read the delivery notes before I signed.", [], [B]],
    ['whyItHappened', "A lot of the boxes I packed didn't have labels because I ran out and didn't reorder.", [], [B]],
  ]);
});

describe('after the ninth batch: "the X we were given was…", a relative clause in the passive', () => {
  const B = 'blame' as const;
  check([
    ['whyItHappened', 'The rota we were given was impossible and changed every week.', [B], []],
    ['whyItHappened', 'The figures I was sent were wrong.', [B], []],
    // Look-alike: what was given, and the speaker's own failing beside it.
    ['whyItHappened', "The training I was given was good, but I didn't follow it.", [], [B]],
  ]);
});

describe('after the ninth batch: self-justification in other clothes', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', 'I feel I was treated quite harshly, considering how many shifts I covered that month.', [D], []],
    ['whyItHappened', 'Out of the thousands of parcels I scanned that year, only one went to the wrong depot.', [D], []],
    ['whyItHappened', 'In the grand scheme of things it was a two-minute delay.', [D], []],
    ['whyItHappened', "Most guests wouldn't even have noticed the wrong wine.", [D], []],
    ['whyItHappened', "I'm only human, and it was a twelve-hour shift.", [D], []],
    ['whyItHappened', "The supervisor could have checked it too, it wasn't just on me.", [D], []],
    ['whyItHappened', 'I admit I skipped the count, but I was covering the whole floor on my own.', [D], []],
    // Look-alikes: the concession that ends in ownership, a record told plainly.
    ['whyItHappened', 'I admit I was new, but the real reason was that I didn\'t ask the supervisor to check.', [], [D]],
    ['whyItHappened', 'Considering the deadline, I chose to skip the second review, which was the wrong call.', [], [D]],
    ['whyItHappened', 'Considering how busy the ward was, I should have asked for help instead of doing both rounds myself.', [], [D]],
    ['whyItHappened', 'I had packed hundreds of orders without a problem, so I stopped checking the labels, which was my mistake.', [], [D]],
  ]);
});

describe('after the ninth batch: rightness and the rules followed, pleaded', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', "I followed the returns policy exactly, so I'm confident I did the right thing.", [D], []],
    ['whyItHappened', 'I was sure I had handled it by the book.', [], []],
    ['whyItHappened', 'I followed our lone-working procedure to the letter.', [D], []],
    // Look-alike: the procedure followed, and what the speaker did not do besides.
    ['whyItHappened', "I followed the procedure, but I didn't ask about the change of address, which I should have.", [], [D]],
  ]);
});

describe('after the ninth batch: the remedy handed over', () => {
  const P = 'passive-action' as const;
  check([
    ['whatIDid', 'I let my supervisor handle it because she had more experience.', [P], []],
    ['whatIDid', 'I left it to the office manager to sort out.', [P], []],
    // Look-alikes: letting someone know, handing one part over while doing the rest.
    ['whatIDid', 'I let my manager know straight away and then I rang the customer myself.', [], [P]],
    ['whatIDid', 'I let the team leader handle the customer while I fixed the order and rebooked the delivery.', [], [P]],
  ]);
});

describe('after the ninth batch: the lateness made small, everyone else did it', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', 'I was only ten minutes late each time, and the trains on my line are awful.', [D], []],
    ['whyItHappened', 'Half the team were late with their timesheets too and nobody else got a warning.', [D], []],
    // Look-alike: others too, then the speaker's own part.
    ['whyItHappened', "Other people had raised it too, so I assumed it was in hand, and I didn't check.", [], [D]],
  ]);
});

describe('after the ninth batch: turning away from the failure', () => {
  const P = 'passive-action' as const;
  check([
    ['whatIDid', 'We moved on and I focused on my other clients.', [P], []],
    ['whatIDid', 'I just moved on to the next job on the list.', [P], []],
    // Look-alikes: focusing on the failure itself, moving a thing.
    ['whatIDid', 'I focused on the complaint first and rang the customer the same day.', [], [P]],
    ['whatIDid', 'I moved the stock back to the front and focused on the best sellers.', [], [P]],
  ]);
});

describe('after the ninth batch: a thing that only went somewhere is no one to blame', () => {
  const B = 'blame' as const;
  check([
    ['whyItHappened', 'It just happened, the files got muddled and the old version of the menu went out.', [], [B]],
    // Look-alikes: a thing that failed, another party as the cause.
    ['whyItHappened', 'The server went down the night before the launch and the backup failed.', [B], []],
    ['whyItHappened', 'The parcel went to the old address because the courier ignored the note.', [B], []],
  ]);
});

describe('after the ninth batch: a routine pleaded is not being in charge; a group "known for being difficult"', () => {
  const B = 'blame' as const;
  check([
    [
      'whyItHappened',
      'I ran catch-up sessions every week after school. Honestly that class was known across the school for being difficult.',
      [B],
      [],
    ],
    // Look-alike: in charge of the thing that failed, and its own failing told.
    ['whyItHappened', 'I ran the catch-up programme, and I never checked who was actually turning up.', [], [B]],
  ]);
});

describe('after the ninth batch: time or cover cut by someone else', () => {
  check([
    ['whatHappened', 'The school cut my planning time, so my marking fell behind and two parents complained.', ['blame'], []],
    ['whyItHappened', 'The trust cut our weekend cover, so the ward ran with one nurse.', ['blame'], []],
  ]);
});

describe('after the tenth batch: "who" stands for the noun before it', () => {
  check([
    ['whyItHappened', 'The coordinator who did the allocations was agency and didn’t know the patients.', ['blame'], []],
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
    ['whatIDid', 'When the solicitor called the editor wrote the correction and the manager dealt with it.', ['passive-action'], []],
  ]);
});

describe('after the tenth batch: a negation in someone else\'s relative clause owns nothing', () => {
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
    ['whyItHappened', "Honestly I'm not sure what more I could have done, because the list is supposed to be accurate.", [D], []],
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
