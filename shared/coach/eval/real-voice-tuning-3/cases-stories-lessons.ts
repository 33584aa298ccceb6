/**
 * Whole stories whose weakness is the lesson: absent, shrugged, a slogan, or a real lesson
 * with no sign that anything is done differently since. Near misses put a slogan next to a
 * concrete change, or show the change on the next job.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const lessonStories: EvalCase[] = [
  {
    id: 't3-sl-pharmacist-procedure',
    profession: 'community pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'I handed a bag of repeat medication to the wrong patient with the same surname, and she took it home; her daughter brought it back the next day unopened.',
      whyItHappened:
        'I asked for her surname but not her address, which is our second check, because the queue was out of the door.',
      whatIDid:
        'I rang the daughter to thank her, took the right bag to the right patient myself that evening, and logged it as a dispensing incident.',
      whatILearned: 'It taught me the importance of always following procedure.',
      roleConnection: 'Patient safety is at the heart of community pharmacy.',
    },
    mustFlag: ['generic-lesson'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
    ],
  },
  {
    id: 't3-sl-taxi-dispatcher-no-change',
    profession: 'taxi dispatcher',
    source: 'own',
    story: {
      whatHappened:
        'I sent a driver to the wrong hospital entrance for a wheelchair pickup, and the passenger waited forty minutes outside the main doors in January before we found her.',
      whyItHappened:
        "The hospital has three entrances and the booking only gave the hospital's name. I didn't ask which entrance, which is the question I'm supposed to ask on every hospital job.",
      whatIDid:
        "I called the passenger as soon as the driver said he couldn't see her, found out where she was, redirected him, and waived the fare.",
      whatILearned:
        "I realised how much one missing question can matter for someone who can't just walk round to the other door.",
      roleConnection: 'Your firm does a lot of NHS patient transport, so hospital pickups would be most of my shift.',
    },
    mustFlag: ['no-change-evidence'],
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
      'no-role-connection',
    ],
  },
  {
    id: 't3-sl-welder-esl-not-learned',
    profession: 'welder fabricator',
    source: 'own',
    story: {
      whatHappened:
        'I welded twenty frames with the wrong wire, the client inspection found it and we had to cut and weld all the frames again, one week of work.',
      whyItHappened: 'The wire spools look the same and the label was facing the wall.',
      whatIDid: 'I redid all the welds with the correct wire, I worked the Saturday also.',
      whatILearned: "Honestly I don't know what I can learn, the spools look the same, it can happen to anybody.",
      roleConnection: '',
    },
    mustFlag: ['not-learned', 'defensive-tone', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sl-account-manager-slogan-then-change',
    profession: 'logistics account manager',
    source: 'own',
    story: {
      whatHappened:
        'I told a customer their 30 pallets would arrive on Friday without checking the trunking schedule, and they arrived on the Tuesday; the customer had booked six temps for Friday and paid them to stand around, about £700.',
      whyItHappened:
        'I answered from memory because I wanted to give a quick answer on the call, and the trunk from our northern hub had gone from daily to three days a week the month before.',
      whatIDid:
        'I rang the customer as soon as operations told me, said it was my error, and we credited the £700 against their next invoice.',
      whatILearned:
        "Communication is key, obviously, but the real change is that I don't quote a delivery date on a call any more. I say I'll confirm within the hour, check the live schedule and email it, and I've done that on every quote for the last year.",
      roleConnection:
        'Account management here is mostly large B2B customers planning labour around our dates, so a wrong date costs them real money.',
    },
    mustFlag: [],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
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
    id: 't3-sl-investment-analyst-same-call',
    profession: 'equity investment analyst',
    source: 'own',
    story: {
      whatHappened:
        'I recommended a position in a mid-cap retailer that fell 40% over the following six months, costing the fund about 1.2% of performance.',
      whyItHappened: "The thesis was sound; the market simply didn't reward it in that window.",
      whatIDid: 'We held the position through the drawdown and eventually exited at a loss.',
      whatILearned: "Honestly, I'd make the same call again with the same information. Markets are unpredictable.",
      roleConnection: 'I bring conviction to my recommendations.',
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
    id: 't3-sl-home-carer-pendant',
    profession: 'domiciliary care worker',
    source: 'own',
    story: {
      whatHappened:
        "I didn't put a client's pendant alarm back round her neck after her shower, and she fell that night and lay on the floor until the morning carer arrived at 8am.",
      whyItHappened:
        "I took it off for the shower and left it on the side to dry, and when I was writing my notes I didn't go back through my checklist.",
      whatIDid:
        'When the office rang me I told them straight away that it was me, filled in the incident form, and went to see her in hospital that afternoon.',
      whatILearned:
        'I learned that the pendant has to be the last thing I check before I leave, after the notes, not before them.',
      roleConnection: "I'd be visiting people who live on their own in this role, so this one is close to my heart.",
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence'],
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
    id: 't3-sl-bar-supervisor-lol',
    profession: 'bar supervisor',
    source: 'own',
    story: {
      whatHappened:
        'left the cellar door unlocked overnight and 3 kegs and a case of spirits went walkabout, about 600 quid',
      whyItHappened: 'I was last one out and rushing for the bus',
      whatIDid: 'told the manager next day and we reported it',
      whatILearned: 'idk, lock the door? lol. it was one night',
      roleConnection: '',
    },
    mustFlag: ['not-learned', 'indifference', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sl-micro-lab-esl-strong',
    profession: 'microbiology laboratory technician',
    source: 'own',
    story: {
      whatHappened:
        'I put the plates of one batch in the incubator at 25 degrees instead of 37, and after two days the results were not valid, so the client had to take all 48 samples again at their food factory.',
      whyItHappened:
        'We have two incubators next to each other, and I was working fast to finish before the weekend and I did not read the display.',
      whatIDid:
        'I told my supervisor on Monday morning as soon as I saw the plates, and I called the client with her to explain and to arrange the new sampling.',
      whatILearned:
        'From that day I read the temperature on the display and write it on the batch sheet every time I put plates in, and we put big coloured labels on the two doors. In three years I did not have the same problem.',
      roleConnection: 'Your lab also runs many incubators for food clients, so it is the same risk.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sl-bank-cashier-esl-careful',
    profession: 'bank cashier',
    source: 'own',
    story: {
      whatHappened:
        'I counted a deposit from a business customer wrong, I put 10,000 instead of 1,000, and at the end of the day my cash was not balancing.',
      whyItHappened: 'I was not careful.',
      whatIDid: 'With my supervisor we checked all the transactions, we found it and we called the customer.',
      whatILearned: 'I learned to be more careful and concentrate on my work.',
      roleConnection: '',
    },
    mustFlag: ['generic-lesson', 'vague-cause', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'blame', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long'],
  },
  {
    id: 't3-sl-engineering-manager-hire',
    profession: 'engineering manager',
    source: 'own',
    story: {
      whatHappened:
        "I hired a senior engineer who interviewed brilliantly and left after four months, after two of my team told me they didn't want to work with him; we lost about six months on the platform work.",
      whyItHappened: "I focused on technical ability and didn't dig into how he'd worked with teams before.",
      whatIDid: "I had several conversations with him, then we agreed he'd leave, and I reopened the role.",
      whatILearned:
        "I hired wrong, and honestly I still don't really know how to evaluate that kind of fit in an interview.",
      roleConnection: '',
    },
    mustFlag: ['not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
      'passive-action',
    ],
  },
  {
    id: 't3-sl-hr-partner-sequence',
    profession: 'HR business partner',
    source: 'own',
    story: {
      whatHappened:
        'During a restructuring consultation one employee learned that her role was at risk from a standard letter in her inbox, before her line manager had spoken to her.',
      whyItHappened:
        "I sent the at-risk letters on the planned date without checking that every manager had had their conversation first. I assumed the plan had been followed because I'd written it.",
      whatIDid:
        "I called her that afternoon, apologised for how she'd found out, and set up a meeting with her and her manager for the next morning. I also told the HR director what had happened.",
      whatILearned:
        'It reinforced for me how much the sequence of communication matters in change, and that an HR plan is only as good as its checkpoints.',
      roleConnection:
        'This role involves a lot of organisational change, and I understand how much getting the sequence right matters.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
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
      'no-role-connection',
    ],
  },
  {
    id: 't3-sl-events-marketer-next-job',
    profession: 'events marketing manager',
    source: 'own',
    story: {
      whatHappened:
        "I booked a 400-seat venue for a customer summit based on the previous year's registrations, and only 140 people came, so we paid for a room two-thirds empty; around £18k of the budget was wasted.",
      whyItHappened:
        'I assumed registrations would convert like the year before, but that event had been free and this one was paid. I never ran the numbers for a paid event.',
      whatIDid:
        'Three weeks out, when registrations stalled, I negotiated with the venue to close the balcony and move catering into a smaller room, which got £4k back, and I briefed the photographer to shoot tight.',
      whatILearned:
        'In my next job I made sure every event had a go/no-go date six weeks out, with a minimum registration number agreed with the sponsor. We used it on nine events and downsized two of them in time.',
      roleConnection:
        "You're running a roadshow of regional events this year, which is exactly where room sizes need a decision point.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sl-inventory-controller-honesty',
    profession: 'inventory controller',
    source: 'own',
    story: {
      whatHappened:
        "My cycle count for the chilled area was signed off with 14 locations I'd never actually counted, and at year-end the auditors found a £9k variance in those bays.",
      whyItHappened:
        'I ran out of time on the Friday and marked them as counted, meaning to go back on the Monday, and then I never did.',
      whatIDid:
        'I told my manager as soon as the auditors raised it, and I recounted all 14 locations that afternoon with the auditor watching.',
      whatILearned: 'Honesty is always the best policy.',
      roleConnection: '',
    },
    mustFlag: ['generic-lesson', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sl-landscaper-casual-no-change',
    profession: 'landscape gardener',
    source: 'own',
    story: {
      whatHappened:
        "strimmed straight through a client's new irrigation pipe that had only gone in the week before, the whole back bed flooded and the installer had to come back out, cost me £250",
      whyItHappened:
        "didn't walk the garden before I started, I'd done that garden loads of times and didn't know they'd had it put in",
      whatIDid: 'turned the water off at the tap, rang the client there and then, and paid for the repair',
      whatILearned: "yeah you've got to walk a garden first, even one you know",
      roleConnection: '',
    },
    mustFlag: ['no-change-evidence', 'no-role-connection'],
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
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sl-ux-designer-present-tense',
    profession: 'UX designer',
    source: 'own',
    story: {
      whatHappened:
        'So I ship a redesign of the signup flow, and conversion drops from 11% to 7% in the first week, and we roll it back.',
      whyItHappened: "I think users just weren't ready for it.",
      whatIDid: 'The PM decides to roll back and we go back to the old one.',
      whatILearned: "I guess sometimes users just don't like change, and that's life.",
      roleConnection: "I'm passionate about user-centred design.",
    },
    mustFlag: ['not-learned', 'passive-action', 'vague-cause'],
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
    id: 't3-sl-cnc-machinist-esl-bullets',
    profession: 'CNC machinist',
    source: 'own',
    story: {
      whatHappened:
        'I set the wrong tool offset for a batch, the cutter went 2 mm too deep, and 35 aluminium housings were scrap before QC caught it, around 1,400 euro of material.',
      whyItHappened:
        'I copied the offset from the old program and did not measure the new tool, because the setter was on his break and I wanted to start.',
      whatIDid:
        '- stopped the machine as soon as QC called\n- told the supervisor it was my setup\n- measured the tool and corrected the offset\n- ran one part and had it measured before I restarted the batch',
      whatILearned:
        '- now I measure every new tool before I run, also when I am in a hurry\n- the first part always goes to QC before the batch, since that day\n- I made a small card for the machine with these steps and the other operators use it too',
      roleConnection:
        'Your shop runs small batches with many tool changes, so the first-part check is very important here.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sl-school-business-manager-tender',
    profession: 'school business manager',
    source: 'own',
    story: {
      whatHappened:
        "I renewed the school's catering contract without going out to tender, which our finance policy requires over £75k, and the auditors raised it as a finding in their report to governors.",
      whyItHappened:
        "I'd rolled it over the year before when it was under the threshold, and I didn't notice the price rise had taken it over £75k.",
      whatIDid:
        'I told the head and the chair of governors as soon as the auditors raised it, and ran a full tender the following term.',
      whatILearned: 'It taught me the importance of compliance and good governance.',
      roleConnection: 'Governance is a big part of this role.',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
    ],
  },
  {
    id: 't3-sl-legal-cashier-diary',
    profession: 'legal cashier',
    source: 'own',
    story: {
      whatHappened:
        "I missed a completion by a day because I put the completion date in the diary as the 14th instead of the 4th, and our client had to pay the seller a day's interest, about £90, plus the removal firm's extra day.",
      whyItHappened: "I typed it from the contract in a hurry and didn't look at it again.",
      whatIDid:
        "When the seller's solicitor called on the 4th I told my supervising partner straight away, we got the funds out first thing the next morning, and I rang the client myself to explain and apologise.",
      whatILearned:
        'I realised that diary entries for completions need a second person to check them against the contract.',
      roleConnection: 'Your team handles a lot of completions every week, so the diary is everything.',
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
    id: 't3-sl-delivery-rider-esl',
    profession: 'food delivery rider',
    source: 'own',
    story: {
      whatHappened:
        'I delivered a food order to the wrong flat in a big building, the customer waited one hour and then cancelled.',
      whyItHappened: 'The flat numbers in this building are confusing.',
      whatIDid: 'The company refunded the customer.',
      whatILearned: 'Nothing special, this building is always a problem for all riders.',
      roleConnection: '',
    },
    mustFlag: ['not-learned', 'passive-action', 'no-role-connection'],
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
    id: 't3-sl-food-shift-supervisor-allergen',
    profession: 'food manufacturing shift supervisor',
    source: 'own',
    story: {
      whatHappened:
        'I signed off a line changeover without checking the allergen clean, and a dairy-free dessert ran for forty minutes on a line that had just run a milk product. The QA swab caught it, and we held and destroyed 1,900 units.',
      whyItHappened:
        "I'd done that changeover a hundred times and trusted the cleaning team's tick on the board instead of looking at the line myself.",
      whatIDid:
        'I stopped the line as soon as QA called, quarantined everything made since the changeover, and led the re-clean and re-swab before we restarted.',
      whatILearned:
        "Attention to detail is everything. Since then I physically inspect and swab-check every allergen changeover before I sign, and I've signed off over 300 without a failed swab.",
      roleConnection:
        'You run dairy and dairy-free on shared lines, so changeovers are the riskiest part of the shift.',
    },
    mustFlag: [],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
];
