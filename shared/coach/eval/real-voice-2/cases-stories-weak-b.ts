/**
 * Sealed real-voice set, part 2: whole answers with problems (second batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import type { EvalCase } from '../eval-case';

export const sealedWeakStoriesB: EvalCase[] = [
  {
    id: 'rv2-event-planner-coach-booking-ramble',
    profession: 'event planner',
    source: 'own',
    story: {
      whatHappened:
        "So to give you some context, I was working for a mid-sized events agency in Manchester that mostly did corporate conferences, product launches and the odd awards dinner. We had about twelve people in the team and I had been there around two years, starting as a coordinator and then moving up to planner. The client in question was a pharmaceutical company we'd worked with three times before, and they were really important to the agency because they'd been with us since the beginning. They wanted a two-day sales conference for 250 people at a hotel outside the city, with breakout rooms, a dinner and a speaker on the second morning. I was given the lead on it, which was the first time I'd run an event of that size on my own. In the end I booked the coaches from the station for the wrong day, and about 180 delegates were stuck on the platform for over an hour.",
      whyItHappened:
        "I'd filled in the coach booking form from an earlier draft of the schedule, before the client moved the conference back by a day, and I never rechecked the supplier bookings against the final version.",
      whatIDid:
        'When the first delegate called me from the station I rang three taxi firms and got minibuses moving within 25 minutes, asked the hotel to push the opening session back and put coffee out, and called the client lead myself before she heard it from her team. Afterwards I paid for the taxis from our margin and wrote up a timeline for my director.',
      whatILearned:
        'I now keep a single booking sheet per event and re-confirm every supplier against the final run sheet 72 hours before. I have run 14 events since with no transport problems.',
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-paramedic-oxygen-not-restocked',
    profession: 'paramedic',
    source: 'own',
    story: {
      whatHappened:
        'At the end of a long shift I signed off our ambulance as fully stocked without changing the oxygen cylinder, and the next crew ran out of oxygen on a breathing-difficulty call and had to wait for a second vehicle.',
      whyItHappened:
        'I ticked the checklist from memory instead of actually looking. It was the end of a twelve-hour shift and I wanted to get home.',
      whatIDid:
        'When my manager rang me the next day I told him straight away that it was my sign-off, and I filled in the incident form with him.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'indifference',
    ],
  },
  {
    id: 'rv2-accountant-vat-transposed-figure',
    profession: 'accountant',
    source: 'own',
    story: {
      whatHappened:
        "In my first year at a mid-size firm I submitted a client's VAT return with a transposed figure, so they overpaid by £14,200 and waited six weeks for HMRC to refund it.",
      whyItHappened:
        "I keyed the figures in from a spreadsheet late the day before it was due and didn't ask anyone to review it, even though a review was available for returns of that size.",
      whatIDid:
        "Once the client's finance manager noticed, I told my manager the same morning, prepared the correction with her, and called the client to walk them through the refund timeline. I also offered to cover the interest from our fee, which the partner agreed to.",
      whatILearned: 'It taught me the importance of attention to detail and always double-checking my work.',
      roleConnection: "I'm keen to bring that attention to detail to your audit team.",
    },
    mustFlag: ['generic-lesson', 'no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rv2-plumber-shower-tray-short',
    profession: 'plumber',
    source: 'own',
    story: {
      whatHappened:
        "Fitted a bathroom where the shower tray wasn't sealed properly and it leaked through the kitchen ceiling below about a month later.",
      whyItHappened: "Rushed the silicone, didn't let it cure before the customer used the shower.",
      whatIDid: 'Insurance sorted it in the end and the ceiling got redone.',
      whatILearned: 'Take your time.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'missing-part',
      'indifference',
    ],
  },
  {
    id: 'rv2-hr-advisor-salary-spreadsheet-esl',
    profession: 'HR advisor',
    source: 'own',
    story: {
      whatHappened:
        'I sent by email a spreadsheet with the salaries and bonus of the whole team to the wrong distribution list, around 40 people in operations, instead of the three directors.',
      whyItHappened:
        'Outlook completed the list name automatically and I did not look at the To field before I pressed send. Normally I put a password on this file and that day I skipped it because it was late.',
      whatIDid:
        'I tried to recall it, I informed our data protection lead within the hour, and I wrote to everyone on the list asking to delete it. Then I met each director to explain what happened.',
      whatILearned:
        'Now I put a password on every file with personal data, no exceptions, and I set a two-minute delay on all my emails. I also led the change to move pay data into the HR system, so it does not travel by email anymore.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-architect-extension-over-budget',
    profession: 'architect',
    source: 'own',
    story: {
      whatHappened:
        "A house extension I designed came in about £40,000 over the client's budget once the builder's quotes arrived, and they had to drop the second storey.",
      whyItHappened:
        'It was just one of those projects where a lot of things happened at once and the timing was bad, with material prices going all over the place.',
      whatIDid:
        'I redrew the plans as a single storey over two weeks and went through them with the client room by room.',
      whatILearned: "Some things you just can't control in this industry.",
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-data-analyst-dashboard-no-cause',
    profession: 'data analyst',
    source: 'own',
    story: {
      whatHappened:
        'I built a sales dashboard that double-counted returns for three months, so the regional managers were working from revenue figures about 8% too high.',
      whyItHappened: '',
      whatIDid:
        'Once a finance analyst queried the numbers, I traced the bug to a join in my query, fixed it, and sent every manager a short note with the corrected figures for each month.',
      whatILearned:
        "I now reconcile every new dashboard against the finance ledger for at least one full month before it goes live. I've done that on the five dashboards I've launched since and caught two issues before anyone saw them.",
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'defensive-tone',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv2-copywriter-misread-brief-esl',
    profession: 'copywriter',
    source: 'own',
    story: {
      whatHappened: 'One time I did a mistake with the campaign texts of a client.',
      whyItHappened: 'I understood the brief wrong.',
      whatIDid: '',
      whatILearned: 'To read the briefs more carefully.',
      roleConnection: '',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'missing-part',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: [
      'opening-too-long',
      'blame',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'defensive-tone',
    ],
  },
];
