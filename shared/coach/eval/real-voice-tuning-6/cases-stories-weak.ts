/**
 * Whole stories with the weaknesses hardest to catch in other people's phrasing: vague
 * failures, indifference, defensiveness told as a reasonable account, unsafe failures told
 * as small ones, lessons not learned and self-punishment.
 */
import type { EvalCase } from '../eval-case';
import { story } from '../make-case';

export const weakStories: EvalCase[] = [
  story(
    't6-sw-care-worker-vague',
    'care assistant',
    [
      'I had a difficult experience with a resident when I was new in the home.',
      'We were very short of staff and the senior carer did not explain the care plan properly to me.',
      'The family complained and the manager dealt with it.',
      'I learned that good communication is important in care work.',
      'I am a caring person and I want to continue working in care.',
    ],
    ['vague-failure', 'blame', 'passive-action', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'missing-part', 'no-role-connection'],
  ),
  story(
    't6-sw-it-indifferent',
    'IT support analyst',
    [
      'I pushed a printer driver update to the whole office on a Monday morning and nobody could print for most of the day.',
      "Windows updates break things all the time, it's not really something you can predict.",
      'The vendor released a fix the next day and it was fine after that.',
      "Not much to be honest, stuff like that happens in IT and you can't lose sleep over it.",
      '',
    ],
    ['indifference', 'vague-cause', 'passive-action', 'not-learned', 'no-role-connection'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  ),
  story(
    't6-sw-nurse-defensive',
    'staff nurse',
    [
      'A patient on my ward had a fall during the night and broke her wrist.',
      'I had six patients and two of them were confused. I was doing the best I could and frankly no nurse could have watched everyone at once.',
      'I filled in the incident form and the day team took over.',
      'Wards need more staff at night, that is the honest lesson.',
      'I am resilient and can cope under pressure.',
    ],
    ['defensive-tone', 'passive-action', 'not-learned', 'no-change-evidence', 'unsafe-failure'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'missing-part'],
  ),
  story(
    't6-sw-accountant-unsafe-small',
    'tax accountant',
    [
      'I filed a client’s VAT return a few days after the deadline, a minor admin thing.',
      'The client sent their receipts very late, as usual.',
      'We paid the small penalty and the client did not really mind.',
      'Clients need to send documents on time.',
      'I have a lot of experience with VAT returns.',
    ],
    ['unsafe-failure', 'blame', 'not-learned'],
    ['humblebrag', 'self-flagellating', 'missing-part'],
  ),
  story(
    't6-sw-selfflag-teacher',
    'newly qualified teacher',
    [
      'My first formal observation was graded inadequate because the class was out of control for most of the lesson.',
      'I am just not a natural teacher, I think. I panic and freeze and I have always been like that.',
      'I apologised to my mentor about ten times and said I would probably leave teaching.',
      'I learned that I am my own worst enemy and I still beat myself up about it.',
      'I hope I can do better at your school.',
    ],
    ['self-flagellating', 'passive-action', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'indifference', 'blame', 'vague-failure', 'missing-part'],
  ),
  story(
    't6-sw-pm-vague-forum',
    'product manager',
    [
      'ok so my biggest fail was a feature launch at my last startup that basically flopped',
      "market wasn't ready and sales didn't push it hard enough imo",
      'we eventually sunset it a few months later',
      'learned a ton about product market fit and timing',
      'would bring those learnings here',
    ],
    ['vague-failure', 'no-impact', 'blame', 'passive-action', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'unsafe-failure', 'missing-part'],
  ),
  story(
    't6-sw-chef-hidden',
    'sous chef',
    [
      'I once served a chicken dish that was slightly under temperature, nobody got sick so it was fine.',
      'The probe thermometer was broken and the head chef had not ordered a new one.',
      'I did not write it in the temperature log because it would have caused a big fuss with the inspector.',
      'I learned that equipment must be maintained properly.',
      'I am experienced in busy kitchens.',
    ],
    ['unsafe-failure', 'blame', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'missing-part'],
  ),
];
