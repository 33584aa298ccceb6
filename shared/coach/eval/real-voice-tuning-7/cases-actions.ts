/**
 * What-I-did parts on their own: someone else putting it right, shrugs, mistakes hidden or
 * tidied away, self-punishment in place of action, defending oneself to the people affected;
 * and active answers, with help or with feelings named, that must stay quiet.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const D = 'whatIDid' as const;

export const actionCases: EvalCase[] = [
  part(
    't7-ac-passive-manager-refund',
    'shop assistant',
    D,
    'My manager rang the customer and sorted out a refund, and after that it was fine.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-passive-esl-senior',
    'newly qualified nurse',
    D,
    'The senior nurse she fixed it with the doctor, I was just watching because I was new on the ward.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-passive-resolved',
    'systems administrator',
    D,
    'It got resolved eventually once the infrastructure team rebuilt the server.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-passive-waited',
    'store manager',
    D,
    'I waited to hear back from head office about what to do, and in the end they decided to write the stock off.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-indifferent-leaving',
    'bartender',
    D,
    "Didn't do much to be honest, I was leaving that job a month later anyway.",
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-indifferent-shrug',
    'cleaner',
    D,
    'I shrugged it off and carried on with my shift, what else can you do.',
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-hidden-spreadsheet',
    'finance assistant',
    D,
    "I corrected the figure in the spreadsheet before the audit and didn't mention it to anyone, since it all balanced in the end.",
    ['unsafe-failure'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-hidden-esl-glass',
    'waitress',
    D,
    'I put the broken glass in the bin quick and continued the service. I did not tell the manager because the customer did not notice anything.',
    ['unsafe-failure'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-selfflag-car-park',
    'receptionist',
    D,
    "I just sat in the car park crying, I couldn't stop telling myself how pathetic I was.",
    ['self-flagellating', 'passive-action'],
    ['humblebrag'],
  ),
  part(
    't7-ac-defensive-family',
    'healthcare assistant',
    D,
    'I explained to the family that the ward was short-staffed that night and that we had followed the procedure.',
    ['defensive-tone'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-active-gp',
    'pharmacy dispenser',
    D,
    "I rang the patient's GP that afternoon, explained the wrong strength had gone out, and drove the right packet round to her house myself before six.",
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-active-with-manager',
    'junior consultant',
    D,
    'I went to my manager straight away, and together we called the client; I wrote up what had happened and sent it to them that evening.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-active-esl-line',
    'packing operative',
    D,
    'First I stop the line, then I call my supervisor and we check every box from that hour, 240 boxes, and I relabel the wrong ones myself.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't7-ac-active-felt-sick',
    'surveyor',
    D,
    'I felt sick about it, but I called the client first thing and offered to redo the whole report at no charge.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
];
