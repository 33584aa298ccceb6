/**
 * Sealed real-voice set, part 2: whole answers with problems (third batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedWeakStoriesC: EvalCase[] = [
  {
    id: 'rv2-charge-nurse-handover-system-ramble',
    profession: 'charge nurse',
    source: 'own',
    story: {
      whatHappened:
        "Okay, so this was about four years ago when I was a charge nurse on a busy medical ward, thirty-two beds, mostly elderly patients, a lot of heart failure and COPD. The trust was bringing in a new electronic handover system and I'd volunteered to be one of the super users, which basically meant I'd had one afternoon of training and then everyone on the ward came to me with their questions, which was fine, I like that kind of thing. The rollout was supposed to be gradual but in practice it was a bit of a free-for-all, some people were using it and some weren't, and the paper sheets were still floating around. Anyway, in the first week I told the night staff they could stop doing the paper handover and just use the system, and two patients' fluid restrictions didn't carry over, and one gentleman ended up getting around a litre more than his limit before the day team picked it up.",
      whyItHappened:
        "The honest answer is that I made that call without checking that the fluid restriction field actually showed on the handover screen. It didn't, it was on a different tab. I assumed the system would show everything the paper did, because that's what we'd been told in training, and I didn't test it with a real patient before telling the team to switch. That's on me, I was the super user.",
      whatIDid:
        'As soon as the day nurse flagged it I went and assessed him with the doctor, we adjusted his diuretics, and he was okay, his weight came back down over the next day. I told the family myself what had happened. Then I put the paper handover back in straight away for every shift, filled out the incident report, and emailed the IT project team with screenshots showing where the restriction field was hidden, and they moved it onto the main screen about three weeks later.',
      whatILearned:
        "What I took away is that I check a new system against a real patient's record before I tell anyone to rely on it. When we got the new e-prescribing module the year after, I sat with two patients' drug charts and the screen side by side for an afternoon before go-live, and I found a missing allergy flag that way. So, yeah. That one stuck with me.",
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: allKindsExcept('opening-too-long', 'unsafe-failure', 'no-role-connection'),
  },
  {
    id: 'rv2-software-engineer-config-forum-blame',
    profession: 'software engineer',
    source: 'own',
    story: {
      whatHappened:
        "Throwaway, but here's what I said in my last loop. I pushed a config change that took our payments API down for about 20 mins on a Tuesday afternoon, roughly 1,100 failed transactions.",
      whyItHappened:
        "Our CI didn't catch it because staging was totally different from prod (which infra had been told about for months), and the reviewer rubber-stamped my PR without actually reading it. Process was just broken tbh.",
      whatIDid: 'Reverted it, pinged on-call, wrote the postmortem.',
      whatILearned:
        "Honestly, that the org needed better process. I don't think there's much I personally would do different, the system failed, not me.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'not-learned', 'no-role-connection'],
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
    id: 'rv2-librarian-catalogue-barcodes-present',
    profession: 'systems librarian',
    source: 'own',
    story: {
      whatHappened:
        "I'm running the library's move to a new catalogue system, and on launch day the self-service kiosks can't read any of the old barcodes. For three days nobody can borrow or return without queuing at the desk.",
      whyItHappened:
        "I don't ask the vendor to test the old barcode format, because I assume a library system reads library barcodes. It's a fair assumption but I should check it.",
      whatIDid:
        'The vendor is contacted, a patch is eventually sent over, and the kiosks start working again by Thursday.',
      whatILearned: 'Now I always test with a sample of our real data before any go-live.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
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
    id: 'rv2-chef-wedding-lamb-haunts-me',
    profession: 'head chef',
    source: 'own',
    story: {
      whatHappened:
        "I was head chef for a wedding of 120 and the main course went out 50 minutes late because I'd under-ordered the lamb and had to send someone to a butcher across town.",
      whyItHappened:
        'I did the order from the tasting numbers, which were for 90, and forgot the couple had added thirty guests. I had the updated numbers in an email, I just never moved them into my order sheet.',
      whatIDid:
        'I reworked the timing with front of house, sent out an extra bread and starter course to cover the gap, and went out myself to apologise to the couple between courses.',
      whatILearned:
        "Honestly it haunts me. I felt like a total fraud standing in front of that bride and I still lie awake some nights replaying it. I'm terrified of big events now.",
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
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'missing-part',
    ],
  },
  {
    id: 'rv2-product-manager-checkout-scope-bullets',
    profession: 'product manager',
    source: 'own',
    story: {
      whatHappened:
        'I was the product manager on a checkout redesign that launched five weeks late and missed the Black Friday window, which finance estimated cost us around $300k in expected uplift.',
      whyItHappened:
        "I let the scope grow. Every time a stakeholder asked for 'one small thing' I said yes to keep them happy, and I never re-estimated the timeline with engineering after I did.",
      whatIDid:
        "- Cut the scope back to the original three features once I saw we'd miss the date\n- Told the VP and sales that same week rather than hoping we'd catch up\n- Ran a retro with the team to map where the extra work had come from",
      whatILearned: 'Communication is everything in product management.',
      roleConnection: '',
    },
    mustFlag: ['generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: allKindsExcept('generic-lesson', 'no-change-evidence', 'no-role-connection'),
  },
  {
    id: 'rv2-bank-teller-nephew-phone-esl',
    profession: 'bank teller',
    source: 'own',
    story: {
      whatHappened:
        'When I was working as bank teller, I gave the balance of an old lady account to her nephew on the phone, because he knew her address and birthday. After, we find out he was not allowed and he was trying to take her money.',
      whyItHappened:
        'I did not ask all the security questions, only the first two, because he was very nice and he say she is in the hospital. I wanted to help.',
      whatIDid:
        'When my manager told me, I explain everything and I write the report. The bank called the lady and changed her security, and I did the data protection training again.',
      whatILearned: 'I learned to be more careful with the security and to follow the rules.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'opening-too-long',
      'blame',
      'passive-action',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-physiotherapist-back-class-dropouts',
    profession: 'physiotherapist',
    source: 'own',
    story: {
      whatHappened:
        'I set up a six-week back-pain class at our clinic and only 5 of the 18 patients who started finished it. Most of them went back onto the one-to-one waiting list, which was already eleven weeks long.',
      whyItHappened:
        "I pitched it at the level I'd use for sports patients, and I scheduled it at 11am on weekdays without asking who could come. A lot of them were working or caring for someone.",
      whatIDid:
        'I felt pretty embarrassed when I saw the attendance sheet, so I rang every person who had dropped out that week and asked why. Based on what they told me, I moved the class to 6pm, cut the exercises down to ones they could do at home without equipment, and offered the dropouts a place in the next round.',
      whatILearned:
        "I now run a quick phone survey of the referral list before I set any group's time or level. The evening class has had 70 to 80% completion across four rounds since, and the waiting list dropped to six weeks.",
      roleConnection:
        "Your service runs a lot of community group sessions, and getting the timing and level right for the people who actually turn up is the part I'd want to own.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-tour-guide-didnt-go-to-plan',
    profession: 'tour guide',
    source: 'own',
    story: {
      whatHappened: "There was a time on one of my tours where things didn't really go to plan with a group.",
      whyItHappened:
        "I hadn't checked the cathedral's opening hours for that week, and it was closed for a private event when we got there.",
      whatIDid:
        'I apologised to the group, took them to the old market instead while I rang the office, and got them a guided visit to the cathedral the next morning at no extra cost.',
      whatILearned:
        "Now I check opening times for every stop the evening before each tour, on the venue's own website, and I keep a backup stop in my notes for each day. I haven't had a group turned away since, over two seasons.",
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'no-role-connection'],
    mustNotFlag: allKindsExcept('vague-failure', 'no-impact', 'no-role-connection'),
  },
];
