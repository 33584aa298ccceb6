/**
 * The real-voice set and its one fixed split. Each case goes to a half by a hash of its
 * id alone, so adding a case never moves another one. The held-out half is frozen: it
 * measures the coach and must never be used to tune a rule.
 */
import type { EvalCase } from '../eval-case';
import { realVoiceStoriesA } from './cases-a';
import { realVoiceStoriesB } from './cases-b';
import { realVoiceStoriesC } from './cases-c';
import { realVoiceStoriesD } from './cases-d';
import { realVoiceStoriesE } from './cases-e';
import { realVoiceStoriesF } from './cases-f';
import { realVoiceStoriesG } from './cases-g';
import { realVoiceStoriesO } from './cases-o';
import { realVoiceOpeningsA } from './cases-h';
import { realVoiceOpeningsB } from './cases-i';
import { realVoiceCausesA } from './cases-j';
import { realVoiceCausesB } from './cases-k';
import { realVoiceActions } from './cases-l';
import { realVoiceLessonsA } from './cases-m';
import { realVoiceLessonsB } from './cases-n';

/** Share of ids (out of 100) that go to the tuning half. */
const TUNING_PERCENT = 55;

/**
 * FNV-1a, 32-bit, over the string's UTF-16 code units. Ids are ASCII, so this is the same
 * as hashing their UTF-8 bytes.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** True when the case with this id belongs to the tuning half. */
export function isTuningId(id: string): boolean {
  return fnv1a32(id) % 100 < TUNING_PERCENT;
}

/** Every real-voice case, stories first, in a stable order. */
export const realVoiceCases: readonly EvalCase[] = [
  ...realVoiceStoriesA,
  ...realVoiceStoriesB,
  ...realVoiceStoriesC,
  ...realVoiceStoriesD,
  ...realVoiceStoriesE,
  ...realVoiceStoriesF,
  ...realVoiceStoriesG,
  ...realVoiceStoriesO,
  ...realVoiceOpeningsA,
  ...realVoiceOpeningsB,
  ...realVoiceCausesA,
  ...realVoiceCausesB,
  ...realVoiceActions,
  ...realVoiceLessonsA,
  ...realVoiceLessonsB,
];

/** The half rules may be tuned against. */
export const realVoiceTuning: readonly EvalCase[] = realVoiceCases.filter((c) => isTuningId(c.id));

/** The frozen half: for measuring only, never for tuning. */
export const realVoiceHeldOut: readonly EvalCase[] = realVoiceCases.filter((c) => !isTuningId(c.id));
