/**
 * Real-voice tuning set, part 7: labelled answers aimed at the kinds the coach carried least
 * to unseen text after the sixth batch (vague failures, indifference, defensive tone, unsafe
 * failures told as small ones, lessons not learned, self-punishment, blame, generic lessons),
 * with look-alikes that must stay quiet. Split by a hash of each id into A (tuning: read its
 * misses) and B (check: figures only). See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { actionCases } from './cases-actions';
import { causeCases } from './cases-causes';
import { lessonCases } from './cases-lessons';
import { openingCases } from './cases-openings';
import { mixedStories } from './cases-stories-mixed';
import { strongStories } from './cases-stories-strong';
import { weakStories } from './cases-stories-weak';

export const realVoiceTuningSeventh: readonly EvalCase[] = [
  ...openingCases,
  ...causeCases,
  ...actionCases,
  ...lessonCases,
  ...weakStories,
  ...mixedStories,
  ...strongStories,
];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningSeventhA: readonly EvalCase[] = realVoiceTuningSeventh.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningSeventhB: readonly EvalCase[] = realVoiceTuningSeventh.filter((c) => !isTuningId(c.id));
