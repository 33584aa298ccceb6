/**
 * Real-voice tuning set, part 5: labelled answers aimed at what the rules carried least to
 * unseen text (other people as the actors of a failure, constraints imposed on the speaker,
 * general truths and rules for "people" as lessons, named practices with "never" and "no
 * longer", vague openings, unsafe failures told as small ones), with strong answers that
 * must stay quiet. Split by a hash of each id into A (tuning: read its misses) and B (check:
 * figures only). See README.md.
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

export const realVoiceTuningFifth: readonly EvalCase[] = [
  ...openingCases,
  ...causeCases,
  ...actionCases,
  ...lessonCases,
  ...weakStories,
  ...mixedStories,
  ...strongStories,
];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningFifthA: readonly EvalCase[] = realVoiceTuningFifth.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningFifthB: readonly EvalCase[] = realVoiceTuningFifth.filter((c) => !isTuningId(c.id));
