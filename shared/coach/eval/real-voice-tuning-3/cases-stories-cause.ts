/**
 * Whole stories whose weakness is in the cause: reasons that explain nothing, and causes
 * pinned on managers, clients, colleagues and suppliers. Near misses name the same people
 * and pressures but own the speaker's share.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const causeStories: EvalCase[] = [
  {
    id: 't3-sc-dc-shift-manager-blame',
    profession: 'distribution centre shift manager',
    source: 'own',
    story: {
      whatHappened:
        'We missed the dispatch cut-off for our biggest retail customer three nights running that November, about 2,000 cases left on the dock each night.',
      whyItHappened:
        "The agency kept sending us people who'd never set foot in a warehouse, and my site manager refused to sign off overtime for my permanent team. There wasn't much I could do with that.",
      whatIDid: 'I flagged it in every shift report and told my manager it would keep happening.',
      whatILearned:
        "That you can't run a night shift on agency staff, and that senior management need to listen to the people on the floor.",
      roleConnection: "I'd want to know your agency ratio before I start, to be honest.",
    },
    mustFlag: ['blame'],
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
    id: 't3-sc-hotel-night-manager-owned',
    profession: 'hotel night manager',
    source: 'own',
    story: {
      whatHappened:
        "A guest's anniversary cake and champagne, already paid for, never made it to the room, and the couple checked out the next morning without it and left a one-star review.",
      whyItHappened:
        "The day team wrote it on a sticky note instead of in the system, which wasn't ideal, but they handed me that note at 11pm and I put it under the keyboard meaning to deal with it after the late arrivals. I forgot. That one's on me.",
      whatIDid:
        'When I found the note at 3am I logged it, and in the morning I rang the couple myself, apologised, refunded the £85 and offered them a night on us, which they took in the spring.',
      whatILearned:
        "I don't take sticky notes at handover any more: if it isn't in the system, I put it in while the person is still standing there. I also asked the front office manager to add special requests to the handover checklist, and she did.",
      roleConnection:
        "As night manager here I'd be picking up a lot of day-team requests, and that's exactly where they fall through.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sc-email-marketer-vague-cause',
    profession: 'email marketing specialist',
    source: 'own',
    story: {
      whatHappened:
        "I sent our spring sale email to 48,000 subscribers with a discount code that hadn't been activated, so for about three hours every customer who tried it got an error at checkout.",
      whyItHappened: "It was just one of those launches where a lot was going on at once and things didn't line up.",
      whatIDid:
        'Once customer service flagged it I activated the code, sent an apology email with an extra 5% off, and put a notice on the site banner.',
      whatILearned:
        "I built a pre-send checklist with 'test the code' as step one, and I've used it on every send since, about sixty of them.",
      roleConnection: 'You send daily emails, so a checklist that catches this is part of the job.',
    },
    mustFlag: ['vague-cause'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sc-interior-architect-esl-blame',
    profession: 'interior architect',
    source: 'own',
    story: {
      whatHappened:
        'A restaurant project I was leading opened five weeks late and the client lost the start of the summer season, they said maybe 60 thousand in sales.',
      whyItHappened:
        'The client changed the kitchen layout three times after approval and the contractor was very slow. In my country the contractors are always like this, you cannot control them.',
      whatIDid: 'I pushed the contractor every day and I told the client many times that the changes will make delay.',
      whatILearned:
        "I learned that some clients don't understand how the design process works, and you need to protect yourself with emails.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'no-role-connection'],
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
    id: 't3-sc-freelance-dev-owned',
    profession: 'freelance web developer',
    source: 'own',
    story: {
      whatHappened:
        "A client's online shop went live three weeks late, and they missed the Black Friday weekend they'd planned the whole launch around.",
      whyItHappened:
        'They did change the product structure twice, but I never told them what each change would cost in time. I absorbed it and kept saying yes, so by the time I admitted the date was gone it was too late for them to plan around it.',
      whatIDid:
        'I told them the date was gone the day I knew, took 20% off the build, and got a holding page with a signup form live in two days so they could at least collect emails over the weekend.',
      whatILearned:
        'Every change request now gets a written reply from me the same day with the effect on the date, before I start it. Clients still change things, but they choose with the numbers in front of them.',
      roleConnection:
        'Your agency runs a lot of retail launches around fixed dates, which is exactly where this matters.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sc-pastry-chef-casual',
    profession: 'pastry chef',
    source: 'own',
    story: {
      whatHappened:
        'burnt a whole tray of croissants for a hotel breakfast, 80 of them, so the buffet had none till about 9',
      whyItHappened: 'idk, just one of those mornings',
      whatIDid:
        'knocked up a quick batch of scones and had them out by half 8, and told the breakfast manager what happened',
      whatILearned: 'that mornings like that happen and you deal with it',
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sc-housing-support-blame',
    profession: 'housing support officer',
    source: 'own',
    story: {
      whatHappened:
        'A tenant I was supporting got an eviction notice because his housing benefit claim lapsed for two months and nobody noticed the arrears.',
      whyItHappened:
        'My colleague was supposed to send his change of circumstances form when she had his case and she never did. By the time it came over to me the file was a mess.',
      whatIDid: 'I contacted the council, got a backdated claim in and spoke to the landlord.',
      whatILearned: 'Colleagues need to keep their files up to date for whoever picks them up next.',
      roleConnection: "I'd expect good file standards in a team like yours.",
    },
    mustFlag: ['blame'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'opening-too-long',
      'missing-part',
      'passive-action',
    ],
  },
  {
    id: 't3-sc-tenancy-officer-owned',
    profession: 'tenancy sustainment officer',
    source: 'own',
    story: {
      whatHappened:
        'A tenant on my caseload fell eight weeks behind on rent, about £1,100, and got a notice seeking possession before I picked it up.',
      whyItHappened:
        "The case came over from a colleague with a change-of-circumstances form that hadn't been sent, and I didn't read back through the file when I took it on. I'd have seen it on page two.",
      whatIDid:
        "I sent the form that day, got the council to backdate the claim, and sat down with the tenant and the landlord's officer to agree a repayment plan; the notice was withdrawn three weeks later.",
      whatILearned:
        'Any case I inherit now, I read the last three months of notes and list the open actions before my first visit. I did that with all fourteen cases I took over in my last post.',
      roleConnection:
        "You said the team is absorbing cases from a service that's closing, so I'd be inheriting files from day one.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sc-consultant-polished-vague-cause',
    profession: 'management consultant',
    source: 'own',
    story: {
      whatHappened:
        'I led a cost-reduction workstream for a logistics client that identified £2.4m of savings, of which the client implemented less than £300k in the following year.',
      whyItHappened:
        'In hindsight, it was a combination of organisational factors, change fatigue and a challenging stakeholder landscape.',
      whatIDid:
        'I facilitated a series of workshops to re-engage stakeholders and refreshed the implementation roadmap.',
      whatILearned: 'I learned the importance of stakeholder buy-in and change management.',
      roleConnection:
        'This experience has given me a strong appreciation of the people side of transformation, which I know is central to this role.',
    },
    mustFlag: ['vague-cause', 'generic-lesson'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
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
    id: 't3-sc-head-chef-esl-supplier',
    profession: 'head chef',
    source: 'own',
    story: {
      whatHappened:
        'We had 30 guests sick after a private party, the health inspector came and we closed for four days.',
      whyItHappened:
        'The supplier delivered the chicken not cold enough, the driver was always late and leaving the boxes outside the back door. This is not the kitchen fault.',
      whatIDid: 'We changed the supplier after this.',
      whatILearned: 'To choose the suppliers more carefully.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'defensive-tone', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sc-design-engineer-esl-vague-cause',
    profession: 'mechanical design engineer',
    source: 'own',
    story: {
      whatHappened:
        'I released a drawing for a bracket with the hole pattern mirrored, and the machine shop made 200 pieces that could not fit. We scrapped all of them.',
      whyItHappened:
        'It was many reasons together, the project was difficult and there was not enough time for everything.',
      whatIDid:
        'I corrected the drawing the same day, I went down to the shop to explain the change, and I asked them to stop the second batch.',
      whatILearned:
        'Now before release I hold the drawing against the mating part in the model, and one colleague checks the orientation. I do this for every release since two years.',
      roleConnection: 'Your company makes many small brackets and frames, so this check is exactly relevant.',
    },
    mustFlag: ['vague-cause'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sc-primary-teacher-blame',
    profession: 'primary school teacher',
    source: 'own',
    story: {
      whatHappened:
        'A parent complained to the head that her son had been left out of the class assembly, and she was right: he had no line and no part, the only child out of thirty without one.',
      whyItHappened:
        'Honestly, the parents at that school were very demanding, and the assembly schedule the office gave me was impossible. I had a week to write parts for thirty children.',
      whatIDid: 'The head had a meeting with her and it calmed down.',
      whatILearned: 'That you can never please everyone.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'passive-action', 'not-learned', 'no-role-connection'],
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
    id: 't3-sc-business-analyst-manager-owned',
    profession: 'business analyst',
    source: 'own',
    story: {
      whatHappened:
        'I wrote the requirements for a new returns process that the warehouse team rejected in the first week of testing, which cost the project a month and about £40k of developer time.',
      whyItHappened:
        "My manager had asked me to keep it light and not bother the warehouse, and I went along with that when I should have pushed back. I'd never stood on that floor, and I wrote requirements for a process I hadn't seen.",
      whatIDid:
        'I asked to spend two days on the returns bench, rewrote the requirements with the team leader sitting next to me, and presented the changes to the sponsor myself, cost included.',
      whatILearned:
        "I don't sign off requirements now for any process I haven't watched being done at least once. On my next two projects I built that into the plan from week one.",
      roleConnection:
        "Your role covers operations systems across three sites, and I'd want to stand on each floor before I write a line.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sc-junior-dev-casual-blame',
    profession: 'junior software developer',
    source: 'own',
    story: {
      whatHappened:
        "my PR took down the staging environment for basically a whole day and QA couldn't test anything, 6 people sat around",
      whyItHappened:
        'the pipeline is garbage and the seniors never documented the env vars, so how was I supposed to know',
      whatIDid: 'one of the seniors fixed it eventually',
      whatILearned: 'that the docs there were terrible',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'passive-action', 'not-learned', 'no-role-connection'],
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
    id: 't3-sc-qc-analyst-vague-cause',
    profession: 'QC laboratory analyst',
    source: 'own',
    story: {
      whatHappened:
        'I released test results for a raw material lot that turned out to be out of specification, and production had already used 400 kg of it before the retest caught it.',
      whyItHappened: "There were a few things going on that week and it wasn't clear-cut.",
      whatIDid:
        'I told my supervisor the moment the retest came back, quarantined the rest of the lot, and helped QA trace every production batch that had used it.',
      whatILearned:
        "I review every result against the spec limits line by line before I release, and I initial each one. I haven't released an out-of-spec result since.",
      roleConnection: 'Your QC lab releases raw materials for a GMP site, so release discipline is the whole job.',
    },
    mustFlag: ['vague-cause'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sc-letting-negotiator-esl-blame',
    profession: 'letting negotiator',
    source: 'own',
    story: {
      whatHappened:
        'I let a flat to a tenant whose references were not completed, and after two months he stopped paying, so the landlord lost almost 5,000 pound.',
      whyItHappened:
        'The referencing company was very slow and the landlord was pushing me every day to find someone, he did not want an empty flat. So it is more the landlord and the referencing company.',
      whatIDid: 'I gave the landlord the contact of a solicitor.',
      whatILearned: 'I learned that some landlords are too impatient.',
      roleConnection: 'I have good experience with landlords so I can handle them well in your agency.',
    },
    mustFlag: ['blame', 'not-learned'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-sc-bus-driver-esl-owned',
    profession: 'bus driver',
    source: 'own',
    story: {
      whatHappened:
        'I missed a stop on a school route because I took the diversion wrong, and eleven children waited twenty-five minutes in the rain for the next bus.',
      whyItHappened:
        'The diversion notice was on the board at the depot, but I did not read it that morning because I was late for my shift, so I drove the old way and then I did not know where the new stop was.',
      whatIDid:
        'I radioed control as soon as I realised, they sent the next bus, and after the shift I wrote the report and I called the school to apologise.',
      whatILearned:
        'Since then I come fifteen minutes early and I read the notice board before I take the keys, every shift. It is two years now and I never missed a diversion.',
      roleConnection: 'Your routes have a lot of roadworks in the city centre now, so diversions will happen often.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'vague-failure',
      'no-impact',
      'passive-action',
      'not-learned',
      'no-change-evidence',
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
    id: 't3-sc-cs-team-leader-hedge',
    profession: 'customer service team leader',
    source: 'own',
    story: {
      whatHappened:
        "Our team's first-contact resolution fell from 78% to 61% in the quarter after I took over, and we got escalated to the operations director.",
      whyItHappened:
        'I think, um, it was probably a bit of everything? New team, new system, a few people leaving, the usual. Hard to pin it on one thing really.',
      whatIDid:
        'I started daily huddles, listened to calls with each advisor twice a week, and rewrote the ten most-used knowledge articles myself.',
      whatILearned:
        "That I needed to get into the detail far earlier than I did. When I took over a second team last year I did call listening from week one, and their resolution rate didn't dip.",
      roleConnection: '',
    },
    mustFlag: ['vague-cause', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sc-device-rep-blame',
    profession: 'medical device sales representative',
    source: 'own',
    story: {
      whatHappened: 'I finished the year at 64% of quota, the lowest in the region.',
      whyItHappened:
        'I inherited a territory that had been neglected for two years, the product had a recall the year before, and marketing gave us nothing to work with. Honestly any rep would have struggled.',
      whatIDid: 'I kept going, kept knocking on doors.',
      whatILearned: 'I learned resilience.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long'],
  },
  {
    id: 't3-sc-territory-manager-owned',
    profession: 'territory sales manager',
    source: 'own',
    story: {
      whatHappened:
        'I finished my first year at 64% of quota, the lowest in the region, and my manager put me on a performance plan.',
      whyItHappened:
        'The territory had been quiet for two years, but the bigger problem was how I worked it: I spread myself evenly across all 140 accounts instead of ranking them, so the twenty that could actually buy got the same one visit a quarter as everyone else.',
      whatIDid:
        'I ranked the accounts with my manager, moved the bottom half to phone contact, put the top twenty on monthly visits, and asked to shadow the best rep in the region for two days.',
      whatILearned:
        "I rank my accounts every quarter now before I plan a single visit. The next year I finished at 108%, and I've done the ranking every quarter since.",
      roleConnection:
        "You're giving me a territory that's been vacant for six months, so the first job is deciding where my time goes.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
