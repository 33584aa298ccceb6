/**
 * Long answers as people actually give them: whole stories poured into one box, long
 * wind-ups before the failure, hedging, run-ons with no punctuation. Some are rambling but
 * sound (owned, changed), so only the structure kinds apply.
 */
import type { EvalCase } from '../eval-case';

export const rambleStories: EvalCase[] = [
  {
    id: 't3-sr-retail-assistant-manager-unfair',
    profession: 'retail assistant manager',
    source: 'own',
    story: {
      whatHappened:
        "Okay so this is going to sound like I'm making excuses but I promise I'm not, it's just context. I was assistant manager at a clothing store on a retail park, and we had a stock take coming up in the January, and the store manager, who I won't name, basically decided to go on holiday the week before it. So I was in charge. We had two new starters who'd had literally no training on the handheld scanners, and the area manager kept ringing me every day asking for updates instead of actually helping. Anyway the stock take happened and our shrinkage came out at 4.2% against a target of 1.5%, which is obviously really bad, and the area manager basically held me responsible because I was the one in charge that week. Which I still think was unfair honestly, because a lot of that shrinkage was from months before, it was just that nobody had counted properly till then. Half the count was probably wrong too because of the scanners, they were the old ones that drop the connection if you walk too far from the till, so people were re-scanning whole rails. I did my best with what I had. After that they brought in a new process for stock takes and I think things got better, but I left not long after because the atmosphere was really negative by then. I think the main thing is that if you're going to leave someone in charge you need to give them the support, and I'd say that to any manager now.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'missing-part', 'no-role-connection', 'opening-too-long'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure'],
  },
  {
    id: 't3-sr-night-team-leader-esl-owned',
    profession: 'night shift team leader (warehouse)',
    source: 'own',
    story: {
      whatHappened:
        'Ok so I will tell about the mistake in my last job in the warehouse, I was team leader on the night shift, we had around 25 people, mostly agency. One night the scanner system was down for maybe three hours and we had the trucks for the stores leaving at 5 in the morning, so I decided we will pick on paper, and I printed the lists myself from the backup. But I printed the lists from the day before, not the new ones, because the file names was the same with only the date different and I did not check the date. So we picked around 40 pallets with the wrong quantities and they went to 12 stores, and the stores had too much of some products and nothing of others, the chilled products especially, so they threw some away and the company lost around 8,000 pound. When the day manager saw the difference in the morning, I was still there, and I told him it was my lists and not the pickers, because they did exactly what I gave them. After, I made with the IT man a folder only for backup lists where the old ones are deleted automatic every night, and I made a rule for me that before any paper pick I read the date on the list aloud to the other team leader. We had the system down two more times after and both times it was ok. I think I learn that when there is stress and the system is down, this is exactly when I must slow down for one minute and check, not go faster.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'indifference',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'vague-failure',
      'no-impact',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'passive-action',
      'vague-cause',
    ],
  },
  {
    id: 't3-sr-respiratory-nurse-guilt',
    profession: 'newly qualified respiratory nurse',
    source: 'own',
    story: {
      whatHappened:
        "I'm sorry, this one is hard for me to talk about. I was a newly qualified nurse on a respiratory ward, maybe four months in, looking after six patients on a late shift, and one of them was an elderly man on oxygen who was meant to have his sats checked every hour because he'd been unstable the night before. And I just... I had a patient next door who was really distressed and a family who wanted to talk to me and a discharge that had to go, and I didn't do his 7 o'clock or his 8 o'clock obs. When I got to him at about quarter to nine his sats were 82% and he was really drowsy, and we had to put out a medical emergency call and he went to the high dependency unit. He survived, but I honestly think about him all the time. My ward manager was really kind about it, she did a reflection with me and I filled in the incident form and we went through it, but I still feel like I should have been sacked, honestly. I don't know how anyone trusted me after that. I cried in the sluice for about twenty minutes after the emergency call. I'm better now at asking for help I think, or I try to be, I tell the nurse in charge when I'm falling behind on obs. But I still have days where I feel like I'm not good enough to be doing this and that it's going to happen again.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'indifference', 'vague-failure', 'no-impact'],
  },
  {
    id: 't3-sr-recruiter-top-biller',
    profession: 'agency recruiter',
    source: 'own',
    story: {
      whatHappened:
        "Honestly I've thought about this a lot and I don't really have a classic failure story, because I've always been pretty driven, but I'd say the closest thing is my second year at the agency. I'd been top biller in my first year, which was a bit unexpected for a graduate, and going into year two, I even made a spreadsheet tracking my calls per day against the top biller at head office just to see where the gap was, and I set myself the target of doubling it. I got to about 170% of my target, which was still the highest in the office and second highest in the whole company, but I hadn't doubled it, and I was genuinely gutted, I remember sitting in the car park after the awards night thinking I'd let myself down. My manager laughed at me a bit, he said most people would kill for those numbers. But for me it was a failure because I'd set the bar and I didn't clear it. I think the lesson was that I sometimes hold myself to standards that are maybe a bit too high, and I've had to learn to celebrate the wins more, which my partner says is still a work in progress! So yeah, that's probably my biggest failure, not hitting my own stretch goal. I think it shows I'm someone who's never satisfied with good enough, which is what you want in this role, you need someone hungry.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'unsafe-failure', 'indifference'],
  },
  {
    id: 't3-sr-network-engineer-long-context',
    profession: 'network engineer',
    source: 'own',
    story: {
      whatHappened:
        "So for context, I was working at a managed service provider that looked after about forty small and medium businesses: accountants, a couple of dental groups, a logistics firm, that kind of mix. I was one of three network engineers, and we each had a patch of clients, though in practice we all covered for each other. We'd been moving clients off an old firewall model that was going end-of-life, and we had a standard change template for it: back up the config, schedule a window out of hours, swap the unit, restore, test. I'd done maybe twelve of these by the point I'm talking about, and they'd mostly gone fine. The client in question was the logistics firm, who run a 24-hour warehouse, so out of hours for them meant a 2am window on a Sunday. On the night, I restored the config to the new unit, ran the tests on the office side, saw everything green and went home. What I hadn't tested was the VPN to their second site, because it wasn't in the template, and the handheld scanners at that site couldn't reach the warehouse system for six hours until their day shift rang our support line. About thirty lorries were loaded late that morning.",
      whyItHappened:
        "The template didn't include site-to-site tunnels, and I didn't think beyond the template, even though I knew they had a second site.",
      whatIDid:
        "I went straight back in, found the tunnel config hadn't carried over because of a naming difference on the new model, fixed it within half an hour of arriving, and wrote up the incident for the account manager to send to the client that day.",
      whatILearned:
        "I added a 'list every site and every tunnel' step to the template, and I won't run a change now without a list from the client of what their business actually runs on. My last six migrations had no callbacks.",
      roleConnection:
        'Your clients are mostly multi-site retailers, so the second site is exactly where this would bite.',
    },
    mustFlag: ['opening-too-long'],
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
      'missing-part',
      'no-role-connection',
      'vague-cause',
    ],
  },
  {
    id: 't3-sr-labourer-esl-dumper',
    profession: 'construction labourer',
    source: 'own',
    story: {
      whatHappened:
        "So, the story is like this. I work in a construction company in 2019 as a labourer, but also sometimes I drive the small dumper. The foreman, he is always shouting and he never explain properly what he wants, he just say 'do this, do that' and go. One day he tell me to move the materials from the front of the building to the back, and I take the dumper, and the road at the side of the building is very narrow, and there is a scaffolding there. I am going slow, but the wheel go in a hole that nobody fill, and the dumper hit the scaffolding, one standard move maybe 20 centimetre. Nobody is on the scaffolding in this moment, thanks God. The foreman come and he is shouting, and they stop the job for the afternoon and the scaffolding company must come and check everything, and the boss is very angry because of the cost. He says to me in front of everybody that I am careless, and I feel this is not correct, because I am working there two years with no problem before. But I think honestly is not my fault, because the hole should be filled and the foreman should tell me to use the other road. Also the dumper is old and the brakes are not so good. After this I don't drive the dumper any more, they give it to another guy. I think I learn that in construction you must always be careful because everything is dangerous.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'defensive-tone', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  },
  {
    id: 't3-sr-retention-advisor-not-bothered',
    profession: 'telecoms retention advisor',
    source: 'own',
    story: {
      whatHappened:
        "lol ok so my 'failure', I guess the one that got me a written warning was when I was on retentions for a phone network. we had these discount codes we could give out to stop people leaving, like 20% off for 12 months, and you were meant to log a reason code each time and only give it if they actually said they were leaving. and honestly everyone on my team just gave it out to anyone who moaned because it made the calls shorter and our handle time looked better. so I did too. then they did an audit and I'd given out something like 140 discounts in a month that didn't have a valid reason, which they reckoned was a few grand a month in lost revenue, and I got the written warning. a couple of others got them too. my team leader knew what we were doing as well, she used to joke about it in the huddles, so it's not like it was a secret or anything. tbh I wasn't that bothered, it was a call centre job, I was only there till something better came up and the targets were daft anyway, like they'd tell you to get handle time under 6 minutes and keep every customer, you can't do both. I stopped doing it after the warning obviously because I didn't want to get sacked. and yeah that's it really, I left a few months after for a warehouse job which paid better",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  },
  {
    id: 't3-sr-trials-coordinator-polished-context',
    profession: 'clinical trials coordinator',
    source: 'own',
    story: {
      whatHappened:
        "I coordinate oncology trials at a teaching hospital, and I'd like to set the scene briefly because it matters to what went wrong. Our unit runs around fifteen open studies at any time, each with its own protocol, visit schedule and sponsor requirements, and the coordinators split them by tumour group. In the year in question I was covering the breast portfolio, six studies, plus two lung studies while a colleague was on maternity leave. One of the lung studies had a protocol amendment that tightened the window for a day-21 blood draw from plus or minus three days to plus or minus one, because of a pharmacokinetic sub-study. The amendment arrived while I was on annual leave, and the sponsor's notification went to the shared inbox. When I came back I updated the visit schedules for the breast studies I'd been expecting amendments on, but not that one. Over the next two months four participants had their day-21 bloods taken outside the new window, the sponsor's monitor logged four protocol deviations at her next visit, and those samples couldn't be used for the sub-study.",
      whyItHappened:
        "I had no way of tracking amendments across the studies I was covering; I relied on remembering which ones to expect. The shared inbox wasn't the problem. My tracking was.",
      whatIDid:
        'As soon as the monitor raised it I reported the deviations to the PI and the sponsor, updated the schedule that afternoon, and checked every other study I was covering for amendments received in the same period. There was one more, which I caught before any visit was affected.',
      whatILearned:
        "I built an amendments log for the whole unit: every amendment, date received, date implemented, initials, and we review it at the Monday coordinators' meeting. We've had no missed amendments in the two years since.",
      roleConnection:
        "Your unit is expanding into early-phase work, where the windows are even tighter, and I'd bring the log with me.",
    },
    mustFlag: ['opening-too-long'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sr-reception-teacher-windup',
    profession: 'reception class teacher',
    source: 'own',
    story: {
      whatHappened:
        "Right, so I'd just moved from Year 2 down to Reception, which I'd wanted for ages, and the school had just brought in a new phonics scheme that all the staff had been trained on in the summer, apart from me because I was on a course that week. I was given the scheme books and told to crack on, basically, and I was fairly confident because I'd taught phonics in Year 2 for years. The class was 28 children, lovely bunch, a couple with EAL, one with a speech and language plan. Parents were really engaged, lots of reading at home. I was also the new EYFS lead that year so I had a lot on with moderation and the data drops. So the failure was the autumn phonics assessment: 11 of the 28 children were below where the scheme expected them to be, the worst result in the trust, and the head wanted to know why.",
      whyItHappened:
        "I was teaching it the way I'd taught Year 2, too fast, and skipping the daily review bits because I thought they were padding.",
      whatIDid:
        "I watched the Reception teacher at our sister school teach two lessons, went back to the scheme's structure exactly, and ran a catch-up group for the 11 every afternoon for six weeks.",
      whatILearned: 'Always follow the scheme.',
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'vague-cause',
      'missing-part',
    ],
  },
  {
    id: 't3-sr-marketing-coordinator-hedging',
    profession: 'marketing coordinator',
    source: 'own',
    story: {
      whatHappened:
        "Um, okay, so, let me think. I guess, I mean, there's been a few things, nothing huge, but I think one that comes to mind is, um, when I was at my last job, which was a marketing coordinator role at a software company, quite a small team, about five of us, and we were doing a lot of events and webinars and things. And there was one webinar series that, um, didn't really go the way we hoped? Like, I think the attendance wasn't what we'd wanted, and there were some issues with the follow-up, and, yeah. I don't remember the exact numbers, it was a while ago now, and, um, I think there were a few different people involved on the follow-up side, so it's a bit blurry, honestly. I think it was a bit of a learning curve for everyone. Part of it was probably timing, it was around the summer, so a lot of people were away, and I think maybe the messaging wasn't quite right, but it's hard to say. I think we all sort of pulled together and tried to make the best of it, and, um, we did a bit of a retrospective afterwards and talked about what we could do differently. And I think the main thing I took away was just the importance of planning ahead and, um, making sure everyone's on the same page, communication-wise. So, yeah. I think that's probably a good example? Sorry, I'm not sure if that's what you were looking for.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'unsafe-failure'],
  },
  {
    id: 't3-sr-customs-declarant-esl-owned',
    profession: 'customs declarant',
    source: 'own',
    story: {
      whatHappened:
        'I want to tell about one mistake when I was working as a customs declarant in Rotterdam. It was maybe four years ago, and I choose it because it changed how I do classifications until today. We had a client who imports bicycle parts from Taiwan, around two containers every month, and I was doing their declarations for one year already, so I was feeling very confident. One month the client changed the supplier for the brake parts, and the new invoice had different descriptions, and I used the same commodity code like always without reading the new description carefully. The code I used had 0% duty, but the correct code for these parts had 4.7%, and also anti-dumping duty because of the origin. Customs found it in a post-clearance audit eight months later and the client had to pay around 38,000 euro back duty, plus interest. The client was very angry and we almost lost them. I went with my manager to the client to explain, I said clearly that it was my classification and not their invoice, and we paid the interest part from our company. After that I changed my way of working: every new supplier or new description, I do the classification again from zero, I write the reasoning in the file, and a second declarant checks it before the first declaration. I also did a one-week course on classification. In the two years after, we had two more audits for this client and no correction.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
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
      'vague-failure',
      'no-impact',
      'vague-cause',
    ],
  },
  {
    id: 't3-sr-strategy-manager-never-named',
    profession: 'strategy manager',
    source: 'own',
    story: {
      whatHappened:
        "I'd like to frame this in the context of a broader transformation programme I was involved in at my previous organisation, a FTSE 250 business services group, where I sat within the central strategy function reporting to the COO. The programme had been initiated following a strategic review that identified significant opportunities to consolidate our operating model across the regional businesses, and my role was to lead the workstream focused on shared services design, working closely with finance, HR and IT leadership as well as external advisers. It was a complex, multi-year programme with a lot of moving parts, competing priorities across the regional MDs, and a fairly ambitious timeline set by the board. Over the first eighteen months we made real progress in a number of areas, particularly around procurement and IT infrastructure. However, the shared services workstream in particular encountered a number of challenges, and ultimately the outcomes did not fully meet the ambitions that had been set at the outset.",
      whyItHappened:
        'There were a range of contributing factors, including organisational complexity and shifting priorities at board level.',
      whatIDid: 'We reassessed the approach and agreed a revised scope with the steering committee.',
      whatILearned:
        'It reinforced for me the importance of stakeholder alignment and realistic planning in large-scale change.',
      roleConnection:
        'I think this experience gives me valuable perspective on complex transformation, which is highly relevant to this role.',
    },
    mustFlag: ['opening-too-long', 'vague-failure', 'no-impact', 'vague-cause', 'generic-lesson'],
    mustNotFlag: ['self-flagellating', 'indifference', 'unsafe-failure', 'missing-part'],
  },
  {
    id: 't3-sr-qa-engineer-esl-kindly-understand',
    profession: 'QA test engineer',
    source: 'own',
    story: {
      whatHappened:
        'Actually this incident happened in my previous organisation where I was working as QA engineer for a banking client. We were doing the regression testing for one release and the timeline was very tight, the client was pushing for go-live on Monday itself. I was having around 400 test cases to execute in two days. Also two of my team members were on leave that week and the test environment was down for half day on the Thursday, so practically I had maybe one and half day only. So some of the test cases related to interest calculation for fixed deposits, I marked them as passed based on the previous release results, because the development team told me there was no change in that module. After go-live one defect came in production where for some customers the interest was calculated on the wrong number of days, and around 1,900 accounts got less interest, so the bank had to do a correction run and send apology letters. Then in the RCA meeting everybody was asking why QA did not catch it. But kindly understand, the dev team had told there was no change, and the timeline was not in my hands, so I did what was possible in the given time. Anyway I learnt that we should not trust the developers blindly and the management should give proper time for testing. Even my lead agreed in the RCA that the timeline was not realistic. So that is the incident.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'missing-part', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact', 'indifference'],
  },
  {
    id: 't3-sr-support-worker-bath',
    profession: 'residential support worker',
    source: 'own',
    story: {
      whatHappened:
        "I work in a supported living house with four young men with learning disabilities, and one of them, I'll call him J, has epilepsy and a really detailed support plan, including that he has to be within sight when he's in the bath because of seizure risk. We'd had a busy evening, one of the other lads was upset and kicking doors, and I was the only staff on the floor for about half an hour while my colleague was on her break. J asked to run his bath and I said yes, then I went to deal with the door-kicking at the other end of the house and left J in the bath on his own for about ten minutes. When I got back he was fine, he hadn't had a seizure, but I knew straight away what I'd done. I told my colleague as soon as she came back and rang the on-call manager that night, and I wrote it up as an incident even though nothing had happened, because the plan is there for a reason. Since then, if I'm on my own I don't start anything with a within-sight rule in the plan until there's a second person on the floor, and I explain that to the guys, who've got used to it. I also asked for the rota to stop breaks overlapping with bath times, which the manager changed.",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection:
        'The service you run is similar, young adults with complex needs, and short stretches of lone working happen, so I know where the pressure comes from.',
    },
    mustFlag: ['unsafe-failure', 'missing-part'],
    mustNotFlag: [
      'blame',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'vague-failure',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sr-decorator-run-on',
    profession: 'painter and decorator',
    source: 'own',
    story: {
      whatHappened:
        "so this was years ago now I was about 22 and working for a decorating firm doing mostly new builds and the odd private job and the boss sent me on my own to paint a hallway stairs and landing at this lady's house, nice house, all original stuff, and she'd picked this really expensive heritage paint, like £90 a tin, and left it in the hall for me, and I didn't read the tins properly and I'd brought our usual trade eggshell in the van for the woodwork so I just used that on the spindles and skirtings because it was what I always did, and the colour was close enough I thought, but it wasn't the same finish at all and when she came home she could see it straight away in the light, and she was really upset, fair enough, she'd paid for the good stuff. the boss had to go round and we had to sand back and redo all the woodwork, two extra days, and the firm ate the cost of that. I felt like a right idiot but I told her and the boss it was me not reading the tins. I read every tin now and I lay them out with the room written on the lid before I start, the lads take the mick but I've not done it since, must be ten years, and funnily enough she had the firm back the year after to do her kitchen",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'indifference',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'vague-failure',
      'no-impact',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
    ],
  },
];
