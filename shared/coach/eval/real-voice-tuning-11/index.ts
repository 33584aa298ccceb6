/**
 * Real-voice tuning set, part 11: whole answers aimed at wrong flags on strong answers and at
 * openings (vague failures and missing impact, with look-alikes that state a cost in unusual
 * ways), in professions batches 9 and 10 did not use. Split by a hash of each id into A (tuning:
 * read its misses) and B (check: figures only). See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { impactOpenings } from './cases-impact';
import { vagueOpenings } from './cases-opening';
import { strongStories } from './cases-strong';
import { strongStoriesMore } from './cases-strong-2';

export const realVoiceTuningEleventh: readonly EvalCase[] = [
  ...strongStories,
  ...strongStoriesMore,
  ...vagueOpenings,
  ...impactOpenings,
];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningEleventhA: readonly EvalCase[] = realVoiceTuningEleventh.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningEleventhB: readonly EvalCase[] = realVoiceTuningEleventh.filter((c) => !isTuningId(c.id));
