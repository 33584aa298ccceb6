import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the eleventh tuning batch. The opening.

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

describe("after the eleventh batch: people counted as the reach of the speaker's act are no cost", () => {
  const N = 'no-impact' as const;
  check([
    ['whatHappened', 'I booked two guests for the same eight-fifteen slot on the breakfast show.', [N], []],
    [
      'whatHappened',
      'I sent the exam timetable to about three hundred students with the wrong room for one of the papers.',
      [N],
      [],
    ],
    // Look-alikes: what the counted people then did or bore, and a count of what was lost.
    [
      'whatHappened',
      'I sent reminder letters to 60 customers who had already paid, and four of them closed their accounts.',
      [],
      [N],
    ],
    [
      'whatHappened',
      'I booked forty guests into a room that holds thirty, and twelve of them ate in the bar.',
      [],
      [N],
    ],
    ['whatHappened', 'We lost two clients after I sent them the wrong renewal quotes.', [], [N]],
  ]);
});

describe('after the eleventh batch: an opening with the "I" dropped still has the speaker acting', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      'burnt a whole tray of pastries for the breakfast service, so the buffet had none till nine',
      [],
      [N],
    ],
    ['whatHappened', "spelled a client's son's name wrong on a wrist piece, she noticed when she got home", [], [N]],
    // Look-alikes: the same opening with nothing after the act, and a gerund that names no act.
    ['whatHappened', 'burnt a whole tray of pastries for the breakfast service', [N], []],
    ['whatHappened', 'Working nights on the pastry section, and the buffet had none till nine.', [N], []],
  ]);
});

describe('after the eleventh batch: a bad review and a count against a target are what a failure cost', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      "A couple's anniversary flowers never made it to their room, and they checked out and left a one-star review.",
      [],
      [N],
    ],
    ['whatHappened', 'I booked about a third of my meetings target in my first quarter, 22 against 65.', [], [N]],
    // Look-alikes: a review the speaker wrote, and a match report with no shortfall.
    [
      'whatHappened',
      'I wrote the review of the new rota system for my manager, and I got the shift pattern wrong.',
      [N],
      [],
    ],
    ['whatHappened', 'I booked the wrong pitch for our team in the Sunday league.', [N], []],
  ]);
});

describe('after the eleventh batch: more failures named only by a general noun or a verdict', () => {
  const V = 'vague-failure' as const;
  check([
    ['whatHappened', 'I once had a project that failed.', [V], []],
    ['whatHappened', 'I failed my team during a busy period.', [V], []],
    ['whatHappened', "I wasn't able to finish a project on time.", [V], []],
    ['whatHappened', "I didn't perform well in my first sales role.", [V], []],
    ['whatHappened', 'My first month as a supervisor was a learning experience.', [V], []],
    ['whatHappened', 'I underestimated a project.', [V], []],
    // Look-alikes: the same words with the failure and its cost named.
    [
      'whatHappened',
      'I failed my team: I lost the rota the night before the audit, and six shifts went uncovered.',
      [],
      [V],
    ],
    ['whatHappened', "I didn't perform well in my first sales role: I closed 4 deals against a target of 12.", [], [V]],
    [
      'whatHappened',
      'I underestimated a refit by six weeks, and the client withheld £9,000 until it was done.',
      [],
      [V],
    ],
    ['whatHappened', 'A launch that failed cost us the Hartley contract, about £50,000 a year.', [], [V]],
    // A concrete slip called a learning experience is no vague failure (whatever its cost).
    [
      'whatHappened',
      'I double-booked the hall for two weddings on the same Saturday, which was a learning experience.',
      [],
      [V],
    ],
    // "a customer audit" is the thing failed, not the customer let down.
    ['whatHappened', 'I failed a customer audit at the bakery because I had not updated the allergen folder.', [], [V]],
  ]);
});

describe("after the eleventh batch: another party acting after the speaker's act is what happened next", () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      'I approved a batch of labels with the wrong barcode, and the supermarket rejected the whole delivery.',
      [],
      [N],
    ],
    ['whatHappened', 'I double-booked our only minibus, and the under-twelves missed their match.', [], [N]],
    [
      'whatHappened',
      'I lost my temper with a colleague in a team meeting, and she asked to move teams the week after.',
      [],
      [N],
    ],
    ['whatHappened', 'I priced a kitchen refit too low and we made no profit on a six-week job.', [], [N]],
    [
      'whatHappened',
      'My forecast was too optimistic, and we ended the year with a warehouse full of stock nobody wanted.',
      [],
      [N],
    ],
    // Look-alikes: what the thing was or held, a pronoun, a negated thing, and someone setting the task.
    [
      'whatHappened',
      "I built the monthly report from the wrong export, and the file contained last year's figures.",
      [N],
      [],
    ],
    ['whatHappened', 'I hired a joiner without checking his references, and it turned out badly.', [N], []],
    ['whatHappened', "I wrote the rota in a hurry, and the totals didn't add up.", [N], []],
    ['whatHappened', 'I took on the stock count, and my manager asked me to finish it by Friday.', [N], []],
  ]);
});

describe('after the eleventh batch: a quoted question the sentence goes on from is one sentence', () => {
  const L = 'opening-too-long' as const;
  check([
    [
      'whatHappened',
      '"Where\'s the rest of the report?" was the first thing my director said to me on a Monday in 2021. I\'d sent the board a quarterly pack with the sales section missing, and the meeting had to be moved by a week.',
      [],
      [L],
    ],
    // Look-alike: a quoted question that ends its sentence, then two more long sentences.
    [
      'whatHappened',
      'My director asked me one Monday in 2021, "Where\'s the rest of the report?" I\'d sent the board a quarterly pack with the sales section missing. The board meeting had to be moved by a week and the chair was not pleased about it.',
      [L],
      [],
    ],
  ]);
});

describe('after the eleventh batch: "my mistake meant…" tells what the failure cost', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      "My mistake meant a family of five spent their first night in the country in a hotel instead of the flat we'd arranged.",
      [],
      [N],
    ],
    // Look-alike: what the mistake was, not what it meant.
    ['whatHappened', 'My mistake was booking the flat for the wrong month.', [N], []],
  ]);
});

describe('after the eleventh batch: a judgment followed by the event itself is not vague', () => {
  const V = 'vague-failure' as const;
  check([
    [
      'whatHappened',
      'Things went wrong on my first solo night shift when I misread a handover note and the breakfast orders went to the wrong kitchen.',
      [],
      [V],
    ],
    [
      'whatHappened',
      'The launch I led was a failure in one specific way: nobody could log in for the first four hours.',
      [],
      [V],
    ],
    // Look-alikes: "when I worked at…" is when, not what; a colon with too little after it.
    ['whatHappened', "I had an issue with a customer's order once when I worked at the electronics store.", [V], []],
    ['whatHappened', 'Things went wrong on a project last year: a real mess.', [V], []],
  ]);
});

describe('after the eleventh batch: redone "at my cost" says who paid', () => {
  const N = 'no-impact' as const;
  check([
    [
      'whatHappened',
      "I shot the wrong side of the building for an estate agent's listing, and the photos had to be redone at my cost.",
      [],
      [N],
    ],
    // Look-alike: redone, with no one paying and nothing else lost.
    ['whatHappened', "I shot the wrong side of the building for an estate agent's listing.", [N], []],
  ]);
});
