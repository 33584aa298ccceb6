/**
 * Whole stories in career-site, forum and spoken voices, paired where useful: the same
 * situation told with the blame or shrug, and told owned. Near misses reuse the trigger
 * phrases ("to be fair", "I was exhausted", "a few things came together").
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const voiceStories: EvalCase[] = [
  {
    id: 't3-sx-cs-rep-template',
    profession: 'customer service representative',
    source: 'own',
    story: {
      whatHappened: "In my previous role, I made a mistake when processing a customer's refund.",
      whyItHappened: 'I misread the details on the request.',
      whatIDid:
        'As soon as I realised the mistake, I took responsibility, informed my supervisor and corrected the error.',
      whatILearned:
        'This experience taught me the importance of double-checking my work, and I now pay closer attention to detail.',
      roleConnection: 'I believe this makes me a stronger candidate for this position.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'generic-lesson'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'passive-action',
    ],
  },
  {
    id: 't3-sx-exec-assistant-frankfurt',
    profession: 'executive assistant',
    source: 'own',
    story: {
      whatHappened:
        'I booked my director onto a 7am flight to Frankfurt am Main for a meeting that was actually in Frankfurt an der Oder, 550 km away, and she missed the first half of a board meeting.',
      whyItHappened:
        'I booked from the city name in the invite without opening the venue address, which was in the calendar attachment.',
      whatIDid:
        "Within twenty minutes of her calling me from the airport I'd found a train connection, rebooked her, told the organiser she'd be late, and sent her the new itinerary.",
      whatILearned:
        "I open the venue address for every trip now and check it on a map before I book anything, and the full address goes at the top of each itinerary. I've booked about 200 trips since without a repeat.",
      roleConnection: 'Your directors travel across Europe most weeks, so bookings would be a big part of my job.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sx-release-manager-fair-to-qa',
    profession: 'mobile release manager',
    source: 'own',
    story: {
      whatHappened:
        'I approved a Friday release of our mobile app that crashed on launch for everyone on the previous OS version, about 18% of our users, for the whole weekend until we pushed a fix on the Monday.',
      whyItHappened:
        "To be fair to QA, they'd flagged that they hadn't tested on the older OS. I overrode them because marketing had a campaign going out on the Saturday and I didn't want to be the one holding it.",
      whatIDid:
        'When the crash reports came in on Saturday morning I called the lead developer, we confirmed the cause within the hour, and I posted a status update on the store listing and our social channels myself. I also got marketing to pause the campaign spend, which saved about £6k.',
      whatILearned:
        "I don't override a QA gap now without writing down the risk and who accepted it, and after I proposed it we stopped Friday releases altogether. We've done about forty releases since with no launch crash.",
      roleConnection: 'You ship weekly to a very wide range of devices, which is exactly where an old OS bites.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sx-junior-designer-casual-blame',
    profession: 'junior graphic designer',
    source: 'own',
    story: {
      whatHappened:
        'a logo I designed got printed on 2,000 tote bags with the wrong pantone, way too orange, and the client refused the lot',
      whyItHappened:
        "my art director signed it off without looking properly, and the printer should've flagged it, they're supposed to check colours",
      whatIDid: 'the AD sorted it out with the printer',
      whatILearned: "that you can't rely on other people to check your stuff I guess",
      roleConnection: '',
    },
    mustFlag: ['blame', 'passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sx-brand-designer-owned',
    profession: 'brand designer',
    source: 'own',
    story: {
      whatHappened:
        "I sent a client's logo files to the printer with the wrong Pantone reference, and 2,000 tote bags came back far too orange; the client refused them and the reprint cost the studio about £3,400.",
      whyItHappened:
        'My art director signed it off, but I was the one who picked the reference, and I picked it from the screen mock-up instead of the physical swatch book, which is the studio rule. She trusted my file.',
      whatIDid:
        'I told her as soon as the client emailed, called the printer to confirm what had gone wrong, and put together a corrected file with the swatch number and a printed strike-off for the client to approve before the reprint.',
      whatILearned:
        'Every colour reference I send now comes from the physical swatch book, and I ask for a printed strike-off on any run over 500. I did that on every print job in my last year there.',
      roleConnection: 'Your studio does a lot of merchandise, so print colour is where the money goes.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sx-air-freight-exhausted-owned',
    profession: 'air freight agent',
    source: 'own',
    story: {
      whatHappened:
        "I booked a shipment of lithium batteries as general cargo, and the airline's acceptance team rejected it at the warehouse; it missed its flight and the customer's production line in Dublin waited two days for the parts.",
      whyItHappened:
        "I was exhausted that week, honestly, but that's exactly why the checklist exists. I didn't open the commercial invoice, where the UN number was, because I'd booked that customer's shipments before and they'd always been general cargo.",
      whatIDid:
        'I called the customer as soon as the airline rejected it, rebooked it as dangerous goods on the next flight with the right paperwork, and asked our DG-certified colleague to check it before it went.',
      whatILearned:
        "I open the commercial invoice on every booking now, repeat customer or not, and I've done my own DG certification so I can spot the UN numbers myself.",
      roleConnection: 'Your station handles a lot of electronics, so batteries would turn up every day.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sx-marketing-manager-detached',
    profession: 'international marketing manager',
    source: 'own',
    story: {
      whatHappened:
        'We launched a product campaign in France with a tagline that had an unfortunate double meaning in French, and it was picked up on social media; the campaign was pulled after four days and about €40,000 of media was wasted.',
      whyItHappened: 'The tagline was signed off by the local agency.',
      whatIDid: 'The agency handled the social response and the campaign was replaced.',
      whatILearned:
        "It was a long time ago, and to be honest it's not something I think about much. These things happen in international marketing.",
      roleConnection: '',
    },
    mustFlag: ['indifference', 'blame', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sx-office-manager-extinguishers',
    profession: 'office manager',
    source: 'own',
    story: {
      whatHappened:
        "I let the office's fire extinguisher servicing lapse by four months, and the insurer's surveyor found it on a routine visit and gave us 14 days to fix it or lose cover.",
      whyItHappened:
        "A few things came together, but the one that matters is that I relied on the service company to remind me, and they'd changed their system and stopped sending reminders. I never kept my own record of the due date.",
      whatIDid:
        'I booked the service for the next morning, sent the certificate to the insurer that afternoon, and checked every other statutory inspection we had that week: alarm, emergency lighting, gas. The emergency lighting was due in a fortnight, so I booked that too.',
      whatILearned:
        "I keep my own compliance calendar now with every due date and a reminder a month before, and I don't rely on suppliers to chase me. We haven't had a lapse in three years.",
      roleConnection:
        "You're a multi-site office with a lot of statutory checks, so this would be a core part of the job.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sx-pharmacy-driver-procedures',
    profession: 'pharmacy delivery driver',
    source: 'own',
    story: {
      whatHappened:
        'I left a bag of prescriptions on a doorstep without getting a signature, and it was the wrong house; the patient went a day without his heart tablets until we found it.',
      whyItHappened:
        "Nobody answered, I was behind on my round, and I'd left parcels on that street before, so I didn't check the house number against the label.",
      whatIDid:
        'When the pharmacy rang me I drove back, knocked on doors until I found it two houses down, and took it to the patient myself that evening.',
      whatILearned: 'It taught me the importance of following procedures.',
      roleConnection: 'Delivering to vulnerable patients is a big responsibility and I take it seriously.',
    },
    mustFlag: ['generic-lesson'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
    ],
  },
  {
    id: 't3-sx-operations-director-same-call',
    profession: 'operations director',
    source: 'own',
    story: {
      whatHappened:
        'I approved the closure of our smallest distribution centre to consolidate into two larger sites, and service levels in the south-west fell from 97% to 88% for six months; we lost two regional customers worth around £1.2m a year.',
      whyItHappened:
        'The modelling we used was robust and the decision was sound on the data we had. Some of the outcomes were simply outside our control.',
      whatIDid: 'We put a recovery plan in place and service levels eventually returned to target.',
      whatILearned: "On reflection, I'm not sure I would do anything differently. It was the right strategic decision.",
      roleConnection: 'I bring the ability to make difficult strategic calls.',
    },
    mustFlag: ['not-learned', 'defensive-tone'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
    ],
  },
  {
    id: 't3-sx-roofer-lesson-no-change',
    profession: 'roofer',
    source: 'own',
    story: {
      whatHappened:
        "didn't sheet up a roof properly before a storm came in overnight, rain got into the customer's loft and brought down part of the bedroom ceiling, about £1,500 of damage",
      whyItHappened: "forecast said showers and I couldn't be bothered doing the full batten-down at 5pm on a friday",
      whatIDid:
        'went round first thing saturday, made it watertight, got the plasterer in and paid for it out of my own pocket',
      whatILearned: 'lesson is you sheet up properly every night whatever the forecast says, because it only takes one',
      roleConnection: 'you do a lot of re-roofs on occupied houses',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sx-finance-partner-best-model',
    profession: 'finance business partner',
    source: 'own',
    story: {
      whatHappened:
        'In my last role I delivered the annual budget two days late, the only time in five years, because I insisted on rebuilding the model from scratch so that it would be fully accurate, and the CFO later said it was the best budget model the business had ever had.',
      whyItHappened:
        "I hold myself to a very high standard and I wasn't willing to submit something I wasn't completely confident in.",
      whatIDid: 'I kept the CFO informed throughout and delivered a model the business still uses.',
      whatILearned:
        'I learned that sometimes perfect is the enemy of good, although I think in that case the extra time was worth it.',
      roleConnection: "I'd bring the same commitment to quality to your finance team.",
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'self-flagellating', 'indifference', 'opening-too-long', 'missing-part', 'blame'],
  },
  {
    id: 't3-sx-ski-instructor-esl-present',
    profession: 'ski instructor',
    source: 'own',
    story: {
      whatHappened:
        'I take a group of five beginners on a red run on their third day because they look good on the blue, and one woman falls and twists her knee, she cannot ski the rest of the week.',
      whyItHappened:
        "I want them to have a nice day and feel proud, so I decide with my heart, not with the level test we have at the school. I don't do the test that morning.",
      whatIDid:
        'I stay with her, I call the piste rescue, I go with her to the medical centre, and I call the school to send another instructor for the group. The next day I visit her at her hotel.',
      whatILearned:
        'Now I never take a group to a new colour without the level test the same morning, every person, even if they look ready. I do this for three seasons now.',
      roleConnection: 'Your school has mostly adult beginners, so I know the pressure to make them happy fast.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sx-kitchen-porter-two-parts',
    profession: 'kitchen porter',
    source: 'own',
    story: {
      whatHappened:
        "put a load of the head chef's own knives through the dishwasher and two of the handles split, about £300 worth",
      whyItHappened: '',
      whatIDid: 'told him straight away and offered to pay for them',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'passive-action',
      'indifference',
    ],
  },
  {
    id: 't3-sx-clinical-coder-vague-opening',
    profession: 'clinical coder',
    source: 'own',
    story: {
      whatHappened: 'I got a batch of coding wrong at my last trust, and it came up in an audit.',
      whyItHappened:
        "I'd been using an old version of the coding standard for one procedure group, because I hadn't read the update bulletin that changed it.",
      whatIDid:
        "When the auditor raised it I went back through every case I'd coded in that group since the update, recoded them, and wrote a one-page summary of the change for the rest of the team.",
      whatILearned:
        'I read every update bulletin the week it comes out now and keep a change log on my desk for the procedure groups I code most. The next two audits found nothing in my work.',
      roleConnection: 'Your department is short-staffed and relies on each coder keeping themselves current.',
    },
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-ss-copy-editor-quote',
    profession: 'magazine copy editor',
    source: 'own',
    story: {
      whatHappened:
        'I passed a feature for print with a quote attributed to the wrong person, the council leader instead of the opposition spokesperson, and we had to print a correction and apologise to both.',
      whyItHappened:
        "The writer's draft had two quotes close together, and when I cut for length I moved a paragraph, which separated one quote from its speaker. I didn't re-check attributions after restructuring.",
      whatIDid:
        "I told the editor as soon as the council's press office called, drafted the correction myself, and rang both offices to apologise before it ran.",
      whatILearned:
        "Whenever I move a paragraph now I check every quote on the page against the writer's original, and I mark attributions in a different colour on my proofs.",
      roleConnection: 'Your features are often cut hard for space, which is exactly where quotes get separated.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-school-cook-allergy',
    profession: 'school cook',
    source: 'own',
    story: {
      whatHappened:
        'I served a child with a dairy allergy the normal shepherd’s pie instead of the dairy-free one, and she came out in hives with a swollen lip; the school gave her antihistamine and called her parents, and she was fine by the afternoon.',
      whyItHappened:
        "The two pies were in identical trays labelled on the lids, and when I took the lids off for service I didn't keep them in order. I served from memory of which side was which.",
      whatIDid:
        'I told the head teacher straight away, rang the parents myself that afternoon to apologise, and completed the incident report for the council catering team.',
      whatILearned:
        "Allergy meals are plated in the kitchen now, in a coloured dish with the child's name and photo on a card, before service starts, and I hand them over myself, never from the counter. I've done it that way for three years.",
      roleConnection: 'Your school has over 30 children on special diets, so allergy meals would be every service.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
];
