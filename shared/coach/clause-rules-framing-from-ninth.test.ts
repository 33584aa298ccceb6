import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the ninth tuning batch on (the earlier ones: clause-rules-framing.test.ts). Tone and framing.

describe('after the ninth batch: unsafe failures beyond the obvious, with safe look-alikes', () => {
  const U = 'unsafe-failure' as const;
  check([
    // A legal deadline to file, a safety certificate with its kind named, a client file left readable.
    ['whatHappened', "I missed the deadline to lodge a client's appeal with the court by two days.", [U], []],
    ['whatHappened', 'We let the family move in before the electrical safety certificate was issued.', [U], []],
    ['whatHappened', "I left a patient's referral file open on the screen at the front desk during my break.", [U], []],
    // Look-alikes: an internal deadline, a certificate of achievement, my own notes on my screen.
    ['whatHappened', 'I missed the deadline for the team newsletter by two days.', [], [U]],
    ['whatHappened', 'I printed the wrong date on the course certificates before the awards evening.', [], [U]],
    ['whatHappened', 'I left my lesson plan open on the screen and forgot to save the changes.', [], [U]],
  ]);
});

describe('after the ninth batch: a missed step told with "even though I was already doing the work of…"', () => {
  const H = 'humblebrag' as const;
  check([
    [
      'whatHappened',
      "I didn't get the team leader job, even though I was already doing the job of a team leader.",
      [H],
      [],
    ],
    ['whatHappened', 'I was turned down for a regrade although I had been working above my grade for a year.', [H], []],
    // Look-alike: a plain missed promotion, owned.
    ['whatHappened', "I didn't get the team leader job because my interview answers had no examples.", [], [H]],
  ]);
});

describe('after the ninth batch: not caring denied is no shrug', () => {
  const I = 'indifference' as const;
  check([
    ['whyItHappened', "It's not that I didn't care, I was just covering two wards that week.", [], [I]],
    ['whyItHappened', "It's not as if I didn't care about the residents, I was on my own.", [], [I]],
    // Look-alike: the shrug itself.
    ['whyItHappened', "I didn't really care, it was my last week there.", [I], []],
  ]);
});

describe("after the ninth batch: keeping back one's own state is not hiding a mistake", () => {
  const U = 'unsafe-failure' as const;
  check([
    [
      'whyItHappened',
      "I didn't tell my team leader I was falling behind with the returns until the week they were due.",
      [],
      [U],
    ],
    ['whyItHappened', "I didn't tell my manager how stretched I was.", [], [U]],
    // Look-alikes: the mistake itself kept back.
    ['whyItHappened', "I didn't tell my manager that I had posted the wrong prices.", [U], []],
    ['whyItHappened', "I didn't tell anyone about the wrong dose because I was scared.", [U], []],
  ]);
});

describe('after the ninth batch: self-punishment told in the past that lasted, and humblebrags in other clothes', () => {
  const S = 'self-flagellating' as const;
  const H = 'humblebrag' as const;
  check([
    ['whatILearned', 'I felt like the worst teacher in the school for weeks, and part of me still does.', [S], []],
    ['whatILearned', 'For months afterwards I could not sleep, and I kept thinking I should resign.', [S], []],
    ['whatILearned', 'I hated myself for ages after that.', [S], []],
    // Look-alikes: a feeling that led straight to action, and one that passed.
    ['whatILearned', 'I felt awful that night, so the next morning I rang the family and apologised.', [], [S]],
    ['whatILearned', 'I hated myself for a day, then I wrote a checklist and I have used it since.', [], [S]],
    ['whatHappened', 'My biggest failure is that I find it hard to say no because my team relies on me.', [H], []],
    ['whatHappened', 'I failed to win Rep of the Year award two years running; I came second both times.', [H], []],
    ['whatHappened', 'I found it hard to say no to a supplier, and we signed a contract we could not afford.', [], [H]],
  ]);
});

describe('after the ninth batch: unsafe failures found with sentences of our own', () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whatHappened', 'I gave a resident his codeine an hour after the night nurse had already given it.', [U], []],
    [
      'whatHappened',
      "I left a child's disclosure form in my tray for four days before I passed it to the lead.",
      [U],
      [],
    ],
    ['whatHappened', "I didn't put the cones out after mopping, and a visitor slipped by the lifts.", [U], []],
    ['whatHappened', "I changed a supplier's bank details from an email that turned out to be a scam.", [U], []],
    ['whatHappened', "I emailed a tenant's rent statement to her ex-partner by mistake.", [U], []],
    ['whatHappened', "I didn't report a near miss with the pallet truck because I thought it was minor.", [U], []],
    // Safe look-alikes: a deadline that slipped, a meeting room, one's own appointment, a near miss caught.
    ['whatHappened', 'The deadline slipped by two weeks and the launch moved to June.', [], [U]],
    ['whatHappened', 'I double-booked the training room, so two courses turned up at once.', [], [U]],
    ['whatHappened', 'I missed my own hospital appointment because I stayed late at work.', [], [U]],
    [
      'whatHappened',
      'I handed a customer the wrong strength of ibuprofen, but the pharmacist swapped it before she left.',
      [],
      [U],
    ],
    ['whatHappened', "I posted the parcel to her husband's office as she had asked, and it came back.", [], [U]],
  ]);
});

