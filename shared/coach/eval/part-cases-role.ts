/** "Connection to the role": whether the story ties back to the job (its absence is only a tip). */
import type { EvalCase } from './eval-case';

export const roleCases: EvalCase[] = [
  {
    id: 'role-empty',
    profession: 'general',
    source: 'own',
    part: 'roleConnection',
    text: '',
    mustFlag: ['no-role-connection'],
    mustNotFlag: ['missing-part'],
  },
  {
    id: 'role-present',
    profession: 'social worker',
    source: 'own',
    part: 'roleConnection',
    text: 'Your service is moving to shared caseloads, and the handover checklist I built is exactly what that needs.',
    mustFlag: [],
    mustNotFlag: ['no-role-connection', 'missing-part'],
  },
  {
    id: 'why-empty',
    profession: 'general',
    source: 'own',
    part: 'whyItHappened',
    text: '   ',
    mustFlag: ['missing-part'],
    mustNotFlag: ['vague-cause', 'blame'],
  },
  {
    id: 'did-placeholder',
    profession: 'general',
    source: 'own',
    part: 'whatIDid',
    text: 'n/a',
    mustFlag: ['missing-part'],
    mustNotFlag: ['passive-action'],
  },
];
