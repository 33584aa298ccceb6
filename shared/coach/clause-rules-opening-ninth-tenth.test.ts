import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the ninth and tenth tuning batches. The opening.

describe('after the ninth batch: a slip whose object is only "something"', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', 'In my first month at the agency I got something quite basic wrong on a client brief.', [V], []],
    ['whatHappened', 'On the spring audit I messed a few things up with the stock counts.', [V], []],
    // Look-alikes: the slip named after a colon, a named object.
    [
      'whatHappened',
      'I missed something basic: the allergy column on the booking sheet, so a guest was served nuts.',
      [],
      [V],
    ],
    [
      'whatHappened',
      'I got the delivery dates wrong on forty orders, and twelve customers waited an extra week.',
      [],
      [V],
    ],
  ]);
});

describe('after the ninth batch: more ways a cost is told', () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I mispriced a tender, which cost us the contract.', [], [N]],
    ['whatHappened', 'The customer was really unhappy with me and said they would not use us again.', [], [N]],
    [
      'whatHappened',
      'My pitch to the school governors ran fifteen minutes over and we never reached the budget.',
      [],
      [N],
    ],
    [
      'whatHappened',
      'The charity I volunteered for was disappointed, and the relationship never really recovered.',
      [],
      [N],
    ],
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
    [
      'whatHappened',
      'I let down my team by missing the handover, so the night shift started without the bed list.',
      [],
      [V],
    ],
    [
      'whatHappened',
      "I didn't handle the complaint from Mrs Patel well, and she moved her account to another branch.",
      [],
      [V],
    ],
  ]);
});

describe('after the ninth batch: a till or a delivery short', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      'I gave a customer change for a fifty instead of a five, and my till was 45 short at close.',
      [],
      [N],
    ],
    ['whatHappened', 'I miscounted the order and the delivery came up short by six crates.', [], [N]],
    ['whatHappened', 'I was short with a customer on the phone in my first week.', [N], []],
  ]);
});

describe('after the ninth batch: a bare "-ing" clause lists a circumstance, it tells no consequence', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      'I took over a new form group in the spring, with SATs looming and the inspectors coming, and some of my lessons did not go well.',
      [N],
      [],
    ],
    // Look-alike: what someone did next, after the speaker's act.
    ['whatHappened', 'I sent the wrong reading list home, and three parents complained to the head.', [], [N]],
  ]);
});

describe('after the ninth batch: "not as successful as we wanted"', () => {
  const V = 'vague-failure' as const;
  check([
    [
      'whatHappened',
      'In 2019 I ran a fundraising dinner for the charity that was not as successful as we wanted.',
      [V],
      [],
    ],
    ['whatHappened', "Our winter menu didn't do as well as we had hoped.", [V], []],
    // Look-alike: the same words with what it cost.
    [
      'whatHappened',
      "Our winter menu didn't sell as well as we hoped, and we threw away about £2,000 of stock.",
      [],
      [V],
    ],
  ]);
});

describe('after the ninth batch: a consequence told with "which meant", or as what was lost', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      'I approved the old floor plan, which meant the joiners built a wall in the wrong place.',
      [],
      [N],
    ],
    ['whatHappened', 'I sent the wrong artwork to the printer, and the whole run had to be pulped.', [], [N]],
    [
      'whatHappened',
      'I forgot to order the cake for a wedding, and the couple had to make do with a shop-bought one.',
      [],
      [N],
    ],
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
    [
      'whatHappened',
      'I took over a team that had just lost two senior reps, and we missed the quarter.',
      [],
      ['no-impact'],
    ],
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
