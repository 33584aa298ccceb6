/**
 * Whole stories written the way the coach hopes people will write them, across
 * professions. They should stay quiet on nearly everything.
 */
import { allKindsExcept, type EvalCase } from './eval-case';

export const strongStoryCases: EvalCase[] = [
  {
    id: 'strong-nurse-rota',
    profession: 'nurse (ward manager)',
    source: 'own',
    story: {
      whatHappened:
        'I rostered two newly qualified nurses together on a night shift on our 28-bed surgical ward, and when a patient deteriorated neither had the experience to escalate early. He reached intensive care about four hours later than he should have.',
      whyItHappened:
        'I built that rota in a hurry and looked at headcount, not at skill mix. I assumed the site coordinator would cover any gaps, and I didn’t check who was actually on call that night. As ward manager, that was my responsibility.',
      whatIDid:
        'As soon as I heard at handover I met both nurses, made sure they were supported and filed the incident report myself. I told the matron it was my rota decision, and I arranged for a senior nurse to buddy each of them for the rest of the month.',
      whatILearned:
        'Skill mix matters as much as numbers. I now check every rota against a simple grid of experience levels before I publish it, and no shift runs without at least one nurse with three years on the ward. We’ve had eight months of rotas since without a gap like that.',
      roleConnection:
        'Your unit is growing quickly and taking on newly qualified staff, and that rota grid is exactly the kind of safeguard I would bring with me.',
    },
    mustFlag: [],
    // A patient reaching intensive care late is a safety incident: an interviewer may hear it as
    // unsafe however well it is owned, so the coach's call on it is left open here.
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'strong-civil-engineer-culvert',
    profession: 'civil engineer',
    source: 'own',
    story: {
      whatHappened:
        'I signed off the temporary works design for a culvert on a road scheme without checking the ground investigation report myself, and the excavation flooded in the first week. The contractor lost eleven working days and the client paid about £85,000 in delay costs.',
      whyItHappened:
        'I relied on the summary in the design note instead of reading the borehole logs, because we were behind programme and I wanted to keep the pour date. The water table readings were in the appendix the whole time. I should have insisted on a proper check of the dewatering assumptions before approving it.',
      whatIDid:
        'I stopped work that afternoon, told the project director and the client’s engineer exactly what I had missed, and brought in a geotechnical specialist the next morning. I redesigned the dewatering with her, reissued the method statement within four days, and walked the site team through the changes myself.',
      whatILearned:
        'A summary is no substitute for the source data when the risk is high. Since then I read the raw ground investigation data on every temporary works design I approve, and I added a checklist item that makes a second engineer confirm groundwater assumptions. It has caught two similar issues on later schemes.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'strong-chef-allergen',
    profession: 'chef',
    source: 'own',
    story: {
      whatHappened:
        'As head chef I switched our pesto supplier to cut costs and didn’t update the allergen matrix, so a dish labelled nut-free went out containing cashews. One guest had a mild reaction.',
      whyItHappened:
        'I treated the supplier swap as a purchasing decision rather than a menu change, so I skipped the allergen review I would have done for a new recipe. I also kept the matrix on my own laptop, which meant nobody else could catch the mismatch. That was on me.',
      whatIDid:
        'I went out to the table myself, made sure the guest was looked after and called her the next day. I told the owner that night, pulled the dish, and re-checked every ingredient label in the walk-in with my sous chef before the next service. I also reported it to the local authority as our policy required.',
      whatILearned:
        'Any change to a product is a menu change. Now every new ingredient, even a like-for-like swap, triggers an allergen check that I sign and a second chef countersigns, and the matrix lives on the wall by the pass. We’ve made over forty supplier changes since with no allergen errors.',
      roleConnection:
        'Your group is opening three new sites this year, and a shared allergen process is something I would want in place from day one.',
    },
    mustFlag: [],
    // A guest's allergic reaction is a safety incident: real interviewers may hear it as unsafe
    // however well it is owned, so the coach's call on it is left open here.
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'strong-software-migration-lock',
    profession: 'software engineer',
    source: 'own',
    story: {
      whatHappened:
        'I merged a database migration that locked our orders table during peak hours, and checkout was down for 47 minutes on a Friday evening. Roughly 3,000 customers could not complete a purchase.',
      whyItHappened:
        'I tested the migration against a small staging database and assumed it would behave the same on a table with 80 million rows. I didn’t check the lock behaviour, and I scheduled it for a time I knew was busy because I wanted it off my plate before the weekend.',
      whatIDid:
        'I rolled the migration back within ten minutes of the first alert, posted in the incident channel that I had caused it, and kept support updated every fifteen minutes. Afterwards I wrote the incident review, rewrote the migration to run in batches, and ran it the following Tuesday at 6am with a colleague watching.',
      whatILearned:
        'Staging data that is far smaller than production gives false confidence. Every schema change I write now gets a lock analysis and a run against a production-sized copy, and I added a CI check that blocks migrations on large tables outside the maintenance window. Our team has shipped about thirty migrations through it since.',
      roleConnection:
        'You process payments at a much larger scale, and I would bring that caution about production-sized testing to your platform team.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-teacher-moderation',
    profession: 'teacher',
    source: 'own',
    story: {
      whatHappened:
        'I set the deadline for my Year 10 science practical write-ups two days after the school’s internal moderation date. Twenty-six students’ marks could not be moderated in time and had to be resubmitted the following term.',
      whyItHappened:
        'I built the calendar from last year’s version and never cross-checked it against the exams office dates, which had moved. I assumed the head of department would spot any clash instead of owning that check myself.',
      whatIDid:
        'The morning I realised, I told my head of department and the exams officer, then wrote to every parent explaining the delay and what it meant for their child. I ran two after-school sessions so students could finish early, and I worked with the exams office to secure a moderation slot in January.',
      whatILearned:
        'Dates that other people set have to be checked at the source, not copied forward. Every September I now rebuild my calendar from the exams office’s published dates and share it with my department for a second look. I have done that for three years since without a single clash.',
      roleConnection:
        'Your school puts a lot of weight on coursework, and that habit of checking deadlines at the source is one I would bring to your science department.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-sales-forecast',
    profession: 'sales (account executive)',
    source: 'own',
    story: {
      whatHappened:
        'I forecast a £240,000 renewal with our largest logistics customer as committed, and it slipped out of the quarter when their procurement team reopened the tender. Our region missed its quarterly number by 9%.',
      whyItHappened:
        'I built the forecast on my relationship with their operations director and never mapped who actually signed off in procurement. I heard hints that they were reviewing suppliers and talked myself out of them because the account had always renewed.',
      whatIDid:
        'As soon as the tender was announced I told my sales director the deal was at risk and moved it out of commit myself. I then met their procurement lead, rebuilt our proposal around the criteria she cared about, and brought in our solutions engineer to run a pilot. We won the renewal six weeks later.',
      whatILearned:
        'One champion is not a buying group. I now map every stakeholder who can say no on any deal over £50,000 before I call it committed, and I review that map with my manager each fortnight. My forecast has been within 5% for the four quarters since.',
      roleConnection:
        'Your deals involve large buying committees, and that stakeholder mapping habit fits the way your team sells.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-journalist-quote',
    profession: 'journalist',
    source: 'own',
    story: {
      whatHappened:
        'I published a story that attributed a quote to a city councillor when it had actually been said by a member of the public at the same meeting. The paper ran a correction the next day and the councillor made a formal complaint.',
      whyItHappened:
        'I was working from my own shorthand under a tight deadline and didn’t play back my recording to confirm who was speaking. I also skipped asking the councillor for comment, which would have caught it, because I assumed the quote was uncontroversial.',
      whatIDid:
        'As soon as the councillor’s office called, I checked the recording, confirmed the error within the hour and told my editor it was my mistake. I drafted the correction, called the councillor personally to apologise, and contacted the member of the public so the quote could be properly attributed.',
      whatILearned:
        'Notes are a memory aid, not a source. Since then I check every direct quote against a recording or a second source before filing, and I ask anyone I quote for comment when I can. I’ve filed more than two hundred stories since with no attribution corrections.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'strong-accountant-accrual',
    profession: 'accountant',
    source: 'own',
    story: {
      whatHappened:
        'During a year-end close I posted a £1.2 million accrual to the wrong cost centre, and the error went into the draft management accounts shown to the board. We had to reissue the pack three days later.',
      whyItHappened:
        'I used a journal template from the previous year without checking that the cost centre codes still matched after the reorganisation. I was handling two closes at once and didn’t ask for a second review because I didn’t want to look behind.',
      whatIDid:
        'When the variance analysis didn’t reconcile, I traced it back to my journal, told the finance director straight away, and posted the correcting entry that afternoon. I then checked every other journal I had raised from old templates, found one smaller error, and corrected and reported that too.',
      whatILearned:
        'Templates carry old assumptions with them. I now validate the codes on every template journal against the current chart of accounts before posting, and I built a reconciliation step into our close checklist that the whole team uses. We’ve run eight month-end closes with it since without reissuing a pack.',
      roleConnection:
        'Your finance team is going through a reorganisation of its own, so I know exactly where those template risks hide.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-pm-checkout-bet',
    profession: 'product manager',
    source: 'own',
    story: {
      whatHappened:
        'I pushed to launch a redesigned mobile checkout to all users at once instead of a staged rollout, and conversion dropped 14% in the first week. We reverted it after eight days.',
      whyItHappened:
        'I made a calculated bet that our usability testing was strong enough to skip the staged rollout, because we were racing a competitor’s launch. The bet was mine, and I underestimated how differently returning customers would react compared with the new users we had tested.',
      whatIDid:
        'I had set a rollback threshold before launch, so when conversion crossed it on day three I called the decision review myself. I shared the data openly with the leadership team, recommended reverting, and ran five interviews with returning customers that week to understand what had confused them.',
      whatILearned:
        'Confidence is not a substitute for a staged rollout when a change touches revenue. Every checkout change since has gone to 5% of traffic first with a predefined rollback trigger, including the relaunch of this redesign, which lifted conversion 6%.',
      roleConnection:
        'I am drawn to this role because your team experiments heavily, and I would bring that discipline around staged rollouts.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-hr-consultation',
    profession: 'HR business partner',
    source: 'own',
    story: {
      whatHappened:
        'I ran a restructure consultation for a 60-person customer service team and announced the new shift patterns before consultation had closed. Two employees raised grievances and we paused the change for a month.',
      whyItHappened:
        'I was under pressure to deliver savings by the end of the quarter and let the timeline drive the process. I also didn’t involve the team leads early enough, so I underestimated how much the shift changes would affect people with caring responsibilities.',
      whatIDid:
        'I apologised to the team in person, withdrew the announcement and reopened consultation. I met each employee who raised a concern, worked with their team leads on alternative patterns, and updated the operations director every week.',
      whatILearned:
        'Consultation is where you find out what you got wrong, not a box to tick. On every restructure since, I have planned the timeline backwards from the end of consultation and brought team leads into the design from week one. The two restructures I have run since finished on schedule with no grievances.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'strong-airline-ops-swap',
    profession: 'airline operations controller',
    source: 'own',
    story: {
      whatHappened:
        'As duty operations controller I approved an aircraft swap that left a 25-minute turnaround at a congested airport, and it pushed four later flights off schedule. About 600 passengers were delayed by more than an hour.',
      whyItHappened:
        'I looked at the swap in isolation and didn’t model its knock-on effect on the evening rotation. I knew the airport was running slow that day and still trusted the standard turnaround time over the live data. That judgement was mine.',
      whatIDid:
        'Once the first delay came through, I re-planned the evening rotation with the crewing team, moved a standby aircraft onto the worst-affected route and briefed the duty manager on what had happened and why. I logged the decision in our operations report that night.',
      whatILearned:
        'Standard times are a starting point, not a plan, when the network is already stressed. I now check live turnaround performance before approving any swap on a disrupted day, and I added a rotation-impact step to our swap checklist that the whole control team uses.',
      roleConnection:
        'Your network runs many tight rotations through congested hubs, and that rotation-impact habit is what I would bring to your control centre.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'strong-scientist-calibration',
    profession: 'research scientist',
    source: 'own',
    story: {
      whatHappened:
        'I ran a six-month cell culture study without checking the incubator’s CO2 calibration myself, and a drift invalidated the final two months of data. We had to repeat that part of the study, which delayed a grant report by a quarter.',
      whyItHappened:
        'I assumed the facility’s quarterly calibration was enough and didn’t log my own readings. When early results looked noisy, I put it down to biological variation instead of checking the equipment. I was too confident in my protocol.',
      whatIDid:
        'When a colleague’s data showed the same drift, I checked the logs, confirmed the cause and told my principal investigator that afternoon. I wrote to the funder to explain the delay and propose a revised timeline, and I redesigned the repeat with weekly calibration checks.',
      whatILearned:
        'Noisy data is a signal to check the instrument first. Every study I run now includes weekly independent calibration readings logged alongside the data, and I’ve shared the template with the rest of the lab. Three studies have used it since.',
      roleConnection:
        'Your lab runs long-term cultures, so that calibration discipline is directly relevant to this position.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
