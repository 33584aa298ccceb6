/**
 * Strong answers an interview coach would leave quiet, in many professions and voices. A
 * serious error told well keeps only `unsafe-failure` open.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStories: EvalCase[] = [
  story(
    't6-ss-warehouse-esl',
    'warehouse supervisor',
    [
      'I sent 40 pallets to the wrong customer because I mixed two orders with the same postcode, and the right customer waited three more days for their stock.',
      'I did not compare the order number on the pallet label with the delivery note. I only checked the postcode because I was in a hurry to close the bay.',
      'I called both customers myself, arranged a special truck the next morning and stayed late to reload the pallets with the team.',
      'Now my team and me scan the order number on every pallet before loading, and I added this step to the bay checklist. Since then we have no wrong delivery in eight months.',
      'Your warehouse ships to many customers in the same area, so this check is very useful for you.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't6-ss-teacher',
    'secondary English teacher',
    [
      'I marked a set of Year 10 mock essays too generously, and when the department moderated them, 14 of my 30 grades came down by a grade or more.',
      'I marked them alone over a weekend without looking at the exemplar scripts first, because I felt I knew the mark scheme well enough.',
      'I re-marked all 30 with the head of department, explained the change to each student in a one-to-one, and wrote to the parents of the students whose grades dropped.',
      'Now I mark three exemplar scripts before any set and I ask a colleague to second-mark five of mine. My grades have not moved in moderation since.',
      'You moderate every mock, so I would fit straight into how you work.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't6-ss-dev-forum',
    'backend developer',
    [
      'i deleted a customer table in staging that turned out to be shared with the sales demo, and two demos that afternoon had no data',
      'i ran the cleanup script without reading which database it pointed at. my fault, no one else touched it',
      'told the sales lead straight away, restored from the nightly backup in about an hour, and wrote a short note for the team',
      "now my scripts print the target database and ask me to type its name before they delete anything. i've also split the demo data out into its own db",
      'you do a lot of demos off staging too so this is pretty relevant',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't6-ss-paramedic',
    'paramedic',
    [
      'I gave a patient the wrong dose of a painkiller because I misread the concentration on a new ampoule; she became drowsy and we had to monitor her breathing closely all the way to hospital.',
      'The new ampoules came in a different strength and I did not read the label fully, because I assumed it was the same stock as usual.',
      'I told my crewmate at once, monitored her breathing every few minutes, handed over the error to the receiving doctor in full and completed a report that day.',
      'I now read the concentration aloud to my crewmate before every drawn-up dose, and I asked our station to put a note on the drug bag when stock changes, which it now does.',
      'Your service is changing suppliers this year, so I know exactly where the risk is.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't6-ss-sales-polished',
    'business development manager',
    [
      'I forecast a £250,000 deal to close in Q3 and it slipped to Q1, which left my team 18% short of target for the quarter.',
      'I had only spoken to the project sponsor and never to their procurement team, so I did not know their approval cycle took three months.',
      "I told my director as soon as I knew, moved two smaller deals forward to cover part of the gap and met procurement the following week to map their process.",
      'Since then I do not put a deal above 50% in the forecast until I have spoken to whoever signs the contract and know their approval steps.',
      'Your deals are long and involve procurement, so this is the discipline you need.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't6-ss-care-selfcritical-ok',
    'support worker',
    [
      'I forgot to pass on that a young man I support had refused his evening meal, and the next shift did not know he had not eaten for almost a day.',
      'I was embarrassed afterwards because it was a simple thing, but the reason was mine: I relied on telling the next worker verbally and did not write it in the daily log.',
      'I rang the team leader as soon as I remembered, she made sure he was offered food, and I added the note to the log with the time.',
      'Now I write every refusal in the log before the end of my shift, and I read the log aloud at handover rather than just saying "all fine".',
      'Your service uses the same kind of log, so I can start with that habit.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
];
