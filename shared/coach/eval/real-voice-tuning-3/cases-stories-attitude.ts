/**
 * Whole stories about attitude: self-justification ("to be fair", "anyone would have",
 * "I still think I was right", tiredness as the excuse) and shrugs ("not my problem",
 * "it's 30 quid"). Near misses mention tiredness, "not a big drama" or "I moved on"
 * while owning the mistake and changing something.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const attitudeStories: EvalCase[] = [
  {
    id: 't3-sd-gp-receptionist-defensive',
    profession: 'GP surgery receptionist',
    source: 'own',
    story: {
      whatHappened:
        'I booked a patient who rang with chest pain into a routine appointment three days later instead of putting her through to the duty doctor. She went to A&E herself that evening and it turned out to be angina.',
      whyItHappened:
        "To be fair, she didn't sound that bad on the phone, and we'd been told again and again not to overload the duty list. I still think most receptionists would have done the same.",
      whatIDid: 'When the practice manager raised it with me I explained the pressure we were under.',
      whatILearned: 'That the duty doctor system puts far too much on reception.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sd-medical-receptionist-strong',
    profession: 'medical receptionist',
    source: 'own',
    story: {
      whatHappened:
        "A patient rang for a repeat prescription and mentioned, almost in passing, that she'd been breathless for two days. I processed the prescription and didn't pass the breathlessness on; she rang back the next morning and the duty GP sent her straight to hospital with a clot on her lung.",
      whyItHappened:
        "I was listening for the task and treated the rest as chat. We'd had the red-flag symptoms training and breathlessness is on the list; I didn't apply it.",
      whatIDid:
        'When I heard the next day I told the practice manager exactly what she had said to me and when, and I wrote it up as a significant event so the whole team could review it.',
      whatILearned:
        'I now write down every symptom a patient mentions, even in passing, before I deal with what they rang about, and I check it against the red-flag card on my desk. The practice made that card after my event review.',
      roleConnection:
        "You're a large practice with a busy phone line, and the patients who mention things in passing are the ones I worry about most.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sd-cashier-casual-shrug',
    profession: 'supermarket cashier',
    source: 'own',
    story: {
      whatHappened:
        'gave a customer change for a £50 when he gave me a £20, so my till was £30 down at the end of the night',
      whyItHappened: "wasn't concentrating, it was the end of my shift",
      whatIDid: 'nothing really, the supervisor wrote it up and that was it',
      whatILearned: "meh. it's 30 quid, the shop makes millions",
      roleConnection: '',
    },
    mustFlag: ['indifference', 'not-learned', 'passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sd-digital-pm-process',
    profession: 'digital project manager',
    source: 'own',
    story: {
      whatHappened:
        "A website redesign I managed launched with checkout broken on Safari, which was about 30% of the client's traffic, for the first two days.",
      whyItHappened:
        "The testing scope had been agreed with the client and Safari wasn't in it. I had flagged the risk in a meeting, so from a process perspective we had done what was agreed.",
      whatIDid: 'Once it was reported, the development team deployed a fix within 48 hours.',
      whatILearned: 'I learned the importance of documenting risks clearly so that decisions are traceable.',
      roleConnection: "In this role I'd bring a strong focus on governance and documentation.",
    },
    mustFlag: ['defensive-tone', 'passive-action'],
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
    id: 't3-sd-waiter-esl-shrug',
    profession: 'restaurant waiter',
    source: 'own',
    story: {
      whatHappened:
        'I forgot to put one table order in the system, six people waited fifty minutes for the food and they left without paying the drinks.',
      whyItHappened: 'The restaurant was full and I had eight tables.',
      whatIDid: 'My manager talked with them.',
      whatILearned: 'It is a restaurant, this happens every week to somebody, it is not a big drama.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'not-learned', 'no-role-connection'],
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
    id: 't3-sd-floor-manager-not-drama',
    profession: 'restaurant floor manager',
    source: 'own',
    story: {
      whatHappened:
        "I forgot to fire a table of six's mains while I was covering the pass, and they waited fifty minutes; they left after their starters without paying for the drinks.",
      whyItHappened:
        "I'd taken over the pass for ten minutes so the head chef could check in a delivery, and I held the ticket in my hand instead of putting it on the rail. I don't normally run the pass and I didn't tell anyone that.",
      whatIDid:
        'I went to the table myself, apologised, told them exactly what had happened, and emailed a voucher for a meal for six to the address on the booking. They came back a month later.',
      whatILearned:
        "It's not a drama in itself, it happens in restaurants, but it shouldn't happen because of me. Now if I cover the pass every ticket goes on the rail the second it prints, and I tell the kitchen out loud that I'm covering.",
      roleConnection: "You run a 120-cover room with an open pass, so I'd be covering it regularly.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sd-cabin-crew-roster',
    profession: 'cabin crew member',
    source: 'own',
    story: {
      whatHappened:
        "I didn't arm my door properly before pushback on a short-haul flight, and it was only picked up when the purser did her own walk-through. We were delayed twelve minutes while it was reported.",
      whyItHappened:
        "I was exhausted that week, four early starts in a row on a roster I'd already complained about, so honestly something was going to give. It was a roster problem more than a me problem.",
      whatIDid: 'I armed it and we left.',
      whatILearned: 'Rosters need to be fairer.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sd-conductor-tired-owned',
    profession: 'train conductor',
    source: 'own',
    story: {
      whatHappened:
        'I gave the ready-to-start signal with a door still open on the rear coach, and the train moved about two metres before I hit the emergency stop. Nobody was hurt; it was reported as a dispatch incident and I was taken off dispatch for three weeks.',
      whyItHappened:
        "I was tired, my fourth early in a row, but that isn't why. I didn't look down the full length of the platform, because I'd checked the rear coach at the previous stop and assumed nothing had changed.",
      whatIDid:
        'I stopped the train, secured the door, checked nobody had been caught, and reported it to the driver and control from the platform. I gave my statement that afternoon and did the retraining.',
      whatILearned:
        "I do the full platform look every time now, including at stops where I've just checked, and I say the steps under my breath so I can't skip one. I've dispatched thousands of times since with no incident.",
      roleConnection:
        "You're recruiting conductors for a route with a lot of short and curved platforms, where the full look matters most.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sd-security-officer-esl',
    profession: 'security officer',
    source: 'own',
    story: {
      whatHappened:
        'I let a contractor into the server room without checking his name on the access list, and later we found he was not from the company that was booked, he was from another company doing a quote.',
      whyItHappened:
        'He had the uniform and a laptop bag and he knew the name of the IT manager. Anyone would believe him. I think it is not fair they put this on me only.',
      whatIDid: 'I told my supervisor when IT asked about it.',
      whatILearned: 'I learned that people can lie very good.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sd-claims-handler-detached',
    profession: 'insurance claims handler',
    source: 'own',
    story: {
      whatHappened:
        "I closed a customer's water damage claim as settled when the second payment hadn't gone out, so she went about seven weeks without the £3,200 for her kitchen.",
      whyItHappened: 'I misread the payment screen, I think.',
      whatIDid: 'Someone picked it up when she complained, and it got paid.',
      whatILearned: "I don't really think about it now. It was a long time ago and I've moved on from that company.",
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sd-procurement-still-right',
    profession: 'procurement manager',
    source: 'own',
    story: {
      whatHappened:
        'I chose a cheaper packaging supplier that saved us £60k a year, and in the first six months they delivered late four times and we stopped a production line twice, about a day each time.',
      whyItHappened:
        'The decision was right on the information available. Their references were good and the savings were real. I still think I was right to choose them; the late deliveries were their failure, not mine.',
      whatIDid: 'I put them on a performance improvement plan and eventually moved the volume back.',
      whatILearned: "Suppliers don't always perform as promised.",
      roleConnection: 'I make tough commercial calls and I stand by them.',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'passive-action',
    ],
  },
  {
    id: 't3-sd-procurement-defended-then-owned',
    profession: 'procurement lead',
    source: 'own',
    story: {
      whatHappened:
        'I moved our packaging to a cheaper supplier to save £60k a year, and in the first six months they delivered late four times and stopped our line twice, about a day each time.',
      whyItHappened:
        "For the first two months I defended the choice; I kept saying the savings justified it. Looking back, I'd only checked their references on price and quality, never on delivery at our volumes, and I'd never visited their plant.",
      whatIDid:
        "After the second stoppage I told my director the decision hadn't worked, kept 30% of the volume with the old supplier as a buffer, and visited the new plant to agree a delivery schedule we could hold them to.",
      whatILearned:
        'I now visit any new supplier and take a delivery reference at a similar volume before I move more than 20% of anything. I did that for two tenders last year.',
      roleConnection:
        "You're consolidating suppliers this year, and that's exactly when a cheap quote looks better than it is.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sd-goods-in-not-my-problem',
    profession: 'goods-in operative',
    source: 'own',
    story: {
      whatHappened:
        "booked in a delivery of 60 cartons as 600 on the system, which threw the stock right out and the buyers didn't reorder, so we ran out of that line for two weeks",
      whyItHappened: 'typo',
      whatIDid: 'not my problem after that tbh, stock control sorted it',
      whatILearned: 'nothing really, typos happen',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sd-science-teacher-unfair',
    profession: 'secondary science teacher',
    source: 'own',
    story: {
      whatHappened: "My Year 10 class's mock results came in 18 points below the other sets on the same paper.",
      whyItHappened:
        "I'd been given the lowest set with no TA and two students on behaviour plans, and I was covering the head of department's lessons for half the term. It's a bit unfair to compare my class with the others.",
      whatIDid: 'I ran some revision sessions before the real exams.',
      whatILearned: "That results data doesn't always tell the whole story.",
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long'],
  },
  {
    id: 't3-sd-maintenance-esl-small-thing',
    profession: 'hotel maintenance technician',
    source: 'own',
    story: {
      whatHappened:
        'I repaired the shower in room 214 but I did not test the hot water at the end, and the guest had only cold water the next morning and complained to reception. The hotel gave him 30% off the room.',
      whyItHappened:
        'I closed the mixing valve to do the work and after I did not open it fully. I was sure it was ok because the water was running.',
      whatIDid: 'I went up ten minutes after reception called, I fixed the valve and I said sorry to the guest myself.',
      whatILearned:
        'It was a small thing for me, but for the guest it is not small. Now I run the hot water for two minutes after every repair before I sign the job, always.',
      roleConnection: 'In your hotel I will do many small repairs in the rooms, so this test is every day.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sd-van-driver-shrug',
    profession: 'parcel delivery driver',
    source: 'own',
    story: {
      whatHappened: 'got a speeding ticket in the company van',
      whyItHappened: 'the route they give you is impossible to do in the time',
      whatIDid: 'paid it',
      whatILearned: 'not much, everyone gets them',
      roleConnection: '',
    },
    mustFlag: ['blame', 'indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sd-solicitor-in-fairness',
    profession: 'commercial solicitor',
    source: 'own',
    story: {
      whatHappened:
        'A share purchase agreement I drafted went to the other side with an indemnity cap of £50k instead of £500k. Their lawyers accepted it within the hour, and we had to go back and reopen a point our client thought was settled.',
      whyItHappened:
        'In fairness, the draft was prepared under significant time pressure, and the cap was carried over from a precedent the partner had selected. I would also note that the error was caught before signing.',
      whatIDid: 'The partner spoke to the other side and the cap was renegotiated.',
      whatILearned: 'I learned that precedents need to be reviewed carefully.',
      roleConnection: 'I have a lot of experience drafting SPAs under time pressure.',
    },
    mustFlag: ['defensive-tone', 'passive-action'],
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
    id: 't3-sd-dairy-worker-gate',
    profession: 'dairy farm worker',
    source: 'own',
    story: {
      whatHappened:
        'I left the gate open on the top field and 40 heifers got out onto the lane. One was hit by a car and had to be put down, and the car was badly damaged.',
      whyItHappened: 'I was going back and forth on the quad and I thought I had shut it.',
      whatIDid: 'The farmer sorted it out with the insurance.',
      whatILearned: 'Just one of those things on a farm, it happens to everyone at some point.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'passive-action', 'indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sd-junior-auditor-esl',
    profession: 'junior auditor',
    source: 'own',
    story: {
      whatHappened:
        'I missed that a client recorded a large sale in the wrong year, around 200 thousand, and the senior found it in review, so we had to redo part of the revenue testing, two extra days.',
      whyItHappened:
        'I was following the sample that the system gave me and this invoice was not in the sample. So I did exactly what the methodology says, I do not think it was really my mistake.',
      whatIDid: 'I redid the testing with the senior.',
      whatILearned: 'That the methodology is not perfect.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'not-learned', 'no-role-connection'],
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
    id: 't3-sd-it-support-moved-on',
    profession: 'IT support technician',
    source: 'own',
    story: {
      whatHappened:
        "I reimaged the wrong laptop, a finance manager's instead of a leaver's, and she lost three weeks of files that weren't synced, mostly her month-end working papers.",
      whyItHappened:
        "Both laptops were on my bench, same model, and I went by a ticket number on a sticky label that had been swapped when I moved them. I didn't check the serial against the asset system.",
      whatIDid:
        'I told her and my team lead within the hour, got our backup vendor to recover what they could, about two-thirds, and sat with her over two evenings rebuilding the rest of the spreadsheet.',
      whatILearned:
        "I moved on, but I changed the routine first: I check the serial against the asset record before any wipe, and I keep one device on the bench at a time. I've done a few hundred rebuilds since without a repeat.",
      roleConnection: 'Your team does the whole starter and leaver process in-house, so wipes are a daily thing.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
