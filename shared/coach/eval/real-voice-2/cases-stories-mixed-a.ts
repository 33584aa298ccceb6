/**
 * Sealed real-voice set, part 3: a mix of strong and weak whole answers (first batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedMixedStoriesA: EvalCase[] = [
  {
    id: 'rv2-flight-attendant-special-meals-esl',
    profession: 'flight attendant',
    source: 'own',
    story: {
      whatHappened:
        'On a flight to Lisbon I served the special meals in the wrong order and a passenger with a nut allergy received a normal meal. He noticed the label before he ate anything, but he was very upset.',
      whyItHappened:
        'I did not check the name against the seat when I delivered the special meals, I only used the seat number. Two passengers had changed seats before take-off and I did not update my list.',
      whatIDid:
        'I apologised to him, took the tray back, and brought the correct meal after checking the label with my colleague. I informed the purser, and after landing I wrote the report with the seat change details.',
      whatILearned:
        'Since that flight I always confirm name and seat with the passenger for every special meal, and I say the allergy out loud. I have done this on every flight for four years now, and my purser asked me to show it to the new crew.',
      roleConnection:
        'Your airline has many long-haul flights with a lot of special meals, so I think this habit is important for this position.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv2-welder-failed-weld-test-short',
    profession: 'welder',
    source: 'own',
    story: {
      whatHappened:
        "Failed a weld test on a pressure pipe job, first one I'd ever failed, and the firm had to send someone else so the job started 2 days late.",
      whyItHappened: "Didn't prep the bevel properly, was cocky about it.",
      whatIDid: 'Went back to college on my own time for two weekends and redid the coupons till I passed.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv2-school-administrator-busy-periods-ramble',
    profession: 'school administrator',
    source: 'own',
    story: {
      whatHappened:
        "Well, I've been in school administration for about eleven years now, first in a primary and then in a big secondary with around 1,400 students, and the job is basically juggling a hundred things at once: admissions, attendance, exam entries, trips, parent emails, supply cover, whatever lands on your desk that morning. There's never really a quiet week. I'd say over the years there have been a few times where things haven't gone the way I wanted, mostly around busy periods like September or exam season, when there's so much coming in that it's hard to keep on top of everything, and some things have got missed or been later than they should be. It's not one big thing really, more that kind of pressure.",
      whyItHappened: 'Mostly workload, to be honest. There were only two of us in the office for a school that size.',
      whatIDid: 'I just kept going and tried to prioritise.',
      whatILearned: "I've learned to prioritise better and stay organised.",
      roleConnection: '',
    },
    mustFlag: [
      'opening-too-long',
      'vague-failure',
      'no-impact',
      'blame',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['humblebrag', 'unsafe-failure', 'self-flagellating', 'missing-part', 'indifference'],
  },
  {
    id: 'rv2-sommelier-wine-list-prices',
    profession: 'sommelier',
    source: 'own',
    story: {
      whatHappened:
        "I approved a wine list reprint for our restaurant group with last season's prices on 38 bottles, and for a month we sold some of our best-selling wines below cost, about £5,500 in lost margin.",
      whyItHappened:
        "I signed off the proof from memory of what had changed instead of checking each line against the supplier price file. I had the file open in another window. I just didn't do the comparison.",
      whatIDid:
        'When our accountant flagged the margin drop, I pulled every list the same afternoon, printed corrected inserts overnight, and briefed the floor staff on how to explain the change to regulars. I also renegotiated two of the wines with our supplier to claw some margin back.',
      whatILearned:
        "Every price change now goes through a line-by-line comparison with the supplier file, and a second person initials the proof. We've done six list changes like that since without a single pricing error.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-delivery-driver-wrong-street-esl',
    profession: 'delivery driver',
    source: 'own',
    story: {
      whatHappened:
        'I was delivery driver and one day I delivered 14 parcels to the wrong address, the next street with the same number. The customers complain and the company paid for the lost items, around 900 euros.',
      whyItHappened: 'It was a very difficult day, many problems, the weather, the traffic, everything.',
      whatIDid:
        'I went back to the street the next day and I knock every door, I find 9 parcels and I bring them to the right people.',
      whatILearned: 'Always be focused and concentrate on the work.',
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
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
    id: 'rv2-clinical-trial-coordinator-late-report',
    profession: 'clinical trial coordinator',
    source: 'own',
    story: {
      whatHappened:
        'As a clinical trial coordinator I missed the deadline to report a serious adverse event to the ethics committee by four days. The sponsor had to file a deviation and we were audited the following quarter.',
      whyItHappened:
        "I had the event logged, but I misread the reporting window as fifteen days when it was seven for that category, and I didn't check the protocol table.",
      whatIDid:
        'The moment I realised, I told the principal investigator, submitted the report that afternoon, and wrote the deviation note with the sponsor. Before the audit I went through every event on the study and confirmed all the others had been reported on time.',
      whatILearned:
        'I now keep the reporting windows as a table next to my desk and set a calendar alert for day three of every event. Two years and about thirty reportable events since, all on time.',
      roleConnection:
        "In this role you're managing several oncology trials, where reporting windows are tight, and that's exactly the system I'd bring.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv2-indie-game-dev-crunch-forum',
    profession: 'indie game developer',
    source: 'own',
    story: {
      whatHappened:
        "lol my 'failure' was crunching too hard on our indie launch. I basically did 80 hour weeks for two months and the game still only sold like 4k copies the first month.",
      whyItHappened:
        "Steam's algorithm buried us and the publisher did zero marketing, so honestly the sales weren't on me.",
      whatIDid: 'Kept patching it, did a discount in the summer sale.',
      whatILearned:
        "That you can't control the market. Would I crunch like that again? Probably, it's just how I'm wired.",
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'blame', 'defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['opening-too-long', 'passive-action', 'unsafe-failure', 'self-flagellating', 'missing-part'],
  },
  {
    id: 'rv2-estate-agent-garden-boundary-present',
    profession: 'estate agent',
    source: 'own',
    story: {
      whatHappened:
        "I'm showing a family a house and I tell them the garden runs to the back fence. It doesn't; the last four metres belong to the neighbour. They find out from their solicitor two weeks in and pull out of the purchase.",
      whyItHappened:
        "I go off what the seller tells me and the old listing photos. I don't check the title plan, which takes five minutes online.",
      whatIDid:
        'I call the family the same day the solicitor flags it, apologise, and tell them plainly that I got it wrong. I correct the listing, tell the seller, and help the family find another house; they buy one through us about six weeks later.',
      whatILearned:
        "Now I pull the title plan for every property before the first viewing and describe boundaries only from that. I've done it on every listing for two years, and it's caught three other boundary surprises before buyers heard about them.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
];
