/**
 * Strong answers an interview coach would leave quiet, in many professions and voices
 * (second-language English, lower-case speech, feelings named beside action). A serious error
 * told well keeps only `unsafe-failure` open.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStories: EvalCase[] = [
  story(
    't7-ss-nurse-fluids',
    'surgical nurse',
    [
      "I hung the wrong bag of fluids on a post-op patient, one with potassium in it that she wasn't prescribed, and it ran for about twenty minutes before I noticed.",
      "I took the bag from the wrong shelf and didn't read the label back against the chart, because I was doing two things at once.",
      'I stopped the infusion, told the nurse in charge and the surgical doctor, and we took bloods; her potassium stayed in range. I completed the incident report that shift and told the patient myself.',
      "I now read every bag's label out loud against the chart at the bedside and I don't let anyone interrupt me while I do it. I've shown the two new starters on our ward how I do it too.",
      'On a busy surgical ward like yours, that check is the one that matters.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't7-ss-shop-esl-order',
    'assistant store manager',
    [
      'In my shop I ordered 300 units of a summer product instead of 30, because I typed one zero too many, and we had to sell 200 of them at half price.',
      'I did not look at the order total before I sent it. The system showed it, but I was rushing to finish before closing.',
      'I told my area manager the next morning, we sent 70 to other shops and I made a display to sell the rest.',
      "Now I always read the total quantity and compare it with last year's order before I press send. Nine months, no more wrong orders.",
      'Ordering is a big part of this supervisor job, so this check comes with me.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't7-ss-engineer-lowercase',
    'backend engineer',
    [
      'so the worst one was when I pushed a database migration on a friday afternoon and it locked the orders table, checkout was down for about 35 minutes and we lost maybe 400 orders',
      "I didn't check how big the table was in prod, I'd only run it against staging which has like a thousandth of the data. and I picked friday because I wanted it off my plate",
      "I killed the migration, posted in the incident channel what I'd done, and stayed on with the on-call engineer until we'd rerun it in batches that night",
      "now I run every migration against a prod-sized copy first and I don't ship schema changes after thursday lunchtime. we wrote that into the team's deploy checklist after I brought it up in the retro",
      "you mentioned you're scaling the platform, so this is the kind of habit I'd bring",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't7-ss-teacher-trip',
    'science teacher',
    [
      'I took a Year 9 class to the science museum and we came back to the coach one student short; she had got separated in the gift shop and museum staff found her twenty minutes later.',
      'I did a head count on the coach but not when we left the last gallery, and I let the students go into the shop as one big group instead of the pairs we had planned.',
      'I stayed with her until her mum arrived, rang the head from the museum, and wrote to her parents that evening explaining exactly what had happened.',
      'On every trip since, I do a head count by name at each exit, not by number, and I keep the pairs for the whole day, shops included.',
      "Your department runs trips every term, and I'd want to share that routine.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't7-ss-complaints-closed',
    'complaints handler',
    [
      'I closed about 60 complaint cases in a week as resolved without calling the customers back, because I misread the new target, and 15 of them went to the ombudsman.',
      "I didn't ask my team leader what 'closed' meant under the new process. I assumed, and I didn't question it even when my numbers looked too good.",
      'I flagged it to my team leader the moment a customer rang back, reopened every case, and called each customer myself over the next two weeks.',
      'When a target changes now, I write down what I think it means and get my team leader to confirm it before I start. I also check a sample of my own closed cases every Friday.',
      'Complaints handling is the heart of this role.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't7-ss-apprentice-cable',
    'electrical apprentice',
    [
      "As a second-year apprentice I cut into a cable I thought was dead and tripped the whole floor's lighting; nobody was hurt, but the office was dark for an hour.",
      "I took the journeyman's word that the circuit was off and didn't test it myself, which is the first thing we're taught.",
      'I told the journeyman straight away, we isolated the right circuit properly, and I stayed to reconnect everything before we left.',
      'I test before I touch, every time, whoever tells me it is off. I carry my own tester and lock-off kit now.',
      "Safety comes first on your sites, and it's first on mine.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't7-ss-accountant-upset',
    'accountant',
    [
      "I missed a client's corporation tax deadline by nine days and they got a £100 late filing penalty.",
      "I'd set the reminder against the wrong year end in our practice software and never cross-checked it with the client list.",
      'I was really upset with myself, but I called the client that morning, told them it was my error, and the firm paid the penalty. Then I checked the deadlines for all 70 of my clients against Companies House.',
      "Every new client's deadlines now go into the software twice, once by me and once by a colleague, and we compare them.",
      "You have a large compliance team, and I'd bring that double-entry check.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't7-ss-barista-milk',
    'barista',
    [
      'I ran out of milk at 8am on a Monday because I forgot to put the order in on Friday, and we turned away about 50 coffees before the delivery came at ten.',
      'The order is my job on Fridays and I left it to the end of my shift and then forgot.',
      'I ran to the supermarket for what I could carry, put a sign up, and told my manager when she came in.',
      'I place the order first thing on Fridays now, before we open, and tick it off on the board.',
      'A barista role here means keeping the stock up, and I do that first now.',
    ],
    [],
    allKindsExcept(),
  ),
];
