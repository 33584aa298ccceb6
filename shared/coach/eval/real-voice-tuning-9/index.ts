/**
 * Real-voice tuning set, part 9: mostly whole answers, as the hidden set is whole published
 * answers (strong, medium and weak, about 60 professions), and single parts aimed at the kinds the
 * sealed set finds weakest. Split by a hash of each id into A (tuning: read its misses) and B
 * (check: figures only). See README.md.
 */
import type { EvalCase } from '../eval-case';
import { isTuningId } from '../real-voice/split';
import { mediumStories } from './cases-medium';
import { partCases } from './cases-parts';
import { strongStories } from './cases-strong';
import { weakStories } from './cases-weak';

export const realVoiceTuningNinth: readonly EvalCase[] = [...strongStories, ...mediumStories, ...weakStories, ...partCases];

/** Part A: tuning, its misses may be read. */
export const realVoiceTuningNinthA: readonly EvalCase[] = realVoiceTuningNinth.filter((c) => isTuningId(c.id));

/** Part B: a check on the rules tuned on A; figures only, its misses are never printed. */
export const realVoiceTuningNinthB: readonly EvalCase[] = realVoiceTuningNinth.filter((c) => !isTuningId(c.id));
