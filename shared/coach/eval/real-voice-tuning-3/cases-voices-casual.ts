/**
 * Casual and forum-style answers ("tbh", "lol", "ngl", no capitals), as single parts and
 * whole stories. Slang is never the weakness; each has the same labels it would have in
 * formal English.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const casualVoiceCases: EvalCase[] = [
  {
    id: 't3-cv-open-vague-ngl',
    profession: 'freelance social media assistant',
    source: 'own',
    part: 'whatHappened',
    text: "ngl I kinda messed up a client thing at my last place, wasn't the end of the world",
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: ['opening-too-long', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-open-double-charged',
    profession: 'market stall trader',
    source: 'own',
    part: 'whatHappened',
    text: 'double-charged about 60 customers on the card machine one saturday cos I hit the wrong button on the refund screen, took the bank a week to sort and a few of them were proper fuming',
    mustFlag: [],
    mustNotFlag: ['vague-failure', 'no-impact', 'opening-too-long', 'humblebrag', 'unsafe-failure'],
  },
  {
    id: 't3-cv-cause-piled-up',
    profession: 'IT apprentice',
    source: 'own',
    part: 'whyItHappened',
    text: 'stuff just kinda piled up that week tbh',
    mustFlag: ['vague-cause'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-cause-team-leader',
    profession: 'warehouse associate',
    source: 'own',
    part: 'whyItHappened',
    text: 'my team leader literally never tells us anything till the last minute so yeah',
    mustFlag: ['blame'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-cause-owned-short',
    profession: 'letterbox drop leafleter',
    source: 'own',
    part: 'whyItHappened',
    text: "honestly I just didn't check the map for the new streets. thought I had, I hadn't. nobody else's fault",
    mustFlag: [],
    mustNotFlag: ['blame', 'defensive-tone', 'humblebrag'],
  },
  {
    id: 't3-cv-cause-tbf-anyone',
    profession: 'apprentice vehicle technician',
    source: 'own',
    part: 'whyItHappened',
    text: "tbf anyone would've done the same, the instructions were rubbish and I'd been on since 6am",
    mustFlag: ['defensive-tone'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-did-office-dealt',
    profession: 'scaffolding labourer',
    source: 'own',
    part: 'whatIDid',
    text: 'it all got sorted in the end, the office dealt with it',
    mustFlag: ['passive-action'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-did-drove-part',
    profession: 'motor parts delivery driver',
    source: 'own',
    part: 'whatIDid',
    text: 'rang the garage there and then, said sorry it was me, and drove the right part round after my shift so the car was done that night',
    mustFlag: [],
    mustNotFlag: ['passive-action', 'indifference', 'self-flagellating'],
  },
  {
    id: 't3-cv-learn-nothing-bad-day',
    profession: 'nightclub bartender',
    source: 'own',
    part: 'whatILearned',
    text: 'tbh nothing, it was a bad day, everyone has them',
    mustFlag: ['not-learned'],
    mustNotFlag: ['generic-lesson', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-learn-docket-change',
    profession: 'waitress',
    source: 'own',
    part: 'whatILearned',
    text: 'I write the table number on the docket before I even walk away now, every single time. been doing it 2 years and not had a wrong table since',
    mustFlag: [],
    mustNotFlag: ['no-change-evidence', 'not-learned', 'generic-lesson'],
  },
  {
    id: 't3-cv-learn-float-no-change',
    profession: 'pub supervisor',
    source: 'own',
    part: 'whatILearned',
    text: "mainly that you've gotta count the float before you open, not after",
    mustFlag: ['no-change-evidence'],
    mustNotFlag: ['generic-lesson', 'not-learned', 'humblebrag'],
  },
  {
    id: 't3-cv-learn-dream-work',
    profession: 'holiday park team member',
    source: 'own',
    part: 'whatILearned',
    text: 'teamwork makes the dream work haha',
    mustFlag: ['generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-learn-crack-on',
    profession: 'van driver',
    source: 'own',
    part: 'whatILearned',
    text: "eh, I don't really dwell on stuff like that, you just crack on",
    mustFlag: ['indifference', 'not-learned'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-cv-open-too-nice-lol',
    profession: 'phone shop sales advisor',
    source: 'own',
    part: 'whatHappened',
    text: "probably that I'm too nice to customers lol, I give them too much of my time and it kills my sales per hour",
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'indifference', 'opening-too-long'],
  },
  {
    id: 't3-cv-open-floor-swallow',
    profession: 'fast food crew member',
    source: 'own',
    part: 'whatHappened',
    text: "honestly the worst thing I've ever done, I'm still so ashamed I can't even think about it. I gave a customer £20 too much change and got told off by my manager in front of everyone and I just wanted the floor to swallow me",
    mustFlag: ['self-flagellating'],
    mustNotFlag: ['humblebrag', 'indifference', 'unsafe-failure'],
  },
  {
    id: 't3-cv-open-fryer-unsafe',
    profession: 'fish and chip shop assistant',
    source: 'own',
    part: 'whatHappened',
    text: 'left the fryer on overnight at the chippy, got a call at 2am from the alarm company and the fire brigade came out. nothing caught, luckily, but the oil was smoking and the shop stank for a week',
    mustFlag: ['unsafe-failure'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'opening-too-long'],
  },
  {
    id: 't3-cv-open-fake-id-caught',
    profession: 'bar staff',
    source: 'own',
    part: 'whatHappened',
    text: "almost served a lad who turned out to be 17, I'd started pouring before I clocked the ID was fake, then I poured it away and refused him",
    mustFlag: [],
    mustNotFlag: ['unsafe-failure', 'vague-failure', 'humblebrag', 'opening-too-long'],
  },
  {
    id: 't3-cv-tattoo-artist-strong',
    profession: 'tattoo artist',
    source: 'own',
    story: {
      whatHappened:
        "spelled a client's daughter's name wrong on a forearm piece, 'Anaya' came out as 'Ananya', she noticed when she got home",
      whyItHappened:
        'I freehanded the lettering from what she said out loud instead of getting her to write it down and sign off the stencil',
      whatIDid:
        'got her back in the next day, reworked it into the right spelling for free and paid for a laser consult in case she wanted it gone later',
      whatILearned:
        'all lettering gets written by the client now and they sign the printed stencil before it goes on skin, no exceptions. done it that way for 4 years',
      roleConnection: "your studio does loads of script and name work so it's the same risk every day",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-cv-picker-targets-blame',
    profession: 'warehouse picker',
    source: 'own',
    story: {
      whatHappened: 'got a written warning for my pick rate being under target for 3 weeks straight',
      whyItHappened:
        "the scanners are ancient and the aisles are always blocked by the replen lads so tbh it's not possible to hit it",
      whatIDid: 'just kept going, nothing much else you can do',
      whatILearned: "that the targets are made up by people who've never done the job",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'vague-failure'],
  },
  {
    id: 't3-cv-promoter-flop',
    profession: 'club night promoter',
    source: 'own',
    story: {
      whatHappened: 'had a night flop pretty bad a couple of years back',
      whyItHappened: 'wrong night maybe? idk',
      whatIDid: 'learned from it and moved on',
      whatILearned: 'know your crowd',
      roleConnection: 'I know the scene round here really well',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'generic-lesson', 'passive-action'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'missing-part', 'blame'],
  },
  {
    id: 't3-cv-mobile-mechanic-oil',
    profession: 'mobile mechanic',
    source: 'own',
    story: {
      whatHappened:
        "put the wrong oil in a customer's diesel, a petrol-spec 5w30 instead of the low-ash one, and a few months later her DPF was blocked, £900 job",
      whyItHappened: "to be fair it was the oil my supplier sent and the tubs look the same, anyone could've done it",
      whatIDid: 'told her it was probably her short journeys tbh',
      whatILearned: 'double check the tubs I guess',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-cv-hotel-bartender-jigger',
    profession: 'hotel bartender',
    source: 'own',
    story: {
      whatHappened:
        'over-poured spirits all summer because I was freepouring instead of using the jigger, and the stocktake came out £1,400 down on spirits for the quarter with my name all over the till data',
      whyItHappened:
        "I thought I was good enough to freepour accurately and I wasn't, I was pouring about a third over every time",
      whatIDid:
        'owned up when the manager showed me, did a test with the jigger and a measuring cylinder to see how far out I was, and went back to jiggers that same night',
      whatILearned:
        "your hand lies to you when it's busy, basically. I've used a jigger on every pour since, even the rushes",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 't3-cv-skate-shop-viral',
    profession: 'skate shop assistant',
    source: 'own',
    story: {
      whatHappened:
        'my fail was probably running the shop insta too well lol, we got so many orders off a reel I made that we sold out and had to cancel about 40 orders',
      whyItHappened: 'the reel just went way more viral than anyone expected',
      whatIDid: 'the owner refunded everyone',
      whatILearned: 'to check stock before I post stuff',
      roleConnection: "I'm good at social media which I know you need",
    },
    mustFlag: ['humblebrag', 'passive-action'],
    mustNotFlag: [
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 't3-cv-dog-walker-off-lead',
    profession: 'dog walker',
    source: 'own',
    story: {
      whatHappened:
        "lost a client's dog on a group walk, she slipped her harness chasing a deer and was gone about 3 hours before a farmer rang the number on her tag",
      whyItHappened:
        "I'd let her off lead because she'd been fine the last few weeks, but the owner had said on-lead only near the woods and I ignored that",
      whatIDid:
        'rang the owner straight away and told her exactly what happened, dropped the other dogs home and went back out searching with her till the farmer called',
      whatILearned:
        "I don't let any dog off lead now unless the owner's said yes in writing for that route, and I double-clip the escape artists",
      roleConnection: 'you run group walks near the common which is deer country, same situation',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-cv-hostel-weird-system',
    profession: 'hostel receptionist',
    source: 'own',
    story: {
      whatHappened: 'checked someone into a dorm bed that was already taken',
      whyItHappened: 'the system was being weird that night',
      whatIDid: 'moved him to another room when the other guy came back',
      whatILearned: 'always look at the bed board as well as the system',
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'not-learned',
      'generic-lesson',
      'passive-action',
    ],
  },
  {
    id: 't3-cv-game-tester-console',
    profession: 'QA game tester',
    source: 'own',
    story: {
      whatHappened:
        "signed off a build as passing when I hadn't actually run the save/load test on console, and the day-one patch corrupted saves for a chunk of players, the forums were on fire",
      whyItHappened: 'I ran it on PC and assumed console would behave the same, which, lol, no',
      whatIDid:
        "flagged it to my lead the minute the reports came in, repro'd it on console within the hour and wrote up exact steps so the devs could hotfix it",
      whatILearned:
        "I run save/load on every platform separately now, it's its own line per platform on my checklist, and I haven't signed off a platform I haven't actually touched since",
      roleConnection: 'you ship on four platforms so this is literally the job',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('no-impact', 'unsafe-failure'),
  },
  {
    id: 't3-cv-grocery-driver-useless',
    profession: 'supermarket delivery driver',
    source: 'own',
    story: {
      whatHappened:
        "delivered someone's whole weekly shop to the wrong address, an old lady's, she'd paid £140 and went the whole weekend without it",
      whyItHappened: "I went off the sat nav and didn't check the house number on the crate label",
      whatIDid:
        "honestly I was so useless about it, I just kept apologising to my manager, I'm such an idiot, I couldn't even face ringing her",
      whatILearned: 'still feel awful about it to be honest, I think about her every time I do that road',
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'humblebrag', 'indifference', 'opening-too-long'],
  },
];
