/**
 * What-I-did and why-it-happened parts that shrug the failure off (a temp contract, notice handed
 * in, "wasn't worth the hassle", "you win some", a job one did not care for), and the same
 * circumstances named by someone who then acted, which must stay quiet.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const D = 'whatIDid' as const;
const Y = 'whyItHappened' as const;

export const actionCases: EvalCase[] = [
  part(
    't8-ac-indiff-temp',
    'office temp',
    D,
    "Not much, it was only a temp contract so I didn't lose any sleep over it.",
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-notice',
    'recruitment resourcer',
    Y,
    "To be honest it didn't really matter much to me by then, I'd already handed my notice in.",
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-hassle',
    'lettings negotiator',
    D,
    "I just let it go. It wasn't worth the hassle of chasing it.",
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-win-some',
    'estate agent',
    D,
    'I moved on to the next listing. The way I see it, you win some and you lose some.',
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-esl-manager',
    'kitchen porter',
    Y,
    'For me it was not so big problem, because the manager he did not care about it also.',
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-summer-job',
    'student',
    Y,
    'It was a summer job and I was nineteen, I was much more interested in my mates than in the tills.',
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-meh',
    'junior designer',
    D,
    "Meh, it happens. I'm not going to pretend I went home and cried about it, I just got on with the next brief.",
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-internal-report',
    'data analyst',
    Y,
    "I mean, it's only an internal report, so nobody really reads it closely anyway.",
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-difficult-client',
    'account manager',
    Y,
    "Honestly I wasn't that bothered, that client was always going to find something to moan about.",
    ['indifference'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-indiff-not-my-dept',
    'receptionist',
    D,
    "Nothing, because it wasn't really my department, so I left it for whoever was in the next morning.",
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),

  // The same circumstances named by someone who then acted.
  part(
    't8-ac-own-leaving',
    'recruitment resourcer',
    D,
    'I was tempted to shrug it off because I was leaving anyway, but I rang the candidate that afternoon, apologised and rebooked her interview before my last day.',
    [],
    ['indifference', 'passive-action', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-own-small-project',
    'junior developer',
    Y,
    "It wasn't a big project, but the charity was counting on it for their appeal, and I treated the deadline as if it were flexible when it wasn't.",
    [],
    ['indifference', 'defensive-tone', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-own-dwell',
    'site manager',
    D,
    'I tried not to dwell on it. The next morning I sat down with the site foreman and rebuilt the schedule, and I told the client that afternoon.',
    [],
    ['indifference', 'passive-action', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-own-part-time',
    'part-time cashier',
    D,
    'It was only a part-time job, but I reported the till shortage to my supervisor the same evening and we counted it together.',
    [],
    ['indifference', 'passive-action', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't8-ac-own-feelings',
    'support worker',
    D,
    'I felt terrible, honestly, but I phoned his sister straight away, wrote it in the incident log and stayed on past my shift to hand it over properly.',
    [],
    ['indifference', 'passive-action', 'self-flagellating', 'humblebrag'],
  ),
];
