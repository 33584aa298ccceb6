import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules over clauses from the ninth tuning batch (the earlier ones: clause-rules-cause.test.ts). Causes and actions.

describe('after the ninth batch: the speaker acting with "myself"', () => {
  const P = 'passive-action' as const;
  check([
    // A verb with "myself" after it is the speaker's act, wherever the parse put the clause.
    [
      'whatIDid',
      'I waited in reception while the manager took her details, rang the insurer myself and booked the repair.',
      [],
      [P],
    ],
    ['whatIDid', 'While the nurse took him to X-ray, phoned his son myself before the end of the shift.', [], [P]],
    // Look-alike: someone else acting "herself" still leaves the speaker out of it.
    ['whatIDid', 'My supervisor rang the customer herself and sorted out the refund.', [P], []],
  ]);
});

describe('after the ninth batch: a state reached at the end of the opening is its cost', () => {
  const D = 'defensive-tone' as const;
  check([
    [
      'whatHappened',
      'I took on every extra club that year, and by the summer term I was exhausted and missed two deadlines.',
      [],
      [D],
    ],
    ['whatHappened', 'I said yes to every overtime shift and ended up burnt out by March.', [], [D]],
    // The same state as the reason stays a plea.
    ['whatHappened', 'I was burned out that month, so the report went out with the wrong figures.', [D], []],
  ]);
});

describe('after the ninth batch: subjects behind "to be honest" and inside "a lot of them"', () => {
  const B = 'blame' as const;
  check([
    // "To be honest…" frames the clause; the subject and verb come after it.
    ['whyItHappened', 'To be honest the drivers never read the delivery notes.', [B], []],
    ['whyItHappened', "To be fair the agency staff didn't know the ward at all.", [B], []],
    // A quantity before "of" counts the people after it.
    ['whyItHappened', "Most of the agency staff didn't turn up for the early shift.", [B], []],
    ['whyItHappened', "A lot of them didn't bother reading the handover.", [B], []],
    // Look-alikes: the speaker behind the frame, a quantity of things.
    ['whyItHappened', "To be honest I didn't read the delivery notes before I signed.", [], [B]],
    ['whyItHappened', "A lot of the boxes I packed didn't have labels because I ran out and didn't reorder.", [], [B]],
  ]);
});

describe('after the ninth batch: "the X we were given was…", a relative clause in the passive', () => {
  const B = 'blame' as const;
  check([
    ['whyItHappened', 'The rota we were given was impossible and changed every week.', [B], []],
    ['whyItHappened', 'The figures I was sent were wrong.', [B], []],
    // Look-alike: what was given, and the speaker's own failing beside it.
    ['whyItHappened', "The training I was given was good, but I didn't follow it.", [], [B]],
  ]);
});

describe('after the ninth batch: self-justification in other clothes', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', 'I feel I was treated quite harshly, considering how many shifts I covered that month.', [D], []],
    [
      'whyItHappened',
      'Out of the thousands of parcels I scanned that year, only one went to the wrong depot.',
      [D],
      [],
    ],
    ['whyItHappened', 'In the grand scheme of things it was a two-minute delay.', [D], []],
    ['whyItHappened', "Most guests wouldn't even have noticed the wrong wine.", [D], []],
    ['whyItHappened', "I'm only human, and it was a twelve-hour shift.", [D], []],
    ['whyItHappened', "The supervisor could have checked it too, it wasn't just on me.", [D], []],
    ['whyItHappened', 'I admit I skipped the count, but I was covering the whole floor on my own.', [D], []],
    // Look-alikes: the concession that ends in ownership, a record told plainly.
    ['whyItHappened', "I admit I was new, but the real reason was that I didn't ask the supervisor to check.", [], [D]],
    [
      'whyItHappened',
      'Considering the deadline, I chose to skip the second review, which was the wrong call.',
      [],
      [D],
    ],
    [
      'whyItHappened',
      'Considering how busy the ward was, I should have asked for help instead of doing both rounds myself.',
      [],
      [D],
    ],
    [
      'whyItHappened',
      'I had packed hundreds of orders without a problem, so I stopped checking the labels, which was my mistake.',
      [],
      [D],
    ],
  ]);
});

describe('after the ninth batch: rightness and the rules followed, pleaded', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', "I followed the returns policy exactly, so I'm confident I did the right thing.", [D], []],
    ['whyItHappened', 'I was sure I had handled it by the book.', [], []],
    ['whyItHappened', 'I followed our lone-working procedure to the letter.', [D], []],
    // Look-alike: the procedure followed, and what the speaker did not do besides.
    [
      'whyItHappened',
      "I followed the procedure, but I didn't ask about the change of address, which I should have.",
      [],
      [D],
    ],
  ]);
});

describe('after the ninth batch: the remedy handed over', () => {
  const P = 'passive-action' as const;
  check([
    ['whatIDid', 'I let my supervisor handle it because she had more experience.', [P], []],
    ['whatIDid', 'I left it to the office manager to sort out.', [P], []],
    // Look-alikes: letting someone know, handing one part over while doing the rest.
    ['whatIDid', 'I let my manager know straight away and then I rang the customer myself.', [], [P]],
    [
      'whatIDid',
      'I let the team leader handle the customer while I fixed the order and rebooked the delivery.',
      [],
      [P],
    ],
  ]);
});

describe('after the ninth batch: the lateness made small, everyone else did it', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', 'I was only ten minutes late each time, and the trains on my line are awful.', [D], []],
    ['whyItHappened', 'Half the team were late with their timesheets too and nobody else got a warning.', [D], []],
    // Look-alike: others too, then the speaker's own part.
    ['whyItHappened', "Other people had raised it too, so I assumed it was in hand, and I didn't check.", [], [D]],
  ]);
});

describe('after the ninth batch: turning away from the failure', () => {
  const P = 'passive-action' as const;
  check([
    ['whatIDid', 'We moved on and I focused on my other clients.', [P], []],
    ['whatIDid', 'I just moved on to the next job on the list.', [P], []],
    // Look-alikes: focusing on the failure itself, moving a thing.
    ['whatIDid', 'I focused on the complaint first and rang the customer the same day.', [], [P]],
    ['whatIDid', 'I moved the stock back to the front and focused on the best sellers.', [], [P]],
  ]);
});

describe('after the ninth batch: a thing that only went somewhere is no one to blame', () => {
  const B = 'blame' as const;
  check([
    ['whyItHappened', 'It just happened, the files got muddled and the old version of the menu went out.', [], [B]],
    // Look-alikes: a thing that failed, another party as the cause.
    ['whyItHappened', 'The server went down the night before the launch and the backup failed.', [B], []],
    ['whyItHappened', 'The parcel went to the old address because the courier ignored the note.', [B], []],
  ]);
});

describe('after the ninth batch: a routine pleaded is not being in charge; a group "known for being difficult"', () => {
  const B = 'blame' as const;
  check([
    [
      'whyItHappened',
      'I ran catch-up sessions every week after school. Honestly that class was known across the school for being difficult.',
      [B],
      [],
    ],
    // Look-alike: in charge of the thing that failed, and its own failing told.
    ['whyItHappened', 'I ran the catch-up programme, and I never checked who was actually turning up.', [], [B]],
  ]);
});

describe('after the ninth batch: time or cover cut by someone else', () => {
  check([
    [
      'whatHappened',
      'The school cut my planning time, so my marking fell behind and two parents complained.',
      ['blame'],
      [],
    ],
    ['whyItHappened', 'The trust cut our weekend cover, so the ward ran with one nurse.', ['blame'], []],
  ]);
});
