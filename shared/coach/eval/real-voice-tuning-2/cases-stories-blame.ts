/** Whole answers where the cause sits with other people or circumstances, and answers that name others but keep their own share. */
import type { EvalCase } from '../eval-case';

export const blameStories: EvalCase[] = [
  {
    id: 'rvt-maths-teacher-set-four-story',
    profession: 'secondary maths teacher',
    source: 'own',
    story: {
      whatHappened:
        'My Year 11 set four got the worst maths results in the department in 2023, eleven out of twenty-six passed.',
      whyItHappened:
        "That set had the worst attendance in the year group and most of them just didn't want to be there. Half the parents never answered emails, and SLT put them with me in a room with no working projector.",
      whatIDid: 'I kept setting the same revision as the other sets and logged the missing homework on the system.',
      whatILearned: 'Honestly, you can only teach the kids who turn up.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-project-engineer-programme-owned-story',
    profession: 'civil project engineer',
    source: 'own',
    story: {
      whatHappened:
        'The drainage package on a school extension I was running finished five weeks late, and the school had to delay opening two classrooms until after half term.',
      whyItHappened:
        "I inherited a programme that was already optimistic, but I'd had it for two months before the drainage started and I never re-checked the durations. I also didn't flag the risk to the client when I first doubted it, because I didn't want to be the new person bringing bad news.",
      whatIDid:
        'Once I could see the slip I rebuilt the programme with the groundworker, brought in a second gang for three weeks and told the client and the head teacher in person what the new date was and why. I sent a weekly one-page update until we finished.',
      whatILearned:
        'I now re-baseline any programme I inherit in my first fortnight and send the client a risk list straight away, good or bad. I did that on my last two projects and both finished within a week of the date.',
      roleConnection:
        'You mentioned that this role picks up two jobs already on site, so that first-fortnight review is exactly where I would start.',
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
      'no-impact',
    ],
  },
  {
    id: 'rvt-content-marketer-goalposts-story',
    profession: 'content marketer',
    source: 'own',
    story: {
      whatHappened:
        'A client content campaign I ran for a kitchen company delivered about a third of the leads we promised.',
      whyItHappened:
        "The client kept moving the goalposts. First it was awareness, then leads, then suddenly they wanted installs. Their marketing manager left halfway through and the new one had completely different ideas. To be honest I'd done everything we agreed in the original plan.",
      whatIDid: 'I sent them a report showing all the deliverables had gone out on time.',
      whatILearned: 'Get everything in writing from day one so you are covered.',
      roleConnection: 'Your agency works with a lot of retail clients so this experience is relevant.',
    },
    mustFlag: ['blame', 'defensive-tone'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'missing-part', 'vague-failure'],
  },
  {
    id: 'rvt-software-sales-market-story-casual',
    profession: 'software sales executive',
    source: 'own',
    story: {
      whatHappened: 'missed my number two quarters in a row in 2023, ended up around 60% of quota',
      whyItHappened:
        'market just died tbh. every deal got pushed by procurement and budgets got frozen across the board, nothing I could do about it',
      whatIDid: 'kept grinding, kept making the calls',
      whatILearned: 'sales is cyclical, you ride it out. couple of quarters later I was back over 100%',
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rvt-pastry-chef-supplier-owned-story-esl',
    profession: 'pastry chef',
    source: 'own',
    story: {
      whatHappened:
        'For a wedding of 150 guests, the cake was not ready on time and we served it one hour late, after the speeches.',
      whyItHappened:
        'The supplier delivered the chocolate one day late, this is true. But I knew they were not reliable, and I did not order a back-up from the cash and carry because I wanted to save money. Also I did not tell the wedding planner early enough.',
      whatIDid:
        'When I saw the delivery was not coming, I changed the plan to make the sponges first and the decoration on the day. I called the wedding planner in the morning, we agreed to move the cake after the speeches, and I offered the couple a discount myself.',
      whatILearned:
        'Now for every big order I buy critical ingredients one week before, and I have two suppliers for chocolate. Last summer we did nine weddings like this with no delay.',
      roleConnection: 'You do many events and weddings, so I can bring this planning to your pastry section.',
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
    ],
  },
  {
    id: 'rvt-ios-developer-qa-story',
    profession: 'iOS developer',
    source: 'own',
    story: {
      whatHappened:
        'A release I shipped crashed on launch for users on older iPhones, roughly 8% of our users, for two days.',
      whyItHappened:
        "QA signed it off. Their device lab didn't have anything older than an iPhone 11, which I'd pointed out months before. To be honest I still think the code was fine, it was an OS bug we hit.",
      whatIDid: 'A hotfix was pushed once the crash reports came in.',
      whatILearned: "I'd handle it the same way again. The process is the problem, not the code.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-fostering-social-worker-calls-story',
    profession: 'fostering social worker',
    source: 'own',
    story: {
      whatHappened:
        'I left a foster carer’s messages unanswered for eight days while she was asking for help with a placement that was breaking down.',
      whyItHappened:
        "My caseload was high that month, but the real reason was that I triaged by what felt urgent to me and put her in the 'experienced, she'll cope' pile without calling her back to check.",
      whatIDid:
        'When my manager asked about the placement I went straight to see the carer that afternoon, apologised, and we set up a support plan with respite for the following weekend. I told my manager plainly that the delay was mine.',
      whatILearned:
        'Now every carer message gets a same-day reply, even if it is only to book a time. I keep a call-back list that my manager can see, and I review it at the end of every day.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure'],
  },
  {
    id: 'rvt-shop-assistant-two-weeks-story',
    profession: 'shop assistant',
    source: 'own',
    story: {
      whatHappened:
        'I refunded a customer £240 in cash for a jacket she had actually bought on a credit card, which is against policy, and the till was down at the end of the day.',
      whyItHappened:
        "In my defence I'd only been there two weeks and nobody had trained me on refunds. The manager was on her break and the customer was getting really loud.",
      whatIDid: 'I explained to the manager the next day what had happened and why.',
      whatILearned: "I think it was a bit unfair that it went on my record, honestly, when I hadn't been shown.",
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag'],
  },
  {
    id: 'rvt-reporter-source-owned-story',
    profession: 'local news reporter',
    source: 'own',
    story: {
      whatHappened:
        'I published a story naming the wrong councillor as the person who had voted against a care home closure, and we had to run a correction the next day.',
      whyItHappened:
        'My source gave me the wrong name, but checking it was my job. The voting record was online and I did not look because the source had been right before and I wanted to beat the other paper.',
      whatIDid:
        'I called the councillor myself that morning to apologise before the correction went up, wrote the correction with my editor and told the source what had happened.',
      whatILearned:
        'Anything that names a person now gets checked against a primary record, even from a source I trust. I added it to my own pre-publish list and I have not had a correction since.',
      roleConnection: 'Your desk moves fast on council stories, and that check is quick enough to keep up.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rvt-night-manager-no-sleep-story',
    profession: 'hotel night manager',
    source: 'own',
    story: {
      whatHappened:
        'I overbooked the hotel by six rooms on a conference night and we had to walk six guests to another hotel at midnight.',
      whyItHappened:
        'I was running on no sleep, covering my fourth night in a row because two people were off sick. Anyone would have made the same mistake after that many nights.',
      whatIDid: 'The guests were moved to our sister hotel and taxis were paid for.',
      whatILearned: 'Rotas need to be fairer.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'indifference'],
  },
  {
    id: 'rvt-procurement-officer-finance-story',
    profession: 'procurement officer',
    source: 'own',
    story: {
      whatHappened:
        'Our new laptops for the call centre arrived seven weeks late, so 40 new starters shared machines for their first month.',
      whyItHappened:
        'Finance sat on the approval for three weeks, then the supplier had a chip shortage, and IT changed the spec halfway through without telling anyone.',
      whatIDid: 'I chased finance every day and I escalated to my head of department.',
      whatILearned: "Public sector procurement is just slow, there isn't much one person can change.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-paralegal-partner-deadline-story',
    profession: 'paralegal',
    source: 'own',
    story: {
      whatHappened:
        'A witness statement in a tribunal case was filed a day late and the other side applied to have it excluded.',
      whyItHappened:
        "The partner never told me the deadline had been brought forward. It was in an email she'd had for a week. I can only work with the dates I'm given.",
      whatIDid: 'I filed it the moment I found out.',
      whatILearned: 'Partners need to pass on information.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-physio-exercises-owned-story',
    profession: 'musculoskeletal physiotherapist',
    source: 'own',
    story: {
      whatHappened:
        'A patient I was treating after knee surgery was discharged from my list at eight weeks with far less bend than we had aimed for, and had to be re-referred.',
      whyItHappened:
        "He wasn't doing his home exercises, and for three sessions I just reminded him. I never asked why. It turned out he couldn't read the sheet I gave him and was too embarrassed to say.",
      whatIDid:
        'When I finally asked, I filmed the exercises on his phone with him doing them, rang him mid-week to check, and I wrote to his consultant explaining the delay honestly.',
      whatILearned:
        'If someone is not doing the exercises, my first question is what is getting in the way, not a reminder. I now offer video or pictures to every patient at the first session, and my clinic lead added picture sheets to our standard pack.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'not-learned',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rvt-conference-producer-constraint-owned-story',
    profession: 'conference producer',
    source: 'own',
    story: {
      whatHappened:
        'A two-day conference I produced sold 210 tickets against a break-even of 300, and the company lost about £28,000.',
      whyItHappened:
        'I was given eight weeks instead of the usual six months, and I said yes without asking for a smaller venue or a later date. I also priced it like our established events, when nobody had heard of this one.',
      whatIDid:
        'Four weeks out, when I could see the numbers, I told my director, cut the second day to a half day, negotiated the venue down by £6,000 and moved the marketing budget into partner mailings, which brought in about 60 of the final sales.',
      whatILearned:
        'When I am given a short runway now, I put a go/no-go date and a minimum viable version in writing before I accept. I did that for a launch event last year and we agreed to halve it up front, which it needed.',
      roleConnection:
        'Your events calendar is built around quick-turnaround launches, and that go/no-go habit is the thing I would bring to it.',
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
  {
    id: 'rvt-architectural-technologist-planning-story',
    profession: 'architectural technologist',
    source: 'own',
    story: {
      whatHappened: 'A planning application I prepared for a rear extension was refused.',
      whyItHappened:
        "The planning officer was new and interpreted the guidance differently from the previous one. The neighbours also objected for no real reason, they just didn't like the family.",
      whatIDid: 'We resubmitted.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['blame', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long'],
  },
];
