/**
 * Real-voice tuning set, part 10: LONG whole answers only (180–450 words), strong, medium and
 * weak, in professions the ninth batch did not use. Split by a hash of each id into A (tuning:
 * read its misses) and B (check: figures only). See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { mediumStories } from './cases-medium';
import { strongStories } from './cases-strong';
import { weakStories } from './cases-weak';

export const realVoiceTuningTenth: readonly EvalCase[] = [...strongStories, ...mediumStories, ...weakStories];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningTenthA: readonly EvalCase[] = realVoiceTuningTenth.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningTenthB: readonly EvalCase[] = realVoiceTuningTenth.filter((c) => !isTuningId(c.id));
