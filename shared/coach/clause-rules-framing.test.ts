import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses (from the fifth and sixth tuning batches). Framing: hiding it, shrugs, dwelling, flaws claimed in the present, and the parse (subjects, dropped "that").

describe('hiding it, shrugging it off, and words that frame a subject', () => {
  check([
    ['whatIDid', "I mopped up the spill myself and didn't put it in the accident book.", ['unsafe-failure'], []],
    ['whatIDid', 'I mopped up the spill and put it in the accident book straight away.', [], ['unsafe-failure']],
    ['whatIDid', 'We reran the batch on the Monday. Not the end of the world, honestly.', ['indifference'], []],
    [
      'whatIDid',
      'It felt like the end of the world at the time, so I went to my manager that morning.',
      [],
      ['indifference'],
    ],
    ['whyItHappened', 'tbh the handover notes were useless and the rota was a mess', ['blame'], []],
    ['whyItHappened', 'honestly any new starter could have done it, the system lets you', ['defensive-tone'], []],
  ]);
});

describe('after the sixth batch: flaws in the present, shrugs as answers, failure as one of a class', () => {
  check([
    // The speaker as a flawed person, now; not the act told in the past, nor someone else's words.
    ['whyItHappened', 'Honestly because I am lazy and unreliable with paperwork.', ['self-flagellating'], []],
    ['whyItHappened', "I'm just sloppy, that's the truth of it.", ['self-flagellating'], []],
    ['whyItHappened', 'I was careless with the labels because the queue was long.', [], ['self-flagellating']],
    ['whyItHappened', 'My supervisor told the whole team that I am careless.', [], ['self-flagellating']],
    ['whyItHappened', 'I am not careless by nature, but that morning I skipped the check.', [], ['self-flagellating']],
    // An answer that is only a quantity of nothing.
    ['whatIDid', 'Not much, I carried on with the rest of the deliveries.', ['indifference'], []],
    ['whatILearned', 'Nothing really, it was a placement I was leaving anyway.', ['indifference', 'not-learned'], []],
    ['whatIDid', 'Nothing at first, until my mentor asked me about it and I rang the family.', [], ['indifference']],
    ['whatILearned', 'Not much in theory, but now I read every order back to the customer.', [], ['not-learned']],
    // A lesson that says the failure changed nothing.
    ['whatILearned', "It didn't change much about how I work.", ['not-learned', 'indifference'], []],
    ['whatILearned', "I wouldn't say it taught me anything new.", ['not-learned'], []],
    [
      'whatILearned',
      "I don't guess stock levels any more, and I learned much more about forecasting.",
      [],
      ['not-learned'],
    ],
    // The failure as one of a class that happens, or comes with the work.
    ['whatILearned', 'Mistakes like that happen in any busy kitchen.', ['indifference'], []],
    ['whatIDid', 'These sorts of problems are part of agency life, so I left it.', ['indifference'], []],
    [
      'whatILearned',
      'These kinds of errors happen when nobody owns the handover, so now I own it.',
      [],
      ['indifference'],
    ],
  ]);
});

describe('after the sixth batch: unavoidable for anyone, a record kept out, rules with no one in them', () => {
  check([
    ['whyItHappened', 'No teacher could have kept thirty Year 9s quiet in that heat.', ['defensive-tone'], []],
    ['whyItHappened', 'Anybody in my position would have signed it off.', ['defensive-tone'], []],
    ['whyItHappened', 'No one had told me the rota had changed.', [], ['defensive-tone']],
    [
      'whatIDid',
      'I fixed the entry myself so that no one would find out about the first figure.',
      ['unsafe-failure'],
      [],
    ],
    ['whatIDid', 'I never wrote the burn in the first-aid book because it looked minor.', ['unsafe-failure'], []],
    ['whatIDid', 'I wrote the burn in the first-aid book and told my manager.', [], ['unsafe-failure']],
    ['whatILearned', 'I learned that vehicles should be inspected properly.', ['generic-lesson'], []],
    ['whatILearned', 'Every van must now be inspected by the driver before the first drop.', [], ['generic-lesson']],
    [
      'whatILearned',
      'I realised each sample has to be labelled at the bedside, not at the desk.',
      [],
      ['generic-lesson'],
    ],
    // "and ask me to…" after "now my checklist…" shares its subject; it is no order.
    [
      'whatILearned',
      'now my release checklist blocks the deploy and asks me to confirm the region first',
      [],
      ['no-change-evidence'],
    ],
    // Someone else took over; the speaker only filled in the form.
    ['whatIDid', 'I completed the incident form and the night sister took over.', ['passive-action'], []],
    ['whatIDid', 'I rang the GP, completed the incident form, and the night sister took over.', [], ['passive-action']],
  ]);
});

