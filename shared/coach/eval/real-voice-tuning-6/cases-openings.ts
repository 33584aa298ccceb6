/**
 * What-happened parts on their own: failures named only by a general word ("an error", "a
 * setback", "things went sideways"), with a setting but no consequence; unsafe failures told
 * in passing; self-punishing and shrugging openings; and openings that name the failure and
 * what it cost.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const W = 'whatHappened' as const;

export const openingCases: EvalCase[] = [
  part(
    't6-op-vague-error-night',
    'staff nurse',
    W,
    'On one of my first night shifts on the cardiac ward I made an error that I still think about.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-vague-setback',
    'marketing coordinator',
    W,
    'Last spring our team faced a setback on a product campaign that I was coordinating.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long', 'self-flagellating'],
  ),
  part(
    't6-op-vague-sideways',
    'event planner',
    W,
    'so there was this wedding in 2019 where things kind of went sideways on the day lol',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-vague-esl-problem',
    'logistics clerk',
    W,
    'In my company in Poland I had one problem with shipment for important client, it was difficult time for me.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-vague-did-not-go-well',
    'junior accountant',
    W,
    'My first month-end close at the firm did not go the way anyone hoped.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-vague-dropped-ball',
    'account executive',
    W,
    'I dropped the ball with a key account during my second year in sales.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-clear-invoice',
    'accounts payable clerk',
    W,
    'I paid the same supplier invoice twice, £14,200 in total, and it took us six weeks to get the money back.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-clear-class',
    'secondary maths teacher',
    W,
    'I taught the wrong exam board specification to my Year 11 group for half a term, so 28 students had to relearn two topics six weeks before their exams.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-unsafe-insulin-small',
    'care home nurse',
    W,
    'I once gave a resident her evening insulin twice because the first dose was not signed, but nothing happened to her so it was more of a near miss really.',
    ['unsafe-failure'],
    ['humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-unsafe-forklift',
    'warehouse operative',
    W,
    'I drove the forklift through the pedestrian walkway to save time and clipped a racking leg, the top pallet came down about a metre from a picker.',
    ['unsafe-failure'],
    ['vague-failure', 'humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-unsafe-gdpr',
    'HR assistant',
    W,
    'I attached the whole staff salary spreadsheet to an email that went to all 140 employees instead of the payroll provider.',
    ['unsafe-failure'],
    ['vague-failure', 'no-impact', 'humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-lookalike-typo',
    'content writer',
    W,
    'I published a newsletter with the wrong date for our webinar, and about 60 people turned up an hour early and emailed us.',
    [],
    ['vague-failure', 'no-impact', 'unsafe-failure', 'humblebrag', 'opening-too-long'],
  ),
  part(
    't6-op-indifferent',
    'sales assistant',
    W,
    "I forgot to put a customer's order through and it never got delivered, but honestly these things happen in retail and it wasn't the end of the world.",
    ['indifference'],
    ['humblebrag', 'opening-too-long', 'self-flagellating'],
  ),
  part(
    't6-op-selfflag',
    'graphic designer',
    W,
    'I sent a print file with the wrong logo to the printer and 5,000 brochures had to be pulped. I was useless, I honestly felt like the worst designer alive.',
    ['self-flagellating'],
    ['vague-failure', 'no-impact', 'humblebrag', 'indifference'],
  ),
  part(
    't6-op-lookalike-felt-bad',
    'receptionist',
    W,
    'I double-booked the consultant for two patients on a Monday, and one of them had travelled an hour and had to wait 50 minutes. I felt bad for her.',
    [],
    ['vague-failure', 'no-impact', 'self-flagellating', 'indifference', 'humblebrag'],
  ),
  part(
    't6-op-humblebrag-too-dedicated',
    'software developer',
    W,
    'My biggest failure is probably that I care too much about code quality, so I sometimes spend extra time making things perfect.',
    ['humblebrag'],
    ['opening-too-long', 'self-flagellating', 'unsafe-failure'],
  ),
  part(
    't6-op-vague-project-polished',
    'operations manager',
    W,
    'In my previous role I was responsible for an initiative that ultimately did not deliver the results we had envisioned.',
    ['vague-failure', 'no-impact'],
    ['humblebrag', 'opening-too-long', 'self-flagellating'],
  ),
];
