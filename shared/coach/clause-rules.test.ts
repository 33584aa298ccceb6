import { describe, expect, it } from 'vitest';
import type { StoryPart } from '../story-parts';
import type { FindingKind } from './review-schema';
import { reviewStory } from './review-story';

/**
 * Rules over clauses added after the fifth tuning batch, each with sentences of our own
 * (none from any eval set) and look-alikes that must stay quiet: [part, text, must, mustNot].
 */
type Row = [StoryPart, string, FindingKind[], FindingKind[]];

const kindsOn = (part: StoryPart, text: string) =>
  reviewStory({ [part]: text })
    .findings.filter((f) => f.part === part)
    .map((f) => f.kind);

function check(rows: Row[]) {
  it.each(rows)('%s: %s', (part, text, must, mustNot) => {
    const kinds = kindsOn(part, text);
    expect(kinds).toEqual(expect.arrayContaining(must));
    for (const k of mustNot) expect(kinds).not.toContain(k);
  });
}

describe('a named practice against a generalisation', () => {
  check([
    // A rule for everyone, or for "people", is not something the speaker does.
    ['whatILearned', 'Drivers should always walk round the van before they set off.', ['no-change-evidence'], []],
    ['whatILearned', 'Everyone must always read the label twice.', ['no-change-evidence'], []],
    ['whatILearned', 'Always read the small print on a contract.', ['no-change-evidence'], []],
    ['whatILearned', 'It taught me a lot about helping each other out on a busy floor.', ['no-change-evidence'], []],
    // Look-alikes: the speaker's own practice, with "never", "no longer", a verb of stopping.
    ['whatILearned', 'I never sign off a timesheet now without the rota beside it.', [], ['no-change-evidence']],
    ['whatILearned', "I've stopped booking suppliers before I have the final headcount.", [], ['no-change-evidence']],
    ['whatILearned', 'always lock the screen when i leave the desk now, every time', [], ['no-change-evidence']],
    [
      'whatILearned',
      'What I do now:\n- I ring the venue the day before every event\n- I count the chairs myself',
      [],
      ['no-change-evidence'],
    ],
    // A past "I started …" in the story is not a change of habit.
    [
      'whatILearned',
      'I know now I should have checked the stock before I started counting.',
      ['no-change-evidence'],
      [],
    ],
  ]);
});

describe('a lesson that is only a general truth', () => {
  check([
    ['whatILearned', 'Guests forgive a delay but never a cold welcome.', ['generic-lesson'], []],
    ['whatILearned', 'Trust takes years to build and a minute to lose.', ['generic-lesson'], []],
    ['whatILearned', 'People should always ask when they are unsure.', ['generic-lesson'], []],
    ['whatILearned', 'I learned that good planning is very important in every single project.', ['generic-lesson'], []],
    // Look-alikes: a rule with its trigger, a rule for a thing, a truth followed by a practice.
    [
      'whatILearned',
      'When a tenant stops answering, that is the moment to visit rather than send another letter.',
      [],
      ['generic-lesson'],
    ],
    ['whatILearned', 'A delivery note needs the bay number on it, not just the order.', [], ['generic-lesson']],
    [
      'whatILearned',
      'Guests remember the welcome. So now I meet every late arrival at the door myself.',
      [],
      ['generic-lesson', 'no-change-evidence'],
    ],
    ['whatILearned', 'My old manager never listened to anyone.', [], ['generic-lesson']],
  ]);
});

describe('a lesson that says nothing could have been done', () => {
  check([
    ['whatILearned', 'Nothing anybody could have done, the buyer just walked away.', ['not-learned'], []],
    ['whatILearned', "I'm not sure there was a real lesson in it, to be honest.", ['not-learned'], []],
    [
      'whatILearned',
      'I now ask the buyer what could have been done better after every lost deal.',
      [],
      ['not-learned'],
    ],
  ]);
});

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

describe('openings: vague events, and consequences told after "so"', () => {
  check([
    ['whatHappened', 'I was responsible for an update that caused a problem on the tills.', ['vague-failure'], []],
    ['whatHappened', 'My first week running the night shift was not my finest hour.', ['vague-failure'], []],
    [
      'whatHappened',
      'I put the wrong date on the coach booking, so a party of thirty pensioners turned up a day early.',
      [],
      ['no-impact', 'vague-failure'],
    ],
  ]);
});

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

