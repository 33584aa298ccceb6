/**
 * Sealed real-voice set, part 3: a mix of strong and weak whole answers (second batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedMixedStoriesB: EvalCase[] = [
  {
    id: 'rv2-interpreter-dosage-mortified',
    profession: 'medical interpreter',
    source: 'own',
    story: {
      whatHappened:
        "I was interpreting at a hospital appointment and I rendered 'twice a day' as 'two tablets a day' for a patient's new medication. The pharmacist caught it at the dispensing counter an hour later.",
      whyItHappened:
        "The doctor spoke quickly and I didn't ask him to repeat the dosage, which we're trained to do for numbers. I was trying not to slow the appointment down.",
      whatIDid:
        'I was mortified. I felt like the worst interpreter alive and honestly I thought about quitting that week. I did go back with the pharmacist and the patient and interpreted the correct instructions, and I told my coordinator.',
      whatILearned:
        "Now I repeat dosages and numbers back to the clinician before I interpret them, every appointment, and I tell clinicians at the start that I'll do it. I've done that for about two years.",
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
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
      'missing-part',
    ],
  },
  {
    id: 'rv2-procurement-cleaning-tender-blame',
    profession: 'procurement manager',
    source: 'own',
    story: {
      whatHappened:
        "I led the tender for a new cleaning contractor across our six offices, and within three months we'd had 40 complaints and ended the contract early, costing about £20,000 in transition fees.",
      whyItHappened:
        "The facilities managers at each site gave me vague requirements, and the contractor's bid team oversold what their local crews could do. The evaluation panel, which finance had insisted on, also weighted price at 70%.",
      whatIDid:
        'I ran a re-tender in eight weeks with site visits, and negotiated a handover so there was no gap in cleaning.',
      whatILearned: 'I learned the importance of stakeholder engagement.',
      roleConnection: "I'd bring that experience to your procurement team as you consolidate suppliers.",
    },
    mustFlag: ['blame', 'generic-lesson', 'no-change-evidence'],
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
      'no-role-connection',
    ],
  },
  {
    id: 'rv2-podcast-producer-four-lines',
    profession: 'podcast producer',
    source: 'own',
    story: {
      whatHappened: "Lost an episode's audio.",
      whyItHappened: "Didn't back it up.",
      whatIDid: 'Re-recorded it.',
      whatILearned: 'Back everything up.',
      roleConnection: '',
    },
    mustFlag: ['no-impact', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'opening-too-long',
      'blame',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-hotel-receptionist-group-overbooking-esl',
    profession: 'hotel receptionist',
    source: 'own',
    story: {
      whatHappened:
        'At the hotel reception I confirmed a group booking of 12 rooms for a weekend when we had only 8 free, because I did not see the rooms blocked for maintenance. Four couples had to be moved to another hotel on the night.',
      whyItHappened:
        'I looked only at the availability screen, and the maintenance blocks are on a different report. I knew this report exists but I did not open it, because I was alone at the desk and people were waiting.',
      whatIDid:
        "When I saw the problem on Friday afternoon, I called three hotels near us, found four rooms, and paid the taxis for the guests with the manager's approval. I waited for each couple at the door to explain and to give them a voucher for dinner with us.",
      whatILearned:
        'I learned that the availability screen does not show everything, and that for group bookings I have to look at the maintenance report too.',
      roleConnection: '',
    },
    mustFlag: ['no-change-evidence', 'no-role-connection'],
    mustNotFlag: allKindsExcept('no-change-evidence', 'no-role-connection'),
  },
  {
    id: 'rv2-email-marketer-unsubscribed-export',
    profession: 'email marketing manager',
    source: 'own',
    story: {
      whatHappened:
        'We launch a spring email campaign and it goes to 22,000 unsubscribed contacts because I use an old export. We get 300 complaints and our sender score drops for a month.',
      whyItHappened: '',
      whatIDid: 'I pause the campaign, apologise to the people who complained and clean the list.',
      whatILearned: 'Data hygiene is super important.',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'humblebrag',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv2-civil-engineer-gullies-high-point',
    profession: 'civil engineer',
    source: 'own',
    story: {
      whatHappened:
        'I designed a drainage layout for a 40-home estate that put two gullies at a high point of the road, so after the first heavy storm three driveways flooded.',
      whyItHappened:
        "I laid out the gullies on the 2D plan before the final road levels came through, and I never went back to check them against the finished long sections. I was juggling two schemes and told myself the levels wouldn't change much.",
      whatIDid:
        'I went out in the rain the next morning with the site manager, surveyed the low points, and had revised drawings to the contractor within 48 hours. I also wrote to the three homeowners through the developer explaining what we would do and when.',
      whatILearned:
        "Every drainage layout I issue now gets checked against the final 3D levels, and I built that step into our team's drawing-issue checklist. It's part of why I'm applying to your highways team: you're moving to full 3D design, which is exactly where that check lives.",
      roleConnection: '',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-beauty-therapist-notice-period-diary',
    profession: 'beauty therapist',
    source: 'own',
    story: {
      whatHappened:
        'I double-booked two brides for a Saturday morning trial at the salon, and one of them left a one-star review and cancelled her wedding package, about £450.',
      whyItHappened: "I'd handed my notice in that week, so I wasn't really paying attention to the diary anymore.",
      whatIDid:
        "I rang her that evening and offered a free trial the next week, but she'd already booked elsewhere. I told the owner so she could reply to the review.",
      whatILearned:
        'That even when you are on the way out, the clients are still real people. When I worked my notice at my next salon I kept the diary to the last day and handed over a list of every booking.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'passive-action',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-robotics-technician-tray-offset-long',
    profession: 'robotics technician',
    source: 'own',
    story: {
      whatHappened:
        'I programmed a pick-and-place robot with the wrong tray offset and it crushed about 300 circuit boards over one night shift before the operator stopped the line.',
      whyItHappened:
        "So the background is, we'd just switched to a new tray supplier and the trays looked identical, same colour, same size, but the pockets were shifted about two millimetres. I'd been told about the new trays in a meeting, and I remember thinking I'd check the drawings, and then I got pulled onto a breakdown on another line and it just went out of my head. When I loaded the new programme I used the old tray definition because it was already in the library and I didn't look. If I'd measured one tray, I would have seen it. That was my job and I didn't do it.",
      whatIDid:
        "When the night supervisor called me at about 5am I came in, stopped the cell properly, and measured the trays myself. Then I rewrote the tray definition, ran ten boards by hand at slow speed with the operator watching, and only then let it run. In the morning I sat down with the production manager and the quality engineer, walked them through exactly what I'd done and not done, and worked out the cost with them, around eleven thousand euros in boards plus the lost shift. I also rang the tray supplier, not to complain, but to ask them to send us the drawings with every change in future, which they now do.",
      whatILearned:
        "The main thing I changed is that any new tray, fixture or supplier part gets measured and a first-article check before it goes in the library, and I added that as a hard step in our change procedure so the robot won't run a programme with an unverified tray. We've had seven tray or fixture changes since then and none of them scrapped a single board. I also stopped saying 'I'll check that later' in meetings; if it matters, I put it in the ticket there and then.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
];
