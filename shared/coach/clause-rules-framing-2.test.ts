import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses, continued (clause-rules-framing.test.ts is full). Tone and framing.

describe("after the eleventh batch: someone else's words ending in 'anyway' are no shrug", () => {
  const I = 'indifference' as const;
  check([
    [
      'whatIDid',
      'I found a farm shop that would do a tasting instead, and one couple said the cider was better anyway.',
      [],
      [I],
    ],
    ['whatIDid', 'I rebooked the room, and my manager said the old one was too small anyway.', [], [I]],
    // Look-alikes: the speaker's own words, or the speaker's view, still wave it off.
    ['whatIDid', 'I left it for the night shift to sort out, it was a boring job anyway.', [I], []],
    ['whatIDid', 'I said the report was pointless anyway and moved on to my other work.', [I], []],
    ['whatIDid', 'I told the client and we said it was a minor thing anyway.', [I], []],
  ]);
});

describe('after the eleventh batch: samples of a material are no specimens', () => {
  const U = 'unsafe-failure' as const;
  check([
    [
      'whatHappened',
      'I mislabelled a tray of 96 plant samples, and two weeks of growth measurements could not be used.',
      [],
      [U],
    ],
    ['whatHappened', 'I mixed up the soil samples from two fields, so the lab report for the farmer was wrong.', [], [U]],
    // Look-alikes: a patient's samples, and blood, stay unsafe.
    ['whatHappened', 'I mislabelled a tray of twelve patient samples on the ward, and two results went to the wrong notes.', [U], []],
    ['whatHappened', 'I mixed up the blood samples of two patients in the clinic.', [U], []],
  ]);
});