describe('openings, unsafe failures and lessons in other words', () => {
  check([
    ['whatHappened', 'I made a wrong call on a supplier a couple of years ago.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', 'There was an occasion when I let my team down.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', 'I let a pupil go home with an adult who was not on the collection list.', ['unsafe-failure'], []],
    [
      'whatHappened',
      "I didn't return a landlord's calls for a week while I chased a bigger deal.",
      ['unsafe-failure'],
      [],
    ],
    ['whatILearned', 'That some people will always find something to complain about.', ['not-learned'], []],
    ['whatILearned', 'Honestly I would still make that call with the same information.', ['not-learned'], []],
    ['whatILearned', 'Every setback is a chance to grow.', ['generic-lesson', 'no-change-evidence'], []],
    ['whatILearned', 'It made me a stronger and more resilient professional.', ['generic-lesson'], []],
    ['whatIDid', "I didn't really bother chasing it, it was their problem by then.", ['indifference'], []],
    // Look-alike: a step now done for each of them is a practice.
    [
      'whatILearned',
      'Since then every new client gets a welcome call in their first week.',
      [],
      ['no-change-evidence'],
    ],
  ]);
});

describe('a proverb is not a practice, and other shapes of the same weaknesses', () => {
  check([
    // "always" in a sentence about a thing is a proverb, not a habit the speaker keeps.
    ['whatILearned', 'Good preparation always pays for itself.', ['no-change-evidence'], []],
    ['whatILearned', 'Hard work always pays off in the end.', ['generic-lesson'], []],
    ['whatILearned', 'Every order now goes through a second check before it is loaded.', [], ['no-change-evidence']],
    ['whatIDid', 'I let my manager know and she took it from there.', ['passive-action'], []],
    ['whatHappened', 'In my last role I had a project that could have gone better.', ['vague-failure'], []],
    ['whatHappened', 'I got something wrong on a payroll run.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', 'I mixed up two residents’ blood samples on a morning round.', ['unsafe-failure'], []],
    ['whatILearned', "To be honest I haven't thought about it much since.", ['indifference'], []],
    ['whatHappened', 'I failed to delegate because I knew I could do it faster and better myself.', ['humblebrag'], []],
  ]);
});

describe('neglect that worries an interviewer, and shapes of not caring', () => {
  check([
    // An internal meeting missed is a plain miss; someone outside left waiting is not.
    [
      'whatHappened',
      'I forgot to send the agenda before a team meeting, so the first twenty minutes were wasted.',
      [],
      ['unsafe-failure'],
    ],
    ['whatHappened', 'I forgot a review meeting with a client and they moved their account.', ['unsafe-failure'], []],
    ['whatHappened', 'I left the cash office unlocked overnight.', ['unsafe-failure'], []],
    ['whatHappened', 'I drove the pool car for a fortnight after its insurance had lapsed.', ['unsafe-failure'], []],
    ['whatHappened', 'I let a courier into the records room without checking his badge.', ['unsafe-failure'], []],
    ['whatHappened', 'I left my charger at a client site and had to drive back for it.', [], ['unsafe-failure']],
    [
      'whatHappened',
      'I discussed a patient’s diagnosis in the lift where visitors could hear.',
      ['unsafe-failure'],
      [],
    ],
    ['whatIDid', 'Not a lot, I figured someone on the next shift would pick it up.', ['indifference'], []],
    ['whyItHappened', 'I had flagged the risk twice in writing, so I really did my part.', ['defensive-tone'], []],
    [
      'whyItHappened',
      'She was rude for ten minutes, and most cashiers would have reacted the same.',
      ['defensive-tone'],
      [],
    ],
  ]);
});

describe('vague openings named by a general noun, and years that count nothing', () => {
  check([
    [
      'whatHappened',
      'There was a situation with a customer at my old job that I handled badly.',
      ['vague-failure'],
      [],
    ],
    ['whatHappened', 'A campaign I ran in 2023 was not a success.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', 'One time I messed up an order for a regular.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', "I once failed to meet my manager's expectations on a task.", ['vague-failure'], []],
    // Look-alikes: the same nouns with what they were and what they cost.
    [
      'whatHappened',
      'I missed a timed delivery slot at a hospital, so their theatre list started an hour late.',
      [],
      ['vague-failure'],
    ],
    [
      'whatHappened',
      'There was an error in my forecast that understated costs by £30,000, and the board approved a plan we could not afford.',
      [],
      ['vague-failure', 'no-impact'],
    ],
  ]);
});

