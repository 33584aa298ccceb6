/**
 * Sealed real-voice set, part 2: whole answers with problems (fourth batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedWeakStoriesD: EvalCase[] = [
  {
    id: 'rv2-wedding-photographer-dark-venue',
    profession: 'wedding photographer',
    source: 'own',
    story: {
      whatHappened:
        'I shot a wedding where about half of the ceremony photos came out soft and blurry. The couple asked for a partial refund.',
      whyItHappened:
        "The venue was super dark and the officiant wouldn't let us use flash, so it was basically impossible conditions. Any photographer would've struggled.",
      whatIDid: 'I gave them 20% back and edited the best of the blurry ones as black and white.',
      whatILearned: "Not much really, weddings were always a side thing for me and I've mostly stopped doing them now.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-commissioning-engineer-inverter-star',
    profession: 'commissioning engineer',
    source: 'own',
    story: {
      whatHappened:
        "Situation: I was the commissioning engineer on a solar farm and I signed off an inverter configuration that capped output at 80%. Result: the site under-generated for six weeks, about 310 MWh, before the client's analyst spotted it.",
      whyItHappened:
        "I copied settings from a previous site where the grid operator had imposed an export limit, and I didn't check whether this site had the same limit. It didn't. I also didn't compare the first week's output against the model, which would have shown it immediately.",
      whatIDid:
        'Action: once the analyst flagged it, I drove out the same day, corrected the setting on all 14 inverters, and wrote to the client with the lost-energy estimate and how I had calculated it. I also went through the other two sites I commissioned that quarter and found one with the same problem, which I fixed before anyone noticed.',
      whatILearned:
        "I built a commissioning checklist that starts from the site's own grid connection agreement rather than from the last project, and I now compare week-one output against the model before I close any commissioning. I've used it on nine sites since, and the team adopted it as standard last year.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-zookeeper-meerkat-gate',
    profession: 'zookeeper',
    source: 'own',
    story: {
      whatHappened:
        'I left a gate unclipped in the meerkat enclosure and two of them got out into the public walkway for about ten minutes before we caught them.',
      whyItHappened:
        'I was doing the morning feed on my own and got distracted by a visitor asking questions over the fence.',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'opening-too-long', 'humblebrag', 'indifference', 'self-flagellating'],
  },
  {
    id: 'rv2-cafe-shift-lead-milk-order',
    profession: 'café shift lead',
    source: 'own',
    story: {
      whatHappened:
        'Running the morning shift at a café, I forgot to put the milk order in before a bank holiday weekend and we ran out of oat and whole milk by 10am on the Saturday. We lost most of the morning trade, roughly £600.',
      whyItHappened: 'Weekends like that are always chaotic and there was a lot going on that week.',
      whatIDid: 'We got through it, people were mostly understanding.',
      whatILearned:
        "Ever since, I put the holiday orders in on the Tuesday before and set a phone reminder for the Monday before every bank holiday. Haven't run out since, that's five bank holidays.",
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
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
    id: 'rv2-ski-instructor-too-invested',
    profession: 'ski instructor',
    source: 'own',
    story: {
      whatHappened:
        "My failure would be that I'm honestly too invested in my students. I once stayed out on the slope an extra hour with a nervous beginner and missed my next lesson slot.",
      whyItHappened: "I just care too much about people actually getting it, I can't leave someone halfway.",
      whatIDid: 'The school gave the other family a free lesson and I apologised to them.',
      whatILearned: "Probably to watch the clock a bit more, but I'd honestly do the same thing again for that kid.",
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'opening-too-long',
      'blame',
      'passive-action',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-mechanic-caliper-bolt-esl',
    profession: 'car mechanic',
    source: 'own',
    story: {
      whatHappened:
        'In the garage I did a brake job on a van and I forget to tighten one caliper bolt with the torque wrench. The customer came back after two days because of noise, and the bolt was almost out.',
      whyItHappened:
        'I was doing two cars in same time, because the other mechanic was sick, and the phone interrupted me. I should finish one car before I start the other one, this is my mistake.',
      whatIDid:
        'I fixed it immediately and checked all the other bolts, and my boss and me we called the customer and explained. We did not charge him and I drove the van with him to be sure everything is okay.',
      whatILearned:
        'Now I use a paint marker on every bolt after I torque it, so I can see which one is done, and I never work on two cars in same time. I do this already three years.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: allKindsExcept('unsafe-failure', 'no-role-connection'),
  },
  {
    id: 'rv2-grant-writer-no-opening',
    profession: 'grant writer',
    source: 'own',
    story: {
      whatHappened: '',
      whyItHappened:
        "I relied on the previous year's guidance notes and didn't read the new scoring criteria, which had added a whole section on evaluation.",
      whatIDid:
        'I asked the funder for feedback, rewrote our evaluation plan with our programme lead and resubmitted in the next round.',
      whatILearned:
        "I now read the full guidance fresh for every round and build a checklist from the scoring criteria before I write a word. We've had four of the last five bids funded.",
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
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
    ],
  },
  {
    id: 'rv2-it-helpdesk-director-ticket-esl',
    profession: 'IT helpdesk technician',
    source: 'own',
    story: {
      whatHappened:
        'In my old helpdesk job I left a ticket from the finance director open for nine days without answer, and he escalated it to the manager of my manager.',
      whyItHappened:
        'The place was a mess, the tickets were never assigned correctly and nobody cared, so after some time I stopped caring also.',
      whatIDid: 'In the end somebody else took it and it was closed.',
      whatILearned: 'That I needed to leave that place, which I did.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'blame', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'opening-too-long', 'humblebrag', 'self-flagellating', 'missing-part'],
  },
];