describe('after the sixth batch: unfit for the work, more than anyone could do, a standard not met', () => {
  check([
    ['whatILearned', 'Maybe I am not cut out for this kind of work.', ['self-flagellating'], []],
    ['whatILearned', "Honestly I'm a horrible manager and everyone knows it.", ['self-flagellating'], []],
    ['whatILearned', 'I am not good at spreadsheets, so now I ask finance to check mine.', [], ['self-flagellating']],
    ['whatILearned', 'I was a danger to nobody, but I was slow.', [], ['self-flagellating']],
    ['whatILearned', "I don't think I'll ever forgive myself for that shift.", ['self-flagellating'], []],
    [
      'whyItHappened',
      'There were three of us on a full ward, so I could not possibly watch every bay.',
      ['defensive-tone'],
      [],
    ],
    ['whyItHappened', 'I cannot do everything at once when the phones are ringing.', ['defensive-tone'], []],
    [
      'whyItHappened',
      "I couldn't check every form that day, but I chose to skip the consent section and that was my call.",
      [],
      ['defensive-tone'],
    ],
    [
      'whatHappened',
      'At my last firm I produced a report that did not meet the standard the partner expected.',
      ['vague-failure'],
      [],
    ],
    [
      'whatHappened',
      'My audit file did not meet the standard, and the regulator gave the firm 30 days to fix 12 findings.',
      [],
      ['vague-failure'],
    ],
  ]);
});

describe('after the sixth batch: a relative clause with "that" left out, "nothing" as what was done', () => {
  check([
    ['whyItHappened', 'The courier firm we booked lost two of the boxes.', ['blame'], []],
    [
      'whyItHappened',
      'The courier firm we booked was slow, but I had picked them on price alone and never checked a review.',
      [],
      ['blame'],
    ],
    ['whatIDid', 'Nothing much, my shift was over by then.', ['passive-action'], []],
    [
      'whatIDid',
      'Nothing at first; the next morning I called the supplier and rebooked the delivery.',
      [],
      ['passive-action'],
    ],
  ]);
});

describe('after the sixth batch: someone else acts while the speaker does nothing of their own', () => {
  check([
    ['whatIDid', 'My team leader spoke to the family and arranged a new visit.', ['passive-action'], []],
    ['whatIDid', 'The duty manager went down and reset the alarm.', ['passive-action'], []],
    [
      'whatIDid',
      'I rang the family the same day, and my team leader arranged a new visit for the Monday.',
      [],
      ['passive-action'],
    ],
    [
      'whatIDid',
      'rang the tenant when they called back, booked the plumber and paid the call-out myself',
      [],
      ['passive-action'],
    ],
  ]);
});

describe('after the sixth batch: dwelling and shrugs in other words', () => {
  check([
    ['whatILearned', "I still can't think of that shift without wanting to hide.", ['self-flagellating'], []],
    ['whatILearned', 'Maybe I should never be trusted with a cash float again.', ['self-flagellating'], []],
    ['whatILearned', "I'm clearly not as capable as I believed.", ['self-flagellating'], []],
    [
      'whatILearned',
      'I thought about it a lot, then I changed how I count the float: twice, with a colleague.',
      [],
      ['self-flagellating'],
    ],
    ['whatIDid', 'Well, stuff happens.', ['indifference'], []],
    ['whatILearned', 'Whatever. The customer would have complained about something anyway.', ['indifference'], []],
    ['whatILearned', 'Whatever the shift, I now count the float with a colleague before I sign.', [], ['indifference']],
    ['whatILearned', 'It happens when the float is not counted, so now I count it twice.', [], ['indifference']],
  ]);
});

