/** More whole answers in mixed voices: rambles, bullet points, present tense, second-language English. */
import type { EvalCase } from '../eval-case';

export const mixedStories: EvalCase[] = [
  {
    id: 'rvt-hotel-receptionist-guest-key-story-esl',
    profession: 'hotel receptionist',
    source: 'own',
    story: {
      whatHappened:
        'I gave a key card for room 412 to a man who said he was the husband of the guest, and he was not. The guest found him in her room when she came back from dinner.',
      whyItHappened:
        'He knew her name and the room number and he was very confident, so I did not ask for ID or call the room, which is our procedure.',
      whatIDid:
        'The guest came to the desk, I called security and the duty manager immediately, we moved her to another room and the police came. I wrote my statement the same night and I told my manager that I did not follow the procedure.',
      whatILearned:
        'Now I never make a key without ID matching the booking, even if the person is angry or in a hurry. I also practise with new receptionists what to say when someone pushes them.',
      roleConnection: 'Your hotel has many business travellers alone, so guest security is very important there.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
    ],
  },
  {
    id: 'rvt-sales-engineer-ramble-defensive-story',
    profession: 'sales engineer',
    source: 'own',
    story: {
      whatHappened:
        "Okay so this is going back a bit. I was at an industrial automation company, we sold conveyor control systems to food manufacturers mainly. My role was kind of half technical, half sales, so I'd go in with the account manager and do the demo and the spec. There was this big tender with a bakery group, three sites, and I'd been working on it for about four months. We lost it to a competitor who came in about 8% cheaper.",
      whyItHappened:
        "To be honest it wasn't a fair fight. Their system was inferior, everyone knew it, and our pricing team wouldn't give me any room. I'd told my manager repeatedly that we'd lose it on price. I did my part, the spec was the best in the tender.",
      whatIDid: 'I asked for feedback from the client and passed it on to pricing.',
      whatILearned:
        "That you can have the best product and still lose. There's not much an engineer can do about a pricing committee.",
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'defensive-tone', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-cabin-crew-trolley-story',
    profession: 'cabin crew member',
    source: 'own',
    story: {
      whatHappened:
        "I didn't secure a trolley brake properly in the aft galley before an expected patch of turbulence, and it rolled into the aisle and hit a passenger's knee. She needed ice and a report, but was able to walk off.",
      whyItHappened:
        'I was finishing a drinks round quickly because the seatbelt sign had just come on, and I pushed the brake with my foot without checking it had locked.',
      whatIDid:
        'I checked on her right away, got the purser and a first aid kit, filled in the passenger injury report with her details, and the purser and I told the captain before landing.',
      whatILearned:
        'I always check the brake with my hand now, not just my foot, and if the sign comes on I stop the service first and finish later. I have flown about 300 sectors since without a trolley incident.',
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
    id: 'rvt-office-manager-bullets-blame-story',
    profession: 'office manager',
    source: 'own',
    story: {
      whatHappened:
        'The office move to our new floor slipped by three weeks and 70 people worked from home in the meantime.',
      whyItHappened:
        '- landlord handed over the floor late\n- the fit-out contractor was disorganised\n- IT didn’t order the network switches in time\n- the directors kept changing the seating plan',
      whatIDid: '- kept everyone updated by email\n- rebooked the removals company',
      whatILearned: '- external parties need tighter contracts',
      roleConnection: '',
    },
    mustFlag: ['blame', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'passive-action'],
  },
  {
    id: 'rvt-tattoo-artist-present-tense-story-casual',
    profession: 'tattoo artist',
    source: 'own',
    story: {
      whatHappened:
        "so i've got a client in for a script piece on her forearm and i spell her daughter's name wrong. one letter. she doesn't notice until she's home",
      whyItHappened:
        "i didn't get her to sign off the stencil on skin, just on paper, and the paper version had the right spelling so i assumed mine matched",
      whatIDid:
        "she messages me that night, i call her back the same evening, own it completely, refund her and book her in with a laser clinic i pay for. then a cover-up when she's ready, free",
      whatILearned:
        "every stencil gets signed off on the skin now, with the client reading it out loud letter by letter. i've done it on every piece since, no exceptions",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'indifference',
      'humblebrag',
    ],
  },
  {
    id: 'rvt-account-manager-too-responsive-story',
    profession: 'key account manager',
    source: 'own',
    story: {
      whatHappened:
        "I'd say my failure is that I'm too responsive. My biggest client got so used to me answering at 10pm that they stopped using the support desk.",
      whyItHappened: 'I just can’t leave a customer waiting, it’s how I was brought up in sales.',
      whatIDid: 'I introduced them to the support team.',
      whatILearned: 'Sometimes being exceptional creates expectations you have to manage.',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rvt-lab-manager-self-flag-story',
    profession: 'laboratory manager',
    source: 'own',
    story: {
      whatHappened:
        'Our lab failed a UKAS surveillance visit on two points because calibration records for a balance were missing, and we had thirty days to close the findings.',
      whyItHappened: 'I was responsible for the calibration schedule and I let it slip while we were moving labs.',
      whatIDid:
        'I closed both findings in three weeks. But I felt like a fraud the whole time. I was sure the team had lost all respect for me and I still cringe every time an assessor walks in.',
      whatILearned: "I'm just not a details person, and I'm not sure I ever will be.",
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'indifference', 'humblebrag', 'vague-failure'],
  },
  {
    id: 'rvt-lab-manager-owned-calm-story',
    profession: 'laboratory manager',
    source: 'own',
    story: {
      whatHappened:
        'Our lab got two findings at a UKAS surveillance visit because calibration records for a balance were missing, and we had thirty days to close them.',
      whyItHappened:
        'The calibration schedule was mine, and during our lab move I kept it in my head instead of in the diary the team could see.',
      whatIDid:
        "I was embarrassed, and I said so to the team at the debrief, then I closed both findings in three weeks: re-calibrated the balance, retrieved the supplier's certificates and re-trained two analysts on logging.",
      whatILearned:
        'Every calibration is now on a shared calendar with a named back-up person, and I review it monthly at the quality meeting. Our next visit had no findings.',
      roleConnection:
        'You are going for accreditation on two more methods next year, and that calendar is exactly the kind of control I would set up.',
    },
    mustFlag: [],
    mustNotFlag: [
      'self-flagellating',
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
    id: 'rvt-security-officer-patrol-indifferent-story',
    profession: 'security officer',
    source: 'own',
    story: {
      whatHappened:
        'I skipped two of my night patrols on a building site and a generator was stolen from the compound.',
      whyItHappened:
        "It was freezing and the site was due to close the month after anyway, so I didn't see the point of walking round a half-empty site.",
      whatIDid: 'The site manager reported it to the police in the morning.',
      whatILearned: 'Not much, it was a dead-end contract.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-translator-deadline-esl-story',
    profession: 'freelance translator',
    source: 'own',
    story: {
      whatHappened:
        'I delivered a 12,000-word technical manual two days after the deadline, and the client had to delay the product launch in Germany.',
      whyItHappened:
        'I accepted the job while I already had another big project, because I did not want to say no to a new agency. My estimate of words per day was too optimistic for technical text.',
      whatIDid:
        'When I saw I will be late, I told the project manager five days before and proposed to deliver in three parts. She agreed, but the last part was still late, and I apologised to her directly.',
      whatILearned: 'I learned that I need to be realistic about my capacity.',
      roleConnection: 'This agency works with many technical clients, so I understand the deadlines are strict.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'vague-failure',
      'no-impact',
      'missing-part',
      'humblebrag',
    ],
  },
  {
    id: 'rvt-fitness-coach-too-good-story-casual',
    profession: 'personal trainer',
    source: 'own',
    story: {
      whatHappened:
        'honestly my biggest fail is probably that my clients get results too fast and then think they dont need me anymore lol. lost 3 clients that way last year',
      whyItHappened: 'i push people hard because i know what they can do',
      whatIDid: 'started offering maintenance packages',
      whatILearned: 'gotta keep them hooked after the transformation',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rvt-school-business-manager-owned-budget-story',
    profession: 'school business manager',
    source: 'own',
    story: {
      whatHappened:
        'I set the school’s budget with a supply cover line that ran out by February, and we had to cancel two planned trips and a staff training day to stay in balance.',
      whyItHappened:
        'The local authority cut our funding late, which made things tighter, but the bigger mistake was mine: I budgeted sickness on a three-year average that included a year when we had unusually little absence.',
      whatIDid:
        'In December, when I could see the trend, I told the head and the governors, laid out three options with their costs and agreed the cuts with them before any trip had been paid for.',
      whatILearned:
        'I now model cover on the worst of the last five years and report the line to governors every half term. This year it is on track.',
      roleConnection:
        'You are a three-school trust with shared supply costs, so I would bring that reporting to all three budgets.',
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
    ],
  },
];
