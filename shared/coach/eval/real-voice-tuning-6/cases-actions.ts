/**
 * What-I-did parts on their own: things that got sorted while the speaker waited, shrugs,
 * mistakes kept quiet, and self-punishment in place of action; and near misses where the
 * speaker acts, including with others' help.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const D = 'whatIDid' as const;

export const actionCases: EvalCase[] = [
  part(
    't6-ac-passive-sorted',
    'office administrator',
    D,
    'In the end the supplier sent a replacement and things went back to normal after a week or so.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't6-ac-indifferent-moved-on',
    'call centre agent',
    D,
    "Nothing really, I just moved on to the next call. It's a numbers game in that job, you can't dwell on one customer.",
    ['indifference', 'passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
  part(
    't6-ac-hidden',
    'lab technician',
    D,
    'I reran the samples on my own that evening and replaced the results in the system, so nobody had to know about the first batch.',
    ['unsafe-failure'],
    ['self-flagellating', 'humblebrag', 'passive-action'],
  ),
  part(
    't6-ac-selfflag',
    'trainee solicitor',
    D,
    'I went home and cried the whole night and kept thinking I should never have gone into law. I could not face my supervisor for days.',
    ['self-flagellating', 'passive-action'],
    ['humblebrag'],
  ),
  part(
    't6-ac-active-with-help',
    'staff nurse',
    D,
    'I told the nurse in charge straight away, we called the doctor, and I checked the patient’s observations every fifteen minutes for four hours. I completed the incident form before I left.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't6-ac-active-esl',
    'delivery driver',
    D,
    'I call the customer myself same day, I say sorry and I drive back after my route to bring the right parcel. Then I tell my manager what happened.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't6-ac-upset-then-act',
    'junior designer',
    D,
    'I was gutted, honestly, but the next morning I rang the client, apologised, and sent a corrected file by lunchtime at no charge.',
    [],
    ['passive-action', 'indifference', 'self-flagellating', 'humblebrag'],
  ),
  part(
    't6-ac-manager-fixed',
    'trainee accountant',
    D,
    'My manager noticed the difference in the reconciliation and corrected the journals herself before the audit. I kept my head down for the rest of the week.',
    ['passive-action'],
    ['self-flagellating', 'humblebrag'],
  ),
];
