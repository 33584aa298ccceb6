import { describe, expect, it } from 'vitest';
import { reviewStory } from './review-story';
import { check } from './test-support/clause-check';

// Rules over clauses (from the fifth and sixth tuning batches). Openings and unsafe failures: vague events, what a failure cost (and counts that only set the scene), harm told as small.

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

describe('after the sixth batch: more unsafe failures in plain words', () => {
  check([
    ['whatHappened', "I pasted a client's bank details into the wrong team channel on Slack.", ['unsafe-failure'], []],
    ['whatHappened', 'I posted the rota in the team chat with the wrong start times.', [], ['unsafe-failure']],
    ['whatHappened', "A tenant's repair request sat unanswered in my tray for three weeks.", ['unsafe-failure'], []],
    [
      'whatHappened',
      'My draft sat in my drafts folder for a week before I sent it to my manager.',
      [],
      ['unsafe-failure'],
    ],
    ['whatHappened', 'I drove the minibus back after a couple of pints at the staff do.', ['unsafe-failure'], []],
    [
      'whatHappened',
      'I left a five-year-old behind at the farm park when we counted back onto the coach.',
      ['unsafe-failure'],
      [],
    ],
    ['whatHappened', 'I left a message for the patient at reception about her new time.', [], ['unsafe-failure']],
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

describe('after the sixth batch: news kept from the family', () => {
  check([
    [
      'whatHappened',
      "I didn't tell the patient's next of kin about the fall until the morning.",
      ['unsafe-failure'],
      [],
    ],
    [
      'whatHappened',
      'I told the family about the fall within the hour and wrote it up before I left.',
      [],
      ['unsafe-failure'],
    ],
  ]);
});

describe('after the seventh batch: a reaction is not a cost, more vague events', () => {
  check([
    // Someone's state ("was not happy with me") is a reaction; "was upset" or a count is what it cost.
    [
      'whatHappened',
      'I made a mistake with a customer order and my supervisor was not pleased with me.',
      ['vague-failure', 'no-impact'],
      [],
    ],
    [
      'whatHappened',
      'I sent a customer the wrong order and she was upset enough to cancel her account.',
      [],
      ['no-impact'],
    ],
    ['whatHappened', 'I booked the coach for the wrong day and the head was furious.', [], ['no-impact']],
    // "would probably be", "got messed up", "mixed up a few": a failure named, not told.
    ['whatHappened', 'My biggest failure would probably be a funding bid at my last charity.', ['vague-failure'], []],
    ['whatHappened', 'There was a stocktake where it all kind of got mixed up.', ['vague-failure'], []],
    ['whatHappened', 'I mixed up a few prescriptions one afternoon at the pharmacy.', ['vague-failure'], []],
    [
      'whatHappened',
      'I mixed up the labels on two patients’ blood samples and one had to be taken again.',
      [],
      ['vague-failure'],
    ],
  ]);
});

describe('after the seventh batch: unsafe failures told as small, and costs named in other words', () => {
  check([
    [
      'whatHappened',
      'Only a small thing: I gave a patient her IV antibiotics three hours late.',
      ['unsafe-failure'],
      [],
    ],
    ['whatHappened', 'I clipped a racking upright with the forklift, just a scratch really.', ['unsafe-failure'], []],
    [
      'whatHappened',
      'I put the racking order in a week late, so the new bay opened a week behind.',
      [],
      ['unsafe-failure'],
    ],
    [
      'whatHappened',
      'A spreadsheet with staff salaries went to the whole department because I picked the wrong list.',
      ['unsafe-failure'],
      ['no-impact'],
    ],
    ['whatHappened', 'The Christmas party invite went to the whole department a day early.', [], ['unsafe-failure']],
    ['whatHappened', 'I marked the mocks too harshly and twelve predicted grades were lowered.', [], ['no-impact']],
  ]);
});

describe('after the seventh batch, from the third batch: a bug named but not told', () => {
  check([
    ['whatHappened', 'In my last job one of our releases had a bug that I missed.', ['vague-failure'], []],
    [
      'whatHappened',
      'A release I tested had a bug in the basket code, and checkout went down for an hour.',
      [],
      ['vague-failure'],
    ],
  ]);
});

describe('after the seventh batch, from the earlier batches: who bore it, what was left where, stock named by "some"', () => {
  check([
    // "The lady took a tablet that was not hers": a person bearing the consequence.
    [
      'whatHappened',
      'I gave the wrong bag to a customer. The gentleman took two of the tablets before he rang us.',
      [],
      ['no-impact'],
    ],
    // "café" ends in a letter that is no word character: the family still has to match.
    [
      'whatHappened',
      'I left a folder with a tenant’s names and address in a café after a viewing.',
      ['unsafe-failure'],
      [],
    ],
    ['whatHappened', 'I left my umbrella in a café after a viewing.', [], ['unsafe-failure']],
    ['whatHappened', 'I damaged some stock with the pallet truck one evening.', ['vague-failure'], []],
    [
      'whatHappened',
      'I damaged some stock with the pallet truck, £1,400 of televisions written off.',
      [],
      ['vague-failure'],
    ],
  ]);
});

describe('after the eighth batch: a verdict with no act to picture, a period that is no cost', () => {
  const V = 'vague-failure' as const;
  const N = 'no-impact' as const;
  check([
    // A verdict or a feeling, and no act of the speaker's anywhere in the opening.
    ['whatHappened', 'My second term at the academy was, looking back, a complete shambles.', [V, N], []],
    ['whatHappened', 'I remember feeling totally out of my depth at my first trade show.', [V], []],
    ['whatHappened', 'The month-end close got on top of me that winter.', [V], []],
    ['whatHappened', 'A charity event went horribly wrong and I was the one meant to be running it.', [V], []],
    // An act to picture, even beside a verdict, is not vague.
    ['whatHappened', 'I overbooked the minibus for the school trip and four pupils had no seat, it was a mess.', [], [V]],
    ['whatHappened', 'I felt out of my depth the week I lost three clients by sending their quotes late.', [], [V, N]],
    // A period as the subject is when, not what it cost; a period of loss is a cost.
    ['whatHappened', 'My first three weeks on the ward were a struggle.', [N], []],
    ['whatHappened', 'The clinic ran without a receptionist for three weeks, and patients waited on the phone.', [], [N]],
    // Counts in words up to ninety are counts.
    ['whatHappened', 'I priced the bulk order wrong and seventy customers paid the old rate.', [], [N]],
  ]);
});

describe('after the eighth batch: unsafe failures told as small, and safe slips that stay quiet', () => {
  const U = 'unsafe-failure' as const;
  check([
    // Private data passed on by the speaker to the wrong recipient: verb, data and recipient in order.
    ['whatHappened', 'Only a small slip: I emailed the list of pupils’ home addresses to a parent instead of the head.', [U], []],
    ['whatHappened', "I forwarded a patient's discharge notes to a different patient with the same surname.", [U], []],
    ['whatHappened', 'I emailed the staff rota to the whole team with the wrong Saturday dates on it.', [], [U]],
    ['whatHappened', 'My manager sent me the bank details file instead of the sales report.', [], [U]],
    // A safety check left out, read from the object after "without".
    ['whatHappened', 'Nothing major, I signed the hoist back into use without doing the lifting inspection.', [U], []],
    ['whatHappened', 'I handed in the lab report without doing the spelling check.', [], [U]],
    // Safety kit not worn; a dose someone was owed; a device left in.
    ['whatHappened', 'I cut the conduit without my goggles on, it was fine in the end.', [U], []],
    ['whatHappened', "Bit of an oversight, I missed a resident's lunchtime insulin on a busy shift.", [U], []],
    ['whatHappened', 'A patient went home with the cannula still in his hand.', [U], []],
    ['whatHappened', 'I forgot my own tablets that morning and felt rough all shift.', [], [U]],
    // An internal meeting missed is a plain miss; a client meeting is not.
    ['whatHappened', 'I missed our weekly team meeting because I had the wrong week in my diary.', [], [U]],
    ['whatHappened', 'I missed the client meeting because I had the wrong week in my diary, and we lost the account.', [U], []],
  ]);
});

describe('after the eighth batch: a domain word used as a verb, a wrong side that is no body, a date that is no record', () => {
  const U = 'unsafe-failure' as const;
  check([
    // "fire" as a kitchen's verb names no domain of care; a fire door does.
    ['whatHappened', 'I forgot to fire table nine’s mains and they waited forty minutes.', [], [U]],
    ['whatHappened', 'I left the fire door propped open all afternoon.', [U], []],
    // A gerund before a noun still names the domain.
    ['whatHappened', "A pupil's disclosure sat with me over the weekend and I didn't pass it to the safeguarding lead.", [U], []],
    // A wrong side is a clinical or physical error only where care is owed.
    ['whatHappened', 'I drew the new fence on the wrong side of the shared path and the plans went back.', [], [U]],
    ['whatHappened', 'I marked the wrong side for the patient’s knee injection.', [U], []],
    // A date changed is concealment when it is the date on a record.
    ['whatHappened', 'I changed the date format in the export and the dashboard went blank.', [], [U]],
    ['whatHappened', 'I changed the date on the cleaning log so it looked done on time.', [U], []],
  ]);
});

describe('after the ninth batch: a slip whose object is only "something"', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', 'In my first month at the agency I got something quite basic wrong on a client brief.', [V], []],
    ['whatHappened', 'On the spring audit I messed a few things up with the stock counts.', [V], []],
    // Look-alikes: the slip named after a colon, a named object.
    ['whatHappened', 'I missed something basic: the allergy column on the booking sheet, so a guest was served nuts.', [], [V]],
    ['whatHappened', 'I got the delivery dates wrong on forty orders, and twelve customers waited an extra week.', [], [V]],
  ]);
});

describe('after the ninth batch: more ways a cost is told', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I mispriced a tender, which cost us the contract.', [], [N]],
    ['whatHappened', 'The customer was really unhappy with me and said they would not use us again.', [], [N]],
    ['whatHappened', 'My pitch to the school governors ran fifteen minutes over and we never reached the budget.', [], [N]],
    ['whatHappened', 'The charity I volunteered for was disappointed, and the relationship never really recovered.', [], [N]],
    // Still no cost: a person and a date.
    ['whatHappened', 'In June I made an error on a purchase order for our supplier, Mr Ahmed.', [N], []],
  ]);
});