describe('after the sixth batch: hiding, the worst ever, a shrug as the whole action', () => {
  check([
    ['whatIDid', "I sat in my car for the whole break because I couldn't face the team.", ['self-flagellating'], []],
    [
      'whatIDid',
      "I couldn't face my manager that evening, so I emailed her the facts and asked to meet at eight.",
      [],
      ['self-flagellating'],
    ],
    ['whyItHappened', "Because I'm the worst planner the team has ever had.", ['self-flagellating'], []],
    ['whatIDid', 'I just shrugged and carried on with the orders.', ['indifference'], []],
    ['whatILearned', "Maybe that I'm in the wrong line of work.", ['self-flagellating'], []],
  ]);
});

describe('after the seventh batch: the flaw framed as who the speaker is', () => {
  check([
    // "feel like" a flawed person is identity, in any tense; a feeling ("I felt awful") is not.
    [
      'whatHappened',
      'I lost the tender and felt like the most hopeless person on the team.',
      ['self-flagellating'],
      [],
    ],
    ['whatIDid', 'I feel like a useless manager whenever I think of it.', ['self-flagellating'], []],
    ['whatIDid', 'I felt awful, so I rang the client and owned it that afternoon.', [], ['self-flagellating']],
    ['whatIDid', 'I felt like a fool, so I rang the client and owned it.', [], ['self-flagellating']],
    [
      'whatIDid',
      "I don't feel like a failure about it any more; I rang her and apologised.",
      [],
      ['self-flagellating'],
    ],
    // "how pathetic I was": the speaker's verdict on themselves.
    ['whatIDid', 'I kept telling myself how stupid I was for days.', ['self-flagellating'], []],
    ['whatIDid', 'I explained how the error happened and how I was going to fix it.', [], ['self-flagellating']],
    // Falling short of a standard, now; not a skill not yet learned.
    ['whyItHappened', "Honestly I'm just not a good enough engineer.", ['self-flagellating'], []],
    ['whyItHappened', "I'm not good enough at Excel yet to have caught the formula.", [], ['self-flagellating']],
    ['whatILearned', "I'm still a mess about it, if I'm honest.", ['self-flagellating'], []],
  ]);
});

describe('after the seventh batch: the failure as what the work is, and choosing not to act', () => {
  check([
    // A line of work named as the whole reason; not a sentence that goes on to a cause or a practice.
    ['whatILearned', "It's hospitality, orders go wrong all the time.", ['indifference', 'not-learned'], []],
    ['whatILearned', "That's the building trade for you.", ['indifference', 'not-learned'], []],
    ['whatILearned', 'In retail I now count the float twice before I open.', [], ['indifference', 'not-learned']],
    [
      'whatILearned',
      'When the trace is borderline, escalating early is not a nuisance, it is the job.',
      [],
      ['indifference'],
    ],
    ['whatIDid', 'Deliveries get missed every other day on that route, so I left it.', ['indifference'], []],
    ['whatIDid', 'Deliveries got missed on that route twice, so I rang the depot.', [], ['indifference']],
    // "didn't bother" with the speaker as the one who chose not to act.
    ['whatIDid', "I didn't bother chasing the supplier after that.", ['indifference'], []],
    [
      'whatIDid',
      "I didn't bother her with it at the time; I fixed the order and told her the next day.",
      [],
      ['indifference'],
    ],
    ['whatILearned', "Not a huge amount, if I'm honest.", ['indifference', 'not-learned'], []],
  ]);
});

describe('after the seventh batch: blame put out of reach, the most one could', () => {
  check([
    [
      'whyItHappened',
      "The form wasn't on the system, so I can't really be blamed for missing it.",
      ['defensive-tone'],
      [],
    ],
    ['whyItHappened', 'You cannot blame me for that one, the rota was a mess.', ['defensive-tone'], []],
    ['whyItHappened', 'I should be blamed for it: I never opened the rota.', [], ['defensive-tone']],
    ['whyItHappened', 'I did what I could with two people on a Saturday.', ['defensive-tone'], []],
    [
      'whyItHappened',
      'I did what I could, but I never asked for a third person, and that was my call.',
      [],
      ['defensive-tone'],
    ],
  ]);
});
