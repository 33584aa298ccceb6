import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses, continued (clause-rules-opening.test.ts is full). The opening.

describe('after the eleventh batch: "it was a difficult situation" names no failure', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', "It was a difficult situation with a customer's car that I'd worked on at the garage.", [V], []],
    ['whatHappened', 'This was a really tough period with one of our biggest accounts.', [V], []],
    // Look-alikes: the same words with the failure and its cost named, or the words about someone else.
    [
      'whatHappened',
      'It was a difficult situation: I sent the wrong contract to a client and we lost the renewal, worth £40,000.',
      [],
      [V],
    ],
    [
      'whatHappened',
      'I double-booked the main hall for two weddings, which was a stressful time for both couples, and we refunded one of them £2,000.',
      [],
      [V],
    ],
  ]);
});