describe('after the ninth batch: renewing something is legal only for a licence, a certificate or cover', () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whatHappened', "I forgot to renew a client's web domain, and their site was down for a weekend.", [], [U]],
    ['whatHappened', "I forgot to renew the surgery's insurance policy and we were uninsured for a week.", [U], []],
  ]);
});

describe('after the ninth batch: a person or a date named, the failure not', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', 'In my first year at the bank I let down a client called Mr Osei.', [V], []],
    ['whatHappened', "In 2022 I didn't handle a conversation with my colleague Priya very well.", [V], []],
    // Look-alikes: what was let down, or handled, and what it cost.
    ['whatHappened', 'I let down my team by missing the handover, so the night shift started without the bed list.', [], [V]],
    ['whatHappened', "I didn't handle the complaint from Mrs Patel well, and she moved her account to another branch.", [], [V]],
  ]);
});

describe('after the ninth batch: a till or a delivery short', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I gave a customer change for a fifty instead of a five, and my till was 45 short at close.', [], [N]],
    ['whatHappened', 'I miscounted the order and the delivery came up short by six crates.', [], [N]],
    ['whatHappened', 'I was short with a customer on the phone in my first week.', [N], []],
  ]);
});

describe('after the ninth batch: a bare "-ing" clause lists a circumstance, it tells no consequence', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I took over a new form group in the spring, with SATs looming and the inspectors coming, and some of my lessons did not go well.', [N], []],
    // Look-alike: what someone did next, after the speaker's act.
    ['whatHappened', 'I sent the wrong reading list home, and three parents complained to the head.', [], [N]],
  ]);
});

