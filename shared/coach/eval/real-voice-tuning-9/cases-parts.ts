/**
 * Single parts: openings that name a person, a client or a date but no consequence; humblebrags
 * in other clothes; unsafe failures beyond the obvious, with safe look-alikes; causes that blame
 * people's shortcomings or constraints imposed from above, defensive self-justification, and the
 * same circumstances owned; actions that happened to the speaker and active ones; lessons that
 * are slogans with one word more, evidence of change in natural phrasing, self-punishment in the
 * past tense and lessons about other people.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const W = 'whatHappened' as const;
const Y = 'whyItHappened' as const;
const D = 'whatIDid' as const;
const L = 'whatILearned' as const;

const noCost = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, ['vague-failure', 'no-impact'], ['humblebrag', 'opening-too-long', 'unsafe-failure']);

const brag = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, ['humblebrag'], ['opening-too-long', 'unsafe-failure', 'indifference']);

const unsafe = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, ['unsafe-failure'], ['humblebrag', 'opening-too-long', 'vague-failure']);

const safe = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, [], ['unsafe-failure', 'humblebrag', 'opening-too-long', 'vague-failure', 'no-impact', 'indifference']);

const blamed = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, Y, text, ['blame'], ['self-flagellating', 'humblebrag']);

const defensive = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, Y, text, ['defensive-tone'], ['self-flagellating', 'humblebrag']);

const owned = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, Y, text, [], ['blame', 'defensive-tone', 'vague-cause', 'self-flagellating', 'humblebrag']);

const generic = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, L, text, ['generic-lesson', 'no-change-evidence'], ['self-flagellating', 'humblebrag']);

const changed = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, L, text, [], ['generic-lesson', 'no-change-evidence', 'not-learned', 'indifference', 'self-flagellating', 'humblebrag']);

export const partCases: EvalCase[] = [
  noCost('t9-pa-op-bank-mrs-ortiz', 'bank customer adviser', 'In my second week at the branch there was an incident with a customer called Mrs Ortiz that I handled badly.'),
  noCost('t9-pa-op-october-supplier', 'purchasing assistant', 'Back in October 2021 I made an error with an order for one of our suppliers, Mr Khan.'),
  noCost('t9-pa-op-audit-files', 'audit associate', 'Last year, during the Q3 audit, I dropped the ball on three of the fifteen files I was responsible for.'),
  noCost('t9-pa-op-project-phoenix', 'business analyst', 'On Project Phoenix in 2023, working under our director Claire, I got something important wrong in the requirements.'),
  brag('t9-pa-op-brag-twelve', 'sales team leader', 'My biggest failure was that my team only beat its target by 12% last year, when I had promised the board 20%.'),
  brag('t9-pa-op-brag-perfectionist', 'copywriter', "I'm a perfectionist, so I'd say my failure is that I spend too long on the little details because I want everything to be right."),
  brag('t9-pa-op-brag-care', 'healthcare assistant', 'If I am honest my biggest failure is that I care too much about my patients and I take their problems home with me.'),
  brag('t9-pa-op-brag-promotion', 'software engineer', 'I failed to get my promotion in my first year, mainly because they said it was too early, even though I was already doing the work of a senior.'),
  unsafe('t9-pa-op-screen-reception', 'legal secretary', 'I left a client’s divorce file open on my screen at the front desk while I went to lunch, and a visitor waiting in reception could read it.'),
  unsafe('t9-pa-op-nursery-aunt', 'nursery practitioner', "I let a little girl go home with her aunt without checking the collection list, and the aunt wasn't on it; her mum had a court order about who could collect her."),
  unsafe('t9-pa-op-cd-cabinet', 'care home nurse', 'I forgot to lock the controlled drugs cupboard at the end of my shift, and it was found open by the day staff the next morning.'),
  unsafe('t9-pa-op-temp-log', 'kitchen supervisor', "I saw a colleague fill in the fridge temperature log for the whole week at once without checking the fridges, and I didn't report it."),
  unsafe('t9-pa-op-gas-cert', 'letting agent', 'I let a tenant move into a flat before the gas safety certificate had been renewed; it had expired three weeks before.'),
  safe('t9-pa-op-safe-stationery', 'office manager', 'I left the stationery cupboard unlocked over a weekend and we lost a few boxes of printer paper, about £60 worth.'),
  safe('t9-pa-op-safe-shoes', 'shoe shop assistant', 'I boxed the wrong size of boots for an online order, so the customer had to send them back and waited another week for her pair.'),
  safe('t9-pa-op-safe-slides', 'trainer', 'I brought the wrong version of my slides to a client workshop, so the first hour ran on an outdated process and I had to re-run that session a week later.'),
  blamed('t9-pa-ca-blame-budget', 'event manager', 'The client set the date and then cut the budget by a third, so realistically there was no way we were going to deliver everything they wanted.'),
  blamed('t9-pa-ca-blame-keys', 'letting negotiator', 'My colleague who was supposed to hand over the keys just never did, and our manager never checks anything anyway.'),
  blamed('t9-pa-ca-blame-it', 'payroll clerk', 'The new payroll system IT gave us was full of bugs and they ignored every ticket we raised for a month.'),
  defensive('t9-pa-ca-def-flagged', 'project coordinator', "I'd like to think I did everything that could reasonably be expected of me; I raised it twice in our team meetings."),
  defensive('t9-pa-ca-def-nobody-predict', 'buyer', 'To be fair, nobody could have predicted the supplier would go bust, and I had used them for years without a problem.'),
  defensive('t9-pa-ca-def-procedure', 'bank cashier', 'I followed the procedure exactly as it was written, so I really don’t see what else I was supposed to do.'),
  owned('t9-pa-ca-owned-supplier', 'buyer', "I assumed the supplier was fine because they always had been, and I didn't check their delivery record or have a second source lined up."),
  owned('t9-pa-ca-owned-budget', 'event manager', "The budget was tight, but the real problem was that I didn't tell the client early enough that it wouldn't stretch to everything."),
  owned('t9-pa-ca-owned-procedure', 'bank cashier', 'I followed the procedure, but I noticed the signature looked different and I talked myself out of asking, because the queue was long.'),
  part('t9-pa-do-passive-supplier', 'operations coordinator', D, 'In the end the problem was fixed by the supplier and the orders went out a few days later.', ['passive-action'], ['self-flagellating', 'humblebrag']),
  part('t9-pa-do-passive-sorted', 'hotel night manager', D, 'It was all sorted out by the morning shift and the guests were moved to other rooms.', ['passive-action'], ['self-flagellating', 'humblebrag']),
  part('t9-pa-do-active', 'operations coordinator', D, 'I rang the supplier that afternoon, agreed a split delivery, and called each of the three customers myself to give them a new date.', [], ['passive-action', 'self-flagellating', 'humblebrag']),
  generic('t9-pa-le-gen-clients', 'web designer', 'I learned the importance of really clear communication with clients.'),
  generic('t9-pa-le-gen-time', 'ward sister', 'It taught me that time management is absolutely crucial on a busy ward.'),
  generic('t9-pa-le-gen-teamwork', 'warehouse operative', 'I learned that teamwork is the most important thing in any job.'),
  generic('t9-pa-le-gen-careful', 'accounts clerk', 'The main lesson for me was to always be more careful and pay more attention to detail.'),
  changed('t9-pa-le-ch-foreman', 'quantity surveyor', 'These days, before I sign off a valuation I walk the site with the foreman and go through the numbers line by line.'),
  changed('t9-pa-le-ch-handover', 'healthcare assistant', "I've kept a handover sheet for every shift since then, and my manager now uses it for the whole team."),
  changed('t9-pa-le-ch-monday', 'IT service desk analyst', 'Nowadays the first thing I do on a Monday is go through every open ticket that is older than two days.'),
  changed('t9-pa-le-ch-callbacks', 'estate agent', "I haven't missed a call-back since I started putting every one in my calendar with the number, the moment I promise it."),
  changed('t9-pa-le-ch-pass', 'sous chef', 'Now I read the allergy sheet out loud before anything leaves the pass, and the rest of the kitchen does it too.'),
  part('t9-pa-le-selfflag-past', 'trainee solicitor', L, "I learned that I'm not very good at this, honestly. I felt stupid for months afterwards and I still can't stop going over it at night.", ['self-flagellating', 'no-change-evidence'], ['humblebrag', 'generic-lesson']),
  part('t9-pa-le-notlearned-parents', 'reception teacher', L, 'I learned that some parents will complain whatever you do.', ['not-learned', 'no-change-evidence'], ['self-flagellating', 'humblebrag']),
  part('t9-pa-le-notlearned-management', 'call centre team leader', L, 'What I took from it is that senior management need to listen to the people on the phones.', ['not-learned', 'no-change-evidence'], ['self-flagellating', 'humblebrag']),
];
