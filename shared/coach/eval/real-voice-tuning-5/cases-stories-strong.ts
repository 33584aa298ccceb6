/**
 * Strong answers an interview coach would leave quiet, in many professions and voices:
 * a named failure with its cost, a cause the speaker owns (often naming other people or
 * pressure without leaning on them), actions they took, and a lesson shown as a changed
 * habit. Serious errors told well keep only `unsafe-failure` open.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStories: EvalCase[] = [
  story(
    't5-ss-pharmacist',
    'community pharmacist',
    [
      'I checked and handed out a prescription where the label said twice daily but the doctor had written once daily. The patient took the double dose for three days and felt dizzy.',
      'I checked the label against the box, not against the prescription itself, because the queue was long and I trusted the dispensing step.',
      'When the patient rang, I apologised, told her to stop the extra dose, called her GP, and filed the incident report that day.',
      'Now I check every label against the original prescription, never against the box, and I taught the same step to our two new dispensers.',
      'You have a busy counter and a training role, so both parts of that carry over.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't5-ss-teacher',
    'primary teacher',
    [
      'I introduced a new phonics scheme in my Year 1 class without enough preparation, and our phonics check pass rate fell from 85% to 70% that year.',
      'I read the guidance but I did not go on the training, because I thought I could pick it up as I went.',
      'I asked the English lead to watch two of my lessons, did the full training in the spring, and ran extra small-group sessions for the eight children who were behind.',
      'Now I do the training before I teach anything new, and I ask a colleague to watch one of my first lessons. The next year our pass rate went back up to 88%.',
      'Your school is changing its reading scheme next year, and I know what I would do differently.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-engineer',
    'platform engineer',
    [
      'I rotated a certificate on a Friday afternoon and broke logins to our mobile app for about 40 minutes for roughly 30,000 users.',
      'I had tested the new certificate against the web app but not the mobile app, which pinned the old one. I did not know it pinned, and I did not ask.',
      'I rolled back, posted an update in the incident channel every ten minutes, and wrote up the timeline that evening.',
      'I added a check to our rotation runbook that lists every client that pins certificates, and I no longer change anything customer-facing on a Friday afternoon.',
      'You run a large mobile estate, so this would be part of the job from day one.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-retail',
    'assistant store manager',
    [
      'I approved a rota that left the shop with one person on the till on Black Friday morning, and queues reached about forty minutes. We had a dozen complaints and lost sales we could not count.',
      'My manager had asked me to keep hours down, but the rota was mine and I did not look at last year’s footfall before I wrote it.',
      'I came in early, moved two people from the stockroom to the tills, and phoned in a colleague who was off.',
      'Now I pull last year’s footfall for the same week before I write any peak rota, and I share the draft with the team leaders a week ahead.',
      '',
    ],
    ['no-role-connection'],
    allKindsExcept('no-role-connection'),
  ),
  story(
    't5-ss-esl-nurse',
    'staff nurse',
    [
      'In my first year I gave paracetamol to a patient who already had it two hours before from the night nurse. He had no harm but it was too much paracetamol in one day.',
      'I did not look at the drug chart before I gave it, I only asked the patient and he said no. This was my mistake.',
      'I told the nurse in charge and the doctor immediately, we checked his liver blood test and I wrote the incident report.',
      'After this I always look at the chart before I give any medicine, even when the patient says they did not have it. I do this for six years now.',
      'On your ward there are many elderly patients who can be confused, so this habit is very important.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't5-ss-pm',
    'product manager',
    [
      'I launched a pricing change that cut our free-to-paid conversion by 12% over a month before we reversed it.',
      'I relied on a survey where customers said they would pay more, and I did not run a test with real checkout traffic.',
      'I called the team together, reversed the change, and presented what went wrong to the leadership team the next week.',
      "I don't change pricing now without a two-week test on a slice of traffic first, and I have run four tests that way since.",
      'You are about to revisit your pricing, which is where I learned this.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-sales',
    'field sales representative',
    [
      'I promised a hospital buyer a delivery date that our factory could not meet, and they cancelled an order worth £25,000.',
      'I did not check with operations before I promised it, because I wanted to close before the end of the quarter.',
      'I told my manager the same day, called the buyer to apologise and explained the real date, and we kept a smaller part of the order.',
      'I never quote a date now until operations have confirmed it in writing, even if it means the deal slips into the next quarter.',
      'Your customers are hospitals too, where a promised date really matters.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-hospitality',
    'hotel duty manager',
    [
      'I allowed a late check-in guest into a room that had not been cleaned, and he found the previous guest’s rubbish. He left a review that cost us our top rating on a booking site for two months.',
      'The housekeeping list showed the room as clean, but I did not check it myself, and our rule was to check at night.',
      'I moved him to another room, apologised in person, refunded the night, and spoke to housekeeping the next morning.',
      'Now I walk any room we give out after 10 pm myself before the guest goes up, and I added the step to the night manager checklist.',
      'You have a large night team, and I would bring that check with me.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-forum-dev',
    'junior developer',
    [
      'pushed a migration that wiped the sessions table on prod, everyone got logged out, maybe 5k users, and support got about 300 tickets that morning',
      "i didn't read the migration my script generated, i just ran it. that's on me",
      'told my lead straight away, wrote the fix with her, and answered support tickets with the support team for the rest of the day',
      'now i read every generated migration line by line before it goes in a PR, and i added a CI check that blocks drops on prod tables',
      'you ship fast here so i think that kind of guard rail matters',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-finance',
    'management accountant',
    [
      'I posted an accrual twice at year end, which overstated costs by £180,000, and the auditors found it before we signed the accounts.',
      'I was covering for a colleague and I did not check her list against mine, so I posted one she had already done.',
      'I told the financial controller as soon as the auditors raised it, reversed the entry and went through every other accrual that month.',
      'Since then I keep one shared accrual list for the team, and I check it before I post anything. We have closed two year ends with it and no duplicates.',
      'Your team covers for each other a lot at year end, so I know how to make that safe.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't5-ss-warehouse',
    'warehouse manager',
    [
      'I let a new starter drive a reach truck after half a day of shadowing, and he hit a racking leg. Nobody was hurt, but the bay was closed for three days while it was inspected and repaired.',
      'We were short, and I decided the risk was fine. It was not my decision to make without his certificate, and I knew that.',
      'I reported it to health and safety, closed the bay, and arranged his full training that week.',
      "I don't let anyone on a truck now without seeing the certificate myself, however short we are, and I keep a list of who is trained on what on the office wall.",
      'Your site is bigger than mine was, which makes that more important.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't5-ss-designer-bullets',
    'visual designer',
    [
      'I sent 5,000 printed brochures to a client with the wrong phone number on the back, and they had to be reprinted at a cost of about £2,000.',
      'I copied the contact block from an old file and did not check it against the brief.',
      '- Told the account manager the same hour\n- Called the printer and got a rush reprint\n- Offered the client a credit on the next job',
      '- I proof every number against the brief, not the old file\n- A second person signs off the contact block before anything goes to print',
      'Your studio does a lot of print, so this is directly useful.',
    ],
    [],
    allKindsExcept(),
  ),
];