describe('"you" in a lesson is anyone; "my rule now is" names a practice', () => {
  check([
    [
      'whatILearned',
      'That you should treat every guest the way you would want to be treated.',
      ['generic-lesson', 'no-change-evidence'],
      [],
    ],
    ['whatILearned', 'You always have to read the order twice.', ['no-change-evidence'], []],
    [
      'whatILearned',
      'My rule now is that nobody climbs a ladder without a second person at the foot of it.',
      [],
      ['no-change-evidence'],
    ],
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
    ["whatILearned", "I wouldn't say it taught me anything new.", ['not-learned'], []],
    ['whatILearned', "I don't guess stock levels any more, and I learned much more about forecasting.", [], ['not-learned']],
    // The failure as one of a class that happens, or comes with the work.
    ['whatILearned', 'Mistakes like that happen in any busy kitchen.', ['indifference'], []],
    ['whatIDid', 'These sorts of problems are part of agency life, so I left it.', ['indifference'], []],
    ['whatILearned', 'These kinds of errors happen when nobody owns the handover, so now I own it.', [], ['indifference']],
  ]);
});

describe('after the sixth batch: unavoidable for anyone, a record kept out, rules with no one in them', () => {
  check([
    ['whyItHappened', 'No teacher could have kept thirty Year 9s quiet in that heat.', ['defensive-tone'], []],
    ['whyItHappened', 'Anybody in my position would have signed it off.', ['defensive-tone'], []],
    ['whyItHappened', 'No one had told me the rota had changed.', [], ['defensive-tone']],
    ['whatIDid', 'I fixed the entry myself so that no one would find out about the first figure.', ['unsafe-failure'], []],
    ['whatIDid', 'I never wrote the burn in the first-aid book because it looked minor.', ['unsafe-failure'], []],
    ['whatIDid', 'I wrote the burn in the first-aid book and told my manager.', [], ['unsafe-failure']],
    ['whatILearned', 'I learned that vehicles should be inspected properly.', ['generic-lesson'], []],
    ['whatILearned', 'Every van must now be inspected by the driver before the first drop.', [], ['generic-lesson']],
    ['whatILearned', 'I realised each sample has to be labelled at the bedside, not at the desk.', [], ['generic-lesson']],
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

describe('after the sixth batch: near-miss words said of a dose already given', () => {
  it('keeps a dose given twice unsafe, though the speaker calls it a near miss', () => {
    const review = reviewStory({
      whatHappened: 'I gave a patient his evening heparin twice, but he was fine so it was a near miss really.',
    });
    expect(review.findings.map((f) => f.kind)).toContain('unsafe-failure');
  });
  it('leaves a dose caught before it was given a near miss', () => {
    const review = reviewStory({
      whatHappened: 'I drew up the wrong dose of heparin, but my colleague caught it at the second check. A near miss.',
    });
    expect(review.findings.map((f) => f.kind)).not.toContain('unsafe-failure');
  });
});

describe('after the sixth batch: unfit for the work, more than anyone could do, a standard not met', () => {
  check([
    ['whatILearned', 'Maybe I am not cut out for this kind of work.', ['self-flagellating'], []],
    ['whatILearned', "Honestly I'm a horrible manager and everyone knows it.", ['self-flagellating'], []],
    ['whatILearned', 'I am not good at spreadsheets, so now I ask finance to check mine.', [], ['self-flagellating']],
    ['whatILearned', 'I was a danger to nobody, but I was slow.', [], ['self-flagellating']],
    ['whatILearned', "I don't think I'll ever forgive myself for that shift.", ['self-flagellating'], []],
    ['whyItHappened', 'There were three of us on a full ward, so I could not possibly watch every bay.', ['defensive-tone'], []],
    ['whyItHappened', 'I cannot do everything at once when the phones are ringing.', ['defensive-tone'], []],
    [
      'whyItHappened',
      "I couldn't check every form that day, but I chose to skip the consent section and that was my call.",
      [],
      ['defensive-tone'],
    ],
    ['whatHappened', 'At my last firm I produced a report that did not meet the standard the partner expected.', ['vague-failure'], []],
    [
      'whatHappened',
      'My audit file did not meet the standard, and the regulator gave the firm 30 days to fix 12 findings.',
      [],
      ['vague-failure'],
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

describe('after the sixth batch: the cause as another party\'s duty, inability is not ownership', () => {
  check([
    ['whyItHappened', 'The porters are supposed to bring the bloods down before ten.', ['blame'], []],
    ['whyItHappened', 'Booking the couriers was technically the office manager\'s job.', ['blame'], []],
    ['whyItHappened', 'The real problem was the agency staff.', ['blame'], []],
    ['whyItHappened', 'The real problem was me: I never asked for the figures.', [], ['blame']],
    ['whyItHappened', 'Booking the couriers was my job, and I forgot to do it.', [], ['blame']],
    [
      'whyItHappened',
      'The supplier sent the wrong labels, so I could not see the difference.',
      ['blame'],
      [],
    ],
    [
      'whyItHappened',
      'The supplier changed the labels, but I did not compare the new box with the order.',
      [],
      ['blame'],
    ],
  ]);
});

describe('after the sixth batch: harm told in the next sentence of the opening, papers left in public', () => {
  check([
    [
      'whatHappened',
      "I did not repeat a resident's observations when they were due. She became confused and needed to be monitored overnight.",
      ['unsafe-failure'],
      [],
    ],
    [
      'whatHappened',
      'I booked the wrong room for the quarterly review. The client became confused and waited in reception for twenty minutes.',
      [],
      ['unsafe-failure'],
    ],
    [
      'whatHappened',
      "I left a folder with two tenants' names and bank details in a taxi on the way back from a viewing.",
      ['unsafe-failure'],
      [],
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
    ['whatIDid', 'Nothing at first; the next morning I called the supplier and rebooked the delivery.', [], ['passive-action']],
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
    ['whatIDid', 'rang the tenant when they called back, booked the plumber and paid the call-out myself', [], ['passive-action']],
  ]);
});

describe('after the sixth batch: counts that set the scene are not what a failure cost', () => {
  check([
    [
      'whatHappened',
      'In my second year, with around 400 clients on my books, I made an error in one of the renewal letters.',
      ['no-impact'],
      [],
    ],
    ['whatHappened', 'Big job. 300 guests, a marquee, two bars. I got the drinks order wrong.', ['no-impact'], []],
    ['whatHappened', 'I made a bad call on a rota for a team of fifteen carers.', ['no-impact'], []],
    [
      'whatHappened',
      'I under-staffed the Friday late shift, and we closed the kitchen at nine with about thirty tables still waiting.',
      [],
      ['no-impact'],
    ],
    ['whatHappened', 'I emailed a list with 900 members’ home addresses to the whole committee.', [], ['no-impact']],
  ]);
});

describe('after the sixth batch: diligence or rightness pleaded in the cause', () => {
  check([
    ['whyItHappened', "I'd warned the office three times that the van was due a service.", ['defensive-tone'], []],
    ['whyItHappened', 'I had done everything on the checklist, and the client still complained.', ['defensive-tone'], []],
    ['whyItHappened', 'The guest shouted at me, but I was completely right about the check-in time.', ['defensive-tone'], []],
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

describe('after the sixth batch: present "are" and "am" read as present; a quality learned', () => {
  check([
    ['whatILearned', 'Clear handovers are essential for patient safety.', ['generic-lesson'], []],
    ['whatILearned', 'The stock sheets are the first thing I check on every delivery now.', [], ['generic-lesson']],
    ['whatILearned', 'I learned resilience and humility.', ['generic-lesson'], []],
    ['whatILearned', 'I learned Excel properly after that, and I now build every forecast from the raw data.', [], ['generic-lesson']],
  ]);
  it('reads "I am" and "they are" as present tense', () => {
    const review = reviewStory({ whyItHappened: 'Because I am careless, basically.' });
    expect(review.findings.map((f) => f.kind)).toContain('self-flagellating');
  });
});

describe('after the sixth batch: more unsafe failures in plain words', () => {
  check([
    ['whatHappened', "I pasted a client's bank details into the wrong team channel on Slack.", ['unsafe-failure'], []],
    ['whatHappened', 'I posted the rota in the team chat with the wrong start times.', [], ['unsafe-failure']],
    ['whatHappened', "A tenant's repair request sat unanswered in my tray for three weeks.", ['unsafe-failure'], []],
    ['whatHappened', 'My draft sat in my drafts folder for a week before I sent it to my manager.', [], ['unsafe-failure']],
    ['whatHappened', 'I drove the minibus back after a couple of pints at the staff do.', ['unsafe-failure'], []],
    ['whatHappened', 'I left a five-year-old behind at the farm park when we counted back onto the coach.', ['unsafe-failure'], []],
    ['whatHappened', 'I left a message for the patient at reception about her new time.', [], ['unsafe-failure']],
  ]);
});

describe('after the sixth batch: dwelling and shrugs in other words', () => {
  check([
    ['whatILearned', "I still can't think of that shift without wanting to hide.", ['self-flagellating'], []],
    ['whatILearned', 'Maybe I should never be trusted with a cash float again.', ['self-flagellating'], []],
    ['whatILearned', "I'm clearly not as capable as I believed.", ['self-flagellating'], []],
    ['whatILearned', 'I thought about it a lot, then I changed how I count the float: twice, with a colleague.', [], ['self-flagellating']],
    ['whatIDid', 'Well, stuff happens.', ['indifference'], []],
    ['whatILearned', 'Whatever. The customer would have complained about something anyway.', ['indifference'], []],
    ['whatILearned', 'Whatever the shift, I now count the float with a colleague before I sign.', [], ['indifference']],
    ['whatILearned', 'It happens when the float is not counted, so now I count it twice.', [], ['indifference']],
  ]);
});

describe('after the sixth batch: an event judged by a verb of failure, with nothing it cost', () => {
  check([
    ['whatHappened', 'A fundraiser I organised for the school backfired.', ['vague-failure'], []],
    ['whatHappened', 'The training day I designed never really took off.', ['vague-failure'], []],
    [
      'whatHappened',
      'A fundraiser I organised backfired: we spent £3,000 on the venue and raised £1,100.',
      [],
      ['vague-failure'],
    ],
  ]);
});

describe('after the sixth batch: a rhetorical question in the cause', () => {
  check([
    ['whyItHappened', 'Two carers off sick and a full unit: what was I meant to do?', ['defensive-tone'], []],
    ['whatILearned', 'What I was meant to do was ask for help, and now I do, on the first hour of a short shift.', [], ['defensive-tone']],
  ]);
});

describe('after the sixth batch: more of a virtue, claimed now', () => {
  check([
    ["whatILearned", "I'm a lot more organised now.", ['generic-lesson'], []],
    ['whatILearned', 'Nowadays I am more patient with new starters.', ['generic-lesson'], []],
    [
      'whatILearned',
      "I'm more organised now: every Friday I block an hour to plan the next week's deliveries.",
      [],
      ['generic-lesson'],
    ],
    ['whatILearned', 'I am more than willing to ask for a second check now, and I do it on every controlled drug.', [], ['generic-lesson']],
  ]);
});

describe('after the sixth batch: a strength dressed as a failure, in other words', () => {
  check([
    ['whatHappened', 'My failure, if anything, was running the stall too well: we sold out by noon.', ['humblebrag'], []],
    ['whatHappened', 'I worked so hard on the audit that I skipped my own leave.', ['humblebrag'], []],
    ['whyItHappened', "I didn't hand it over because I knew I could do it faster myself.", ['humblebrag'], []],
    ['whatHappened', 'The new fryer was not running too well, and I kept using it for a week.', [], ['humblebrag']],
  ]);
});

describe('after the sixth batch: news kept from the family', () => {
  check([
    ['whatHappened', "I didn't tell the patient's next of kin about the fall until the morning.", ['unsafe-failure'], []],
    ['whatHappened', 'I told the family about the fall within the hour and wrote it up before I left.', [], ['unsafe-failure']],
  ]);
});

describe('after the sixth batch: steps under a label of the speaker\'s own, alerts set up', () => {
  check([
    ['whatILearned', 'Our routine now: count the tills at two, then again at close.', [], ['no-change-evidence']],
    ['whatILearned', 'I set up alarms on the freezer so the night porter hears about it at minus 12.', [], ['no-change-evidence']],
    ['whatILearned', 'My rule: always stay calm.', ['no-change-evidence'], []],
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
    ['whatILearned', 'Errors like that happen when the label is read from memory, so I read it aloud now.', [], ['indifference']],
  ]);
});

describe('after the sixth batch: hiding, the worst ever, a shrug as the whole action', () => {
  check([
    ['whatIDid', "I sat in my car for the whole break because I couldn't face the team.", ['self-flagellating'], []],
    ['whatIDid', "I couldn't face my manager that evening, so I emailed her the facts and asked to meet at eight.", [], ['self-flagellating']],
    ['whyItHappened', "Because I'm the worst planner the team has ever had.", ['self-flagellating'], []],
    ['whatIDid', 'I just shrugged and carried on with the orders.', ['indifference'], []],
    ['whatILearned', "Maybe that I'm in the wrong line of work.", ['self-flagellating'], []],
  ]);
});