describe('after the ninth batch: "not as successful as we wanted"', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', 'In 2019 I ran a fundraising dinner for the charity that was not as successful as we wanted.', [V], []],
    ['whatHappened', "Our winter menu didn't do as well as we had hoped.", [V], []],
    // Look-alike: the same words with what it cost.
    ['whatHappened', "Our winter menu didn't sell as well as we hoped, and we threw away about £2,000 of stock.", [], [V]],
  ]);
});

describe('after the ninth batch: a consequence told with "which meant", or as what was lost', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I approved the old floor plan, which meant the joiners built a wall in the wrong place.', [], [N]],
    ['whatHappened', 'I sent the wrong artwork to the printer, and the whole run had to be pulped.', [], [N]],
    ['whatHappened', 'I forgot to order the cake for a wedding, and the couple had to make do with a shop-bought one.', [], [N]],
    ['whatHappened', 'I set the walk-in fridge wrong, and the whole dairy delivery spoiled.', [], [N]],
    // Still no cost: redone work with no size.
    ['whatHappened', 'I designed a sign-up form that confused people and had to be redone.', [N], []],
  ]);
});

describe('after the ninth batch: work not won, funding missed, a complaint taken higher', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I pitched the wrong concept to a new client and we did not win the account.', [], [N]],
    ['whatHappened', 'I sent the application a day late and the school missed out on the grant.', [], [N]],
    ['whatHappened', 'I rushed a parents evening and one father went straight to the head afterwards.', [], [N]],
    ['whatHappened', 'Our launch email had a broken link, and we got almost no sign-ups that week.', [], [N]],
    // Look-alike: the speaker going to the head is what they did, not what it cost.
    ['whatHappened', 'I went to the head and told her what I had done.', [N], []],
  ]);
});

describe('after the ninth batch: a counted set of bugs is specific; a quarter missed is a cost', () => {
  check([
    ['whatHappened', 'I cut the test time to hit the date, and the launch had twelve bugs.', [], ['vague-failure']],
    ['whatHappened', 'Our release had some issues.', ['vague-failure'], []],
    ['whatHappened', 'I took over a team that had just lost two senior reps, and we missed the quarter.', [], ['no-impact']],
  ]);
});

describe('after the tenth batch: a refund or complaint being handled is the task, not what it cost', () => {
  check([
    ['whatHappened', "In my last job I made a mistake when processing a customer's refund.", ['no-impact'], []],
    ['whatHappened', 'I got something wrong while handling a complaint from a tenant.', ['no-impact'], []],
    // Look-alikes: a refund or a complaint the failure led to.
    ['whatHappened', 'I sent the wrong size to a customer, and we had to refund her £80.', [], ['no-impact']],
    ['whatHappened', 'I misread a refund request and the customer complained to head office.', [], ['no-impact']],
  ]);
});
