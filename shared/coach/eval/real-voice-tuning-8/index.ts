/**
 * Real-voice tuning set, part 8: labelled answers aimed only at the kinds the sealed set still
 * finds weakest (defensive tone, vague failures, unsafe failures told as small ones with safe
 * look-alikes, indifference; and lessons not learned and generic lessons), each in many surface
 * forms. Split by a hash of each id into A (tuning: read its misses) and B (check: figures only).
 * See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { actionCases } from './cases-actions';
import { causeCases } from './cases-causes';
import { lessonCases } from './cases-lessons';
import { openingCases } from './cases-openings';
import { strongStories, weakStories } from './cases-stories';

export const realVoiceTuningEighth: readonly EvalCase[] = [
  ...openingCases,
  ...causeCases,
  ...actionCases,
  ...lessonCases,
  ...weakStories,
  ...strongStories,
];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningEighthA: readonly EvalCase[] = realVoiceTuningEighth.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningEighthB: readonly EvalCase[] = realVoiceTuningEighth.filter((c) => !isTuningId(c.id));
