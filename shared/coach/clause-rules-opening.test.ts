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
