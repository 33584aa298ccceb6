/**
 * Real-voice tuning set, part 12: whole answers aimed at the coach's weakest judgment kinds
 * (defensive tone, unsafe failures, self-flagellation, indifference, vague causes), each with
 * look-alikes that must stay quiet, in professions batches 9 to 11 did not use. Split by a hash
 * of each id into A (tuning: read its misses) and B (check: figures only). See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { causeStories } from './cases-cause';
import { defensiveStories } from './cases-defensive';
import { toneStories } from './cases-tone';
import { unsafeStories } from './cases-unsafe';

export const realVoiceTuningTwelfth: readonly EvalCase[] = [
  ...defensiveStories,
  ...unsafeStories,
  ...toneStories,
  ...causeStories,
];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningTwelfthA: readonly EvalCase[] = realVoiceTuningTwelfth.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningTwelfthB: readonly EvalCase[] = realVoiceTuningTwelfth.filter((c) => !isTuningId(c.id));
