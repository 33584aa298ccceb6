/**
 * What-I-learned parts on their own: lessons that are not lessons (about clients, software, the
 * weather, the team, the company, "I still don't know"), shrugs where the lesson should be,
 * slogans and virtues; and practices told in plain words, which must stay quiet.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const L = 'whatILearned' as const;

const notLearned = (id: string, profession: string, text: string, extra: ('indifference')[] = []): EvalCase =>
  part(id, profession, L, text, ['not-learned', 'no-change-evidence', ...extra], ['self-flagellating', 'humblebrag']);

const generic = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, L, text, ['generic-lesson', 'no-change-evidence'], ['self-flagellating', 'humblebrag']);

const practice = (id: string, profession: string, text: string): EvalCase =>
  part(
    id,
    profession,
    L,
    text,
    [],
    ['generic-lesson', 'no-change-evidence', 'not-learned', 'indifference', 'self-flagellating', 'humblebrag'],
  );

export const lessonCases: EvalCase[] = [
  notLearned('t8-le-nl-dont-know', 'operations assistant', "I still don't really know what I'd do differently, to be honest."),
  notLearned('t8-le-nl-clients', 'interior designer', 'I learned that some clients are just impossible to please, whatever you do.'),
  notLearned('t8-le-nl-software', 'stock controller', 'It taught me that the stock software we use is not reliable.'),
  notLearned('t8-le-nl-weather', 'landscape gardener', "I don't think there was much of a lesson in it, it was bad luck with the weather more than anything."),
  notLearned('t8-le-nl-team', 'team leader', "Next time I'd hope the team pulls its weight a bit more."),
  notLearned('t8-le-nl-esl-company', 'junior engineer', 'I learned that in this company nobody listen to the junior staff.'),
  notLearned('t8-le-nl-boring', 'data entry clerk', "Not sure I learned anything really, it was a pretty boring job anyway.", ['indifference']),
  notLearned('t8-le-nl-moved-on', 'barber', "There's no point dwelling on these things, you just move on to the next customer.", ['indifference']),

  generic('t8-le-gen-detail', 'paralegal', 'Attention to detail is everything in this line of work.'),
  generic('t8-le-gen-extra-mile', 'hotel concierge', "I've learned to always go the extra mile for the guest."),
  generic('t8-le-gen-organised', 'school administrator', 'It taught me to be more organised and to plan ahead.'),
  generic('t8-le-gen-teamwork', 'sports coach', 'The main thing I took away is that teamwork makes the dream work.'),
  generic('t8-le-gen-safety-aware', 'warehouse supervisor', 'I became much more aware of the importance of health and safety.'),
  generic('t8-le-gen-assume', 'dental nurse', 'Never assume, always double-check. That is what I took from it.'),
  generic('t8-le-gen-esl-patience', 'nursery practitioner', 'From this I learn to be more patient and more calm with the children.'),

  practice(
    't8-le-pr-readback',
    'staff nurse',
    'I now read every dose back to the second nurse before I draw it up, and I have done that on every shift since.',
  ),
  practice(
    't8-le-pr-cutoff',
    'bakery supervisor',
    "Since then every supplier cut-off goes in my phone with a reminder the day before, and I haven't missed one in a year.",
  ),
  practice(
    't8-le-pr-pickup',
    'nursery practitioner',
    'Now at the gate I ask each parent to tell me back who is collecting, and I write it on the board before they leave.',
  ),
  practice(
    't8-le-pr-reconcile',
    'finance assistant',
    'Now before I close a month I print the reconciliation and have my supervisor initial it, even when it balances first time.',
  ),
  practice(
    't8-le-pr-esl-goggles',
    'chemistry student',
    'After that I put the goggles on before I even take the bottles out, and I remind my lab partner to do the same.',
  ),
];
