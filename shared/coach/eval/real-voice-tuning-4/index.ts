/**
 * Real-voice tuning set, part 4: labelled answers aimed at the kinds that carried least to
 * unseen text (vague failures, defensive tone, indifference, unsafe failures and their look-
 * alikes, lessons not learned), with strong answers that must stay quiet. Written blind to
 * the rules and measured once as unseen before any rule changed. Tuning data: read its
 * misses freely. See README.md.
 */
import type { EvalCase } from '../eval-case';
import { actionCases } from './cases-actions';
import { causeCases } from './cases-causes';
import { lessonCases } from './cases-lessons';
import { openingCases } from './cases-openings';
import { mixedStories } from './cases-stories-mixed';
import { strongStories } from './cases-stories-strong';
import { weakStories } from './cases-stories-weak';

export const realVoiceTuningFourth: readonly EvalCase[] = [
  ...openingCases,
  ...causeCases,
  ...actionCases,
  ...lessonCases,
  ...weakStories,
  ...mixedStories,
  ...strongStories,
];
