/** Whole answers from trades, logistics, hospitality, retail and transport. */
import type { EvalCase } from '../eval-case';

export const tradesStories: EvalCase[] = [
  {
    id: 'rvt-plumber-leak-client-blame-story-casual',
    profession: 'plumber',
    source: 'own',
    story: {
      whatHappened:
        'fitted a new bathroom and a compression joint under the bath started weeping, came through the kitchen ceiling about a month later',
      whyItHappened:
        'the tiler they got in after me was heavy handed and probably knocked it. and the customer had gone with the cheapest fittings, which I warned them about',
      whatIDid: 'went back and redid the joint, they sorted the ceiling with their insurance',
      whatILearned: "can't control what other trades do after you leave",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-plumber-leak-owned-story',
    profession: 'plumber',
    source: 'own',
    story: {
      whatHappened:
        'A compression joint I made under a new bath started weeping and came through the kitchen ceiling about a month later. The customer had to replaster the ceiling.',
      whyItHappened:
        "I didn't pressure test the new pipework before the bath panel went on, because the tiler was waiting and I was already running late for my next job.",
      whatIDid:
        'I went back the same evening, remade the joint, paid for the plasterer myself and gave the customer a written note of what had failed and why.',
      whatILearned:
        "Nothing gets boxed in now until I've pressure tested it and taken a photo of the gauge. I send the photo to the customer with the invoice, and I've done that on every job for two years.",
      roleConnection:
        'Your firm guarantees its bathrooms for five years, so I know that test is what protects the guarantee.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'not-learned',
      'missing-part',
      'no-role-connection',
      'vague-failure',
    ],
  },
  {
    id: 'rvt-head-chef-fridge-hid-story',
    profession: 'head chef',
    source: 'own',
    story: {
      whatHappened:
        'The walk-in fridge was reading 9 degrees when I opened up one Sunday, and I still used the chicken for lunch service.',
      whyItHappened:
        'The compressor had been playing up for weeks and the owner kept refusing to pay for the engineer.',
      whatIDid:
        'I wrote 4 degrees on the temperature log so the sheet looked normal, and got the engineer in on Monday.',
      whatILearned: "I'd probably do the same again to be honest, you can't cancel a Sunday lunch.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-delivery-driver-van-reversing-story-esl',
    profession: 'delivery van driver',
    source: 'own',
    story: {
      whatHappened: 'I reversed the van into a low wall at a customer house and broke it, around £600 of damage.',
      whyItHappened:
        'It was dark and I did not get out to look. The reversing camera was dirty and I knew this from the morning, but I did not clean it.',
      whatIDid:
        'I knocked on the door immediately, told the customer and gave my company details and a photo. I called my manager from the drive and I filled the accident form when I returned.',
      whatILearned:
        'Now I clean the camera in my morning check, and if I cannot see, I get out and look. My manager put the camera in the daily check sheet for all drivers after this.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-retail-manager-stocktake-vague-story',
    profession: 'retail store manager',
    source: 'own',
    story: {
      whatHappened: 'Our stocktake result wasn’t great one year.',
      whyItHappened: 'A combination of factors.',
      whatIDid: 'Some new processes were put in place.',
      whatILearned: 'Stock control is everyone’s responsibility.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'vague-cause', 'passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'opening-too-long', 'self-flagellating'],
  },
  {
    id: 'rvt-warehouse-supervisor-peak-defensive-story',
    profession: 'warehouse shift supervisor',
    source: 'own',
    story: {
      whatHappened:
        'On my shift we missed the last trunking cut-off on Cyber Monday and about 3,500 next-day orders went out a day late.',
      whyItHappened:
        "I'd asked for more agency staff a week before and been told no. To be fair to me, I'd flagged it in writing twice, so it wasn't like nobody knew. And half the agency staff we did get were on their first shift.",
      whatIDid: 'I kept the team going and we got everything out on the first trunk the next morning.',
      whatILearned: 'If you flag something, make sure it’s in writing so people can see you raised it.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-warehouse-supervisor-peak-owned-story',
    profession: 'warehouse shift supervisor',
    source: 'own',
    story: {
      whatHappened:
        'On my shift we missed the last trunking cut-off on Cyber Monday, and about 3,500 next-day orders went out a day late.',
      whyItHappened:
        "I had asked for extra agency staff and been turned down, and then I planned the night as if I'd got them anyway. I didn't re-plan the pick waves for the people I actually had, and I didn't put our fastest pickers on the next-day orders first.",
      whatIDid:
        'At 9pm, when I could see we would miss, I told the transport manager so customer services could warn people, re-sequenced the remaining waves by cut-off and moved four pickers from returns. We got everything on the first trunk the next morning.',
      whatILearned:
        'I plan every peak night now for the headcount I have confirmed, not the one I asked for, and I sort the waves by cut-off from the start. We hit every cut-off through the next peak.',
      roleConnection:
        'Your site runs two cut-offs a night, so wave planning by cut-off is what I would focus on first.',
    },
    mustFlag: [],
    mustNotFlag: [
      'defensive-tone',
      'blame',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rvt-barista-summer-indifferent-story-casual',
    profession: 'barista',
    source: 'own',
    story: {
      whatHappened:
        'got pulled up by the area manager because the milk fridge log hadnt been filled in for like 2 weeks on my shifts',
      whyItHappened: 'honestly i didnt really care, it was a summer job before uni and nobody else bothered either',
      whatIDid: 'started filling it in after that',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-mechanic-brake-torque-story',
    profession: 'vehicle technician',
    source: 'own',
    story: {
      whatHappened:
        "I didn't torque the wheel nuts on a customer's car after a brake job, and one wheel came loose on the motorway a day later. She pulled onto the hard shoulder and nobody was hurt.",
      whyItHappened:
        "I'd been called away to another car halfway through and when I came back I assumed I'd already done it.",
      whatIDid:
        "The workshop manager and I drove out to her, recovered the car, and I told her exactly what I'd missed. I put my hand up in the incident review the next morning.",
      whatILearned:
        "Now if I'm interrupted I start the whole check from the beginning, and I mark each nut with a paint pen as I torque it. The workshop made the paint pen standard for everyone after that.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-sommelier-wrong-vintage-story',
    profession: 'sommelier',
    source: 'own',
    story: {
      whatHappened:
        'I poured a table a 2009 Barolo when they had ordered the 2016, which was £240 less, and only noticed when I went to write the bill.',
      whyItHappened:
        'Both bottles were in the same bin in the cellar and I pulled by label colour instead of reading the year.',
      whatIDid:
        'I told the restaurant manager, we charged them for the 2016 as ordered, and I explained to the table what had happened.',
      whatILearned: 'I learned that in a busy service you have to read every label.',
      roleConnection: '',
    },
    mustFlag: ['no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'passive-action', 'vague-failure', 'no-impact', 'humblebrag'],
  },
  {
    id: 'rvt-train-conductor-doors-story',
    profession: 'train conductor',
    source: 'own',
    story: {
      whatHappened:
        'I gave the ready-to-start signal while a passenger’s bag strap was caught in the rear doors. The driver stopped within a few metres and the passenger was not hurt.',
      whyItHappened:
        "I didn't walk back to look down the full length of the train, I checked the platform camera, which had glare on it.",
      whatIDid:
        'I got the doors released, checked the passenger was okay, reported it to control from the next station and wrote it up at the end of the shift.',
      whatILearned: 'I learned that you cannot rely on the camera.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'vague-failure'],
  },
  {
    id: 'rvt-florist-funeral-wrong-name-no-impact-story',
    profession: 'florist',
    source: 'own',
    story: {
      whatHappened: 'For a funeral order in May I spelled the name on the card wrong.',
      whyItHappened: 'I took the order over the phone and did not read the name back to the customer.',
      whatIDid: 'I called the family to apologise and drove a corrected card to the funeral home before the service.',
      whatILearned:
        'Now I read every name back letter by letter on phone orders and text it to the customer to confirm.',
      roleConnection: '',
    },
    mustFlag: ['no-impact', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'blame', 'passive-action', 'no-change-evidence', 'unsafe-failure'],
  },
  {
    id: 'rvt-events-bartender-ran-out-vague-story-esl',
    profession: 'events bartender',
    source: 'own',
    story: {
      whatHappened: 'At one event something went wrong with the bar and the client was not happy.',
      whyItHappened: 'The organisation from the company was not good, they did not give us correct information.',
      whatIDid: 'We did our best with the situation.',
      whatILearned: 'Always to be flexible.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'blame', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'opening-too-long', 'self-flagellating'],
  },
  {
    id: 'rvt-carpenter-stair-treads-story',
    profession: 'carpenter',
    source: 'own',
    story: {
      whatHappened:
        'I cut a full set of oak stair treads 10mm short and had to re-order them, which cost the job about £1,800 and a week.',
      whyItHappened:
        'I used the measurement from the drawing instead of measuring the stringers on site after the plasterer had been.',
      whatIDid:
        "I told the main contractor the same morning and paid for the new oak out of my own pocket. I was so angry with myself I couldn't sleep for a week.",
      whatILearned:
        'Now I always measure on site after the other trades are finished, even if the drawing says otherwise, and I cut one test tread first.',
      roleConnection: 'You do a lot of bespoke joinery in old buildings, where nothing matches the drawing.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
      'humblebrag',
    ],
  },
];
