/**
 * What-I-did parts on their own: things that got sorted with no one doing them, problems
 * kept quiet, shrugs; and actions the speaker owns, in bullet lists and in plain speech.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const D = 'whatIDid' as const;

export const actionCases: EvalCase[] = [
  part(
    't4-ac-passive-sorted',
    'office manager',
    D,
    'In the end it all got sorted out and the client was fine with it.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-passive-esl',
    'warehouse operative',
    D,
    'The problem was fixed by the morning shift and the trucks was loaded again.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-passive-manager',
    'junior accountant',
    D,
    'My manager took over the file and spoke to the auditors, and it was resolved within the week.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-passive-waited',
    'IT technician',
    D,
    'Not much I could do really, I waited for the vendor to push a fix and told people to be patient.',
    ['passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-hide',
    'care worker',
    D,
    "I didn't say anything at the time because I didn't want to get in trouble, and I just made sure the next dose was on time.",
    ['unsafe-failure'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-hide-data',
    'sales assistant',
    D,
    "I deleted the email from my sent folder and hoped the customer would not notice it had someone else's address on it.",
    ['unsafe-failure'],
    ['humblebrag', 'self-flagellating'],
  ),
  part(
    't4-ac-owned-bullets',
    'store manager',
    D,
    "- called the area manager that evening and told her it was my rota\n- phoned the two staff I had missed and paid them for the shift\n- redid the next four weeks' rota against the holiday sheet",
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'indifference'],
  ),
  part(
    't4-ac-owned-nurse',
    'staff nurse',
    D,
    'I told the nurse in charge straight away, we called the doctor, I stayed with the patient and did observations every fifteen minutes, and I filled in the incident report before I went home.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'indifference'],
  ),
  part(
    't4-ac-owned-esl',
    'production planner',
    D,
    'I call the customer same day and explain it was my planning error. I rearrange the line for the weekend and we ship the missing 2,000 pieces on Tuesday.',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'indifference'],
  ),
  part(
    't4-ac-owned-no-i-bullets',
    'restaurant manager',
    D,
    '- apologised to the table and comped the meal\n- pulled the allergen sheet for every dish that night\n- briefed the kitchen before the second sitting',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'indifference'],
  ),
  part(
    't4-ac-owned-casual',
    'web developer',
    D,
    'rolled it back within like 10 mins, posted in the incident channel that it was my deploy, then wrote up what happened for the team the next morning',
    [],
    ['passive-action', 'humblebrag', 'self-flagellating', 'indifference'],
  ),
  part(
    't4-ac-indifferent',
    'bartender',
    D,
    "Nothing really, it wasn't my problem at that point because my shift had finished.",
    ['indifference', 'passive-action'],
    ['humblebrag', 'self-flagellating'],
  ),
];
