/**
 * Real-voice stories, software and data: incident write-up polish, junior-dev rambles,
 * second-language QA, intern shorthand.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesB: EvalCase[] = [
  {
    id: 'rv-software-engineer-table-lock',
    profession: 'software engineer',
    source: 'own',
    story: {
      whatHappened:
        'I shipped a database migration that locked our orders table for 14 minutes during the lunchtime peak. Roughly 2,300 checkouts failed, and support spent the afternoon on refunds.',
      whyItHappened:
        "I tested the migration on a staging copy with a tenth of production's rows, saw it finish in seconds, and assumed it would scale. I didn't check whether the column change needed a full table rewrite — it did.",
      whatIDid:
        "I killed the migration, rolled back, and posted in the incident channel within five minutes with what I'd run and why. That afternoon I wrote the migration again as an online, batched change and ran it at 2am with the on-call engineer watching. I also sent support a list of every failed order so they could refund proactively.",
      whatILearned:
        "Any migration that touches a table over a million rows now goes through a dry run against a full-size snapshot, and I added a CI check that flags table rewrites. It's caught three risky migrations from other people since. I noticed your team runs a similar review for schema changes, which is a big part of why I applied.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-junior-dev-booking-ramble',
    profession: 'web developer',
    source: 'own',
    story: {
      whatHappened:
        'So this was at my first dev job, I was maybe six months in, and it was a small agency, like eight people, we did websites and a couple of apps for local businesses. My lead at the time was kind of hands off, which was fine mostly, and we used this old PHP framework that nobody really liked. There was a client, a chain of dental offices, and they wanted an online booking thing, and I was given it because the senior guy was on another project. We had about three weeks. Anyway long story short the booking form went live and for about four days it was double-booking appointments, they had patients turning up at the same time and it was a mess, they were really not happy.',
      whyItHappened:
        'Honestly the spec we got was super vague, the client kept changing what they wanted and my lead never reviewed anything I pushed. Nobody told me the calendar API had timezone issues either.',
      whatIDid: 'We ended up patching it after the weekend and the client got a discount on their invoice.',
      whatILearned: 'I learned a lot about working under pressure and I think it made me a much better developer.',
    },
    mustFlag: [
      'opening-too-long',
      'blame',
      'defensive-tone',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['vague-failure', 'no-impact', 'missing-part', 'humblebrag', 'unsafe-failure', 'self-flagellating'],
  },
  {
    id: 'rv-devops-quiet-backup-delete',
    profession: 'devops engineer',
    source: 'own',
    story: {
      whatHappened:
        'I accidentally deleted three weeks of database backups while cleaning up an old storage bucket. Nobody noticed for a month.',
      whyItHappened: "I ran the cleanup script with a wildcard I hadn't tested, on a Friday afternoon.",
      whatIDid:
        "I didn't say anything at first because I was pretty sure I could regenerate them over the weekend, and I mostly did. My manager found the gap during a restore test a month later.",
      whatILearned:
        "Now I always run destructive scripts with a dry-run flag first and get someone to look at the output. And I'd tell people straight away, obviously.",
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'self-flagellating',
      'indifference',
    ],
  },
  {
    id: 'rv-qa-tester-small-android',
    profession: 'QA tester',
    source: 'own',
    story: {
      whatHappened:
        'In my previous company I was QA for mobile banking app. I signed off one release where the transfer button was not working on small Android phones, about 8% of users could not send money for 2 days.',
      whyItHappened:
        'I tested only on the three devices on my desk, which were all new models. I did not check the device list from analytics, I thought new phones are enough.',
      whatIDid: '',
      whatILearned:
        'After this I always take the top 10 devices from analytics before the test cycle and I test on the smallest screen first. I also asked for two old phones for the test lab and the manager approved it.',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'defensive-tone',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-data-analyst-churn-join',
    profession: 'data analyst',
    source: 'own',
    story: {
      whatHappened:
        'In my previous role as a Data Analyst, I presented a quarterly churn figure to the leadership team that was overstated by nearly 4 percentage points, which led to an unplanned retention campaign being approved.',
      whyItHappened:
        "I had joined two tables on customer ID without accounting for customers with multiple subscriptions, which duplicated cancelled accounts. I didn't reconcile my total against the finance system before the meeting.",
      whatIDid:
        'As soon as I identified the discrepancy, I informed my manager and the Head of Customer Success, issued a corrected figure with an explanation of the error, and worked with marketing to scale the campaign back before the budget was spent.',
      whatILearned:
        'This experience taught me the value of attention to detail and the importance of validating data before presenting it to stakeholders.',
    },
    mustFlag: ['generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'missing-part',
      'unsafe-failure',
      'self-flagellating',
      'opening-too-long',
    ],
  },
  {
    id: 'rv-product-manager-calendar-feature',
    profession: 'product manager',
    source: 'own',
    story: {
      whatHappened:
        "I pushed my team to spend a full quarter building a shared-calendar feature for our scheduling app. Three months after launch only 4% of accounts had used it more than once, against the 30% I'd promised leadership.",
      whyItHappened:
        "I built the case on twelve customer interviews where people said they'd love it, and I never tested whether they'd change how they worked. A couple of engineers raised doubts in planning and I talked over them because I was sure.",
      whatIDid:
        "I wrote a one-page post-mortem and presented it to leadership myself, including the part about overriding the engineers. I cut the feature's roadmap, moved two engineers back onto onboarding, and set up a fake-door test for the next idea on the list before anyone wrote code.",
      whatILearned:
        "Every feature I propose now has to pass a cheap behaviour test first — a fake door, a concierge version, something that measures use rather than opinions. We've run six of those since and killed four ideas that would each have cost a quarter. I also ask the quietest engineer in planning what worries them, every time.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-ux-designer-stopped-caring',
    profession: 'UX designer',
    source: 'own',
    story: {
      whatHappened:
        'At my last agency I designed the checkout flow for a furniture client and conversions dropped about 12% in the month after launch.',
      whyItHappened:
        "Honestly that client was a nightmare and I'd kind of stopped caring by that point, so I didn't push for user testing like I normally would.",
      whatIDid: 'I handed over the files and moved on to the next project. The account team dealt with the fallout.',
      whatILearned: "Some clients just aren't worth going the extra mile for.",
    },
    mustFlag: ['indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'missing-part',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'opening-too-long',
    ],
  },
  {
    id: 'rv-it-support-filtered-tickets',
    profession: 'IT support technician',
    source: 'own',
    story: {
      whatHappened:
        "When I was the only IT guy at a small accountancy firm I let a partner's tickets sit for four days during tax season, she couldn't get into the client portal and two of her clients missed their filing windows because of it.",
      whyItHappened:
        "I'd set my inbox to filter 'portal' tickets into a folder I checked weekly, because most of them were password resets, and I never told anyone I'd done that.",
      whatIDid:
        'Once she walked over to my desk I fixed her access in twenty minutes and then went through the folder and cleared the other 31 tickets that day. I apologised to her and to the managing partner and helped her write to the two clients.',
      whatILearned:
        "I don't filter anything out of sight anymore. Every ticket gets an auto-reply with a time I'll respond by, and I review the queue twice a day; I've kept that up for three years, including at my current job.",
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'no-impact',
      'indifference',
    ],
  },
  {
    id: 'rv-cs-student-demo-crash',
    profession: 'computer science student',
    source: 'own',
    story: {
      whatHappened:
        'for my final year group project i was in charge of the backend and our demo crashed in front of the panel, we lost like 15% of the grade for that part',
      whyItHappened: '',
      whatIDid:
        'i stayed up that night and found the bug (an env variable that only existed on my laptop lol) and emailed the module leader asking if we could re-demo, she said no but gave us feedback',
      whatILearned:
        'in my internship after that I made sure to run everything from a clean machine before any demo, we had a docker setup and I did a fresh build the morning of every sprint review',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'blame',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-game-dev-old-saves',
    profession: 'game developer',
    source: 'own',
    story: {
      whatHappened:
        'We shipped a patch for our indie survival game that corrupted save files for about 3% of players, roughly 1,800 people, some with a hundred hours in.',
      whyItHappened:
        "The save-format change was mine. I'd tested upgrading from the previous version but not from saves two versions old, which is what a lot of casual players had.",
      whatIDid:
        'We pulled the patch within six hours and I wrote a recovery tool that rebuilt most saves from the autosave backups. I posted the tool and a plain apology on our Steam page myself that night.',
      whatILearned: 'Test old saves.',
    },
    mustFlag: ['no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'no-impact',
      'not-learned',
      'unsafe-failure',
      'generic-lesson',
    ],
  },
  {
    id: 'rv-data-scientist-panic-buying',
    profession: 'data scientist',
    source: 'own',
    story: {
      whatHappened:
        'I built a demand forecast model for a grocery chain that over-predicted fresh produce by about 20% for six weeks, so stores threw out a lot of food.',
      whyItHappened:
        "The training data included the panic-buying months and I didn't exclude them, partly because the business wanted the model fast.",
      whatIDid: 'I retrained it without those months and the error dropped to normal levels.',
      whatILearned:
        "Honestly I'm not sure I'd do much differently, these things always have some error and the business pushed for speed.",
    },
    mustFlag: ['not-learned', 'defensive-tone', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'humblebrag',
      'missing-part',
      'self-flagellating',
      'unsafe-failure',
    ],
  },
  {
    id: 'rv-mobile-dev-sandbox-key',
    profession: 'mobile developer',
    source: 'own',
    story: {
      whatHappened:
        "So I'm on the payments squad and I push a build to the App Store with the sandbox API key still in it. For about 9 hours every in-app purchase 'succeeds' but nobody is actually charged — around £6,000 we never recover.",
      whyItHappened:
        'The key is swapped by a build flag, and I build the release locally instead of through CI because CI is slow that day. I skip the checklist step that checks the flag.',
      whatIDid:
        'A colleague spots the revenue graph flatlining and pings me; I confirm it in five minutes, ship a hotfix through CI, and ask for expedited review. Then I write the incident doc and own the cost in it.',
      whatILearned:
        "I don't build releases locally any more, full stop, and I've added a startup assert that crashes debug builds if a sandbox key is present in release config. Your job ad mentions release engineering — that's honestly the bit of the job I've come to care about most.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