describe('after the ninth batch: indifference told in the past tense', () => {
  const I = 'indifference' as const;
  check([
    ['whyItHappened', 'I had two weeks left on my contract and had pretty much switched off.', [I], []],
    ['whyItHappened', "I didn't see why I should bother when nobody else on the shift did.", [I], []],
    ['whyItHappened', "It wasn't one of my tenants, so I didn't feel it was my job to chase the repair.", [I], []],
    // Look-alikes: switching a thing off, deference owned.
    ['whyItHappened', 'I switched off the fridge alarm during the delivery and forgot to turn it back on.', [], [I]],
    [
      'whyItHappened',
      "I didn't feel it was my place to question the consultant, so I stayed quiet, which was wrong.",
      [],
      [I],
    ],
  ]);
});

describe('after the ninth batch: the report nobody reads, better things to do', () => {
  const I = 'indifference' as const;
  check([
    [
      'whyItHappened',
      "I didn't think anyone actually read the weekly figures, and I had better things to do.",
      [I],
      [],
    ],
    ['whyItHappened', "I didn't think anyone had checked the fridge, so I checked it myself.", [], [I]],
  ]);
});

describe("after the ninth batch: a pupil's thing left is not a pupil left", () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whatHappened', "I left a pupil's report at home and handed it in a day late.", [], [U]],
    ['whatHappened', 'I left a pupil at the museum when we counted back onto the coach.', [U], []],
  ]);
});

describe('after the ninth batch: someone who slipped, not someone who fell ill', () => {
  check([
    [
      'whatHappened',
      "I didn't put the wet floor sign out, and a customer slipped near the tills.",
      ['unsafe-failure'],
      ['no-impact'],
    ],
    ['whatHappened', 'A colleague fell ill and I covered her shift without a proper handover.', [], ['unsafe-failure']],
  ]);
});

describe('after the tenth batch: "part of the job", and any failure that "happens all the time"', () => {
  const I = 'indifference' as const;
  check([
    [
      'whatILearned',
      "Having said that, flare-ups happen all the time in physio, it's part of the job really.",
      [I],
      [],
    ],
    ['whatILearned', 'Breakages happen all the time in a busy bar.', [I], []],
    ['whatIDid', "Honestly, it's part and parcel of the job.", [I], []],
    // Look-alikes: the job's demands told as context, a count that happens every day as a fact about the work.
    [
      'whatILearned',
      'Checking every bottle before it goes out is now part of my job, and I do it before every shift.',
      [],
      [I],
    ],
    ['whyItHappened', 'Handovers happen at seven every morning and I skipped mine that day.', [], [I]],
  ]);
});

describe('after the tenth batch: a sample of people is no specimen', () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whyItHappened', 'I skipped the test send to a sample because we were up against a launch.', [], [U]],
    ['whatHappened', 'I skipped the check on a random sample of customers before the mailing went out.', [], [U]],
    // Look-alikes: a specimen, where a skipped check is a matter of safety.
    [
      'whatHappened',
      'I skipped the label check on a blood sample and it went to the lab under the wrong patient.',
      [U],
      [],
    ],
    ['whatHappened', 'I forgot to label two samples before they went to the lab.', [U], []],
  ]);
});

describe('after the tenth batch: a penalty on a course is no legal penalty', () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whatHappened', 'Our report went in a day late and we lost ten marks as a late penalty.', [], [U]],
    ['whatHappened', 'My essay was handed in late and the penalty took it down a grade.', [], [U]],
    // Look-alike: a penalty from a regulator.
    ['whatHappened', 'I filed the VAT return eight days late and the client got a penalty from HMRC.', [U], []],
  ]);
});

describe('after the tenth batch: a hazard left in place, "no harm done"', () => {
  const U = 'unsafe-failure' as const;
  check([
    [
      'whatHappened',
      'I left a circuit live with the wires exposed while I went to the van. Luckily nobody touched it, so no harm done really.',
      [U],
      [],
    ],
    ['whatHappened', 'I left the gas on in the kitchen overnight, no harm done in the end.', [U], []],
    // Look-alikes: a safe thing left, and a dose caught before it was given.
    [
      'whatHappened',
      'I left the invoice on my desk for a week, so the client paid late; no harm done really.',
      [],
      [U],
    ],
    [
      'whatHappened',
      'I drew up the wrong dose, but the second nurse caught it before it was given, so it was a near miss.',
      [],
      [U],
    ],
  ]);
});

describe('after the tenth batch: caring so much, and a success told inside the failure', () => {
  const H = 'humblebrag' as const;
  check([
    [
      'whatHappened',
      'My biggest failure is that I find it really hard to say no, because I care so much about every event being perfect.',
      [H],
      [],
    ],
    ['whatIDid', 'Even with the penalty we still got a 2:1, which I was actually quite proud of.', [H], []],
    // Look-alikes: a care that is not one's own, a result owned as not good enough.
    ['whatHappened', "The client didn't care so much about the colours, and I spent two days on them anyway.", [], [H]],
    ['whatIDid', 'We still finished two weeks late, and I was not proud of how I handled it.', [], [H]],
  ]);
});

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
    [
      'whatHappened',
      'I mixed up the soil samples from two fields, so the lab report for the farmer was wrong.',
      [],
      [U],
    ],
    // Look-alikes: a patient's samples, and blood, stay unsafe.
    [
      'whatHappened',
      'I mislabelled a tray of twelve patient samples on the ward, and two results went to the wrong notes.',
      [U],
      [],
    ],
    ['whatHappened', 'I mixed up the blood samples of two patients in the clinic.', [U], []],
  ]);
});
