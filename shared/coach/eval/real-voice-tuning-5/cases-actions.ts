/**
 * What-I-did parts on their own: things that got fixed with nobody doing them, someone
 * else who sorted it, waiting, keeping quiet; and actions the speaker owns, in plain
 * speech, second-language English and bullet lists.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const D = 'whatIDid' as const;

export const actionCases: EvalCase[] = [
  part(
    't5-ac-passive-handled',
    'customer service advisor',
    D,
    'It was escalated to the complaints team and they handled it from there.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-passive-blew-over',
    'junior account executive',
    D,
    'To be honest it blew over after a couple of weeks and the client stayed with us.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-passive-esl-boss',
    'kitchen assistant',
    D,
    'The boss called the customer and gave them voucher, after that everything was ok.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-passive-kept-quiet',
    'data entry clerk',
    D,
    'I fixed the numbers quietly the next morning and nobody ever found out, so it was fine.',
    ['unsafe-failure'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-passive-waited',
    'software tester',
    D,
    'There was not much I could do from my side, so I waited for the developers to fix it and retested when they did.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-passive-was-decided',
    'marketing assistant',
    D,
    'It was decided that the campaign would be paused and a new agency was brought in.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-phoned',
    'pharmacy technician',
    D,
    'I phoned the patient straight away, told the pharmacist, and drove the right tablets round to her house that evening.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'unsafe-failure'],
  ),
  part(
    't5-ac-active-esl',
    'warehouse picker',
    D,
    'First I told my team leader. Then I went back to the racks and checked every pallet from that order myself, and I found two more wrong boxes.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-bullets',
    'IT project manager',
    D,
    '- Called the sponsor the same day to explain the slip\n- Re-planned the remaining work with the team\n- Sent a weekly status note until go-live',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-apology',
    'primary teacher',
    D,
    'I rang the parents that evening, apologised, and explained what I would do differently with the class. The next morning I talked it through with my mentor.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-with-others',
    'site engineer',
    D,
    'We stopped the pour. I got the supplier and the structural engineer on a call within the hour, and I agreed a new mix with them before anything else went in.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-forum',
    'bartender',
    D,
    'i owned up to the manager at close, paid attention to the till count for the rest of the month and offered to do the cash-up training again',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-manager-helped',
    'junior accountant',
    D,
    'I told my manager as soon as I found it. She helped me with the adjustment, but I wrote the note to the client myself and walked them through the corrected figures.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-active-reported',
    'care assistant',
    D,
    'I reported it to the nurse in charge, filled in the incident form and stayed on after my shift to give the family the full picture.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-defensive',
    'retail assistant',
    D,
    'I explained to my manager that the customer had been rude first and that I had only been standing up for myself.',
    ['defensive-tone'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't5-ac-self-flag',
    'trainee solicitor',
    D,
    'I apologised over and over. I felt like an idiot and I could barely look at my supervisor for weeks.',
    ['self-flagellating'],
    ['humblebrag'],
  ),
  part(
    't5-ac-passive-got-through',
    'shift manager',
    D,
    'The team pulled together and somehow we got through the night.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
];
