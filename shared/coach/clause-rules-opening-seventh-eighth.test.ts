import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the seventh and eighth tuning batches (the earlier ones: clause-rules-opening.test.ts). The opening.

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
    [
      'whatHappened',
      'I overbooked the minibus for the school trip and four pupils had no seat, it was a mess.',
      [],
      [V],
    ],
    ['whatHappened', 'I felt out of my depth the week I lost three clients by sending their quotes late.', [], [V, N]],
    // A period as the subject is when, not what it cost; a period of loss is a cost.
    ['whatHappened', 'My first three weeks on the ward were a struggle.', [N], []],
    [
      'whatHappened',
      'The clinic ran without a receptionist for three weeks, and patients waited on the phone.',
      [],
      [N],
    ],
    // Counts in words up to ninety are counts.
    ['whatHappened', 'I priced the bulk order wrong and seventy customers paid the old rate.', [], [N]],
  ]);
});

describe('after the eighth batch: unsafe failures told as small, and safe slips that stay quiet', () => {
  const U = 'unsafe-failure' as const;
  check([
    // Private data passed on by the speaker to the wrong recipient: verb, data and recipient in order.
    [
      'whatHappened',
      'Only a small slip: I emailed the list of pupils’ home addresses to a parent instead of the head.',
      [U],
      [],
    ],
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
    [
      'whatHappened',
      'I missed the client meeting because I had the wrong week in my diary, and we lost the account.',
      [U],
      [],
    ],
  ]);
});

describe('after the eighth batch: a domain word used as a verb, a wrong side that is no body, a date that is no record', () => {
  const U = 'unsafe-failure' as const;
  check([
    // "fire" as a kitchen's verb names no domain of care; a fire door does.
    ['whatHappened', 'I forgot to fire table nine’s mains and they waited forty minutes.', [], [U]],
    ['whatHappened', 'I left the fire door propped open all afternoon.', [U], []],
    // A gerund before a noun still names the domain.
    [
      'whatHappened',
      "A pupil's disclosure sat with me over the weekend and I didn't pass it to the safeguarding lead.",
      [U],
      [],
    ],
    // A wrong side is a clinical or physical error only where care is owed.
    ['whatHappened', 'I drew the new fence on the wrong side of the shared path and the plans went back.', [], [U]],
    ['whatHappened', 'I marked the wrong side for the patient’s knee injection.', [U], []],
    // A date changed is concealment when it is the date on a record.
    ['whatHappened', 'I changed the date format in the export and the dashboard went blank.', [], [U]],
    ['whatHappened', 'I changed the date on the cleaning log so it looked done on time.', [U], []],
  ]);
});
