import { describe, expect, it } from 'vitest';
import { flaggedKinds } from './run-eval';
import type { EvalCase } from './eval-case';
import { fnv1a32, realVoiceHeldOut, realVoiceTuning } from './real-voice/split';
import { realVoiceTuningExtra } from './real-voice-tuning-2/index';
import { realVoiceTuningThird } from './real-voice-tuning-3/index';
import { realVoiceTuningFourth } from './real-voice-tuning-4/index';
import { realVoiceTuningFifthA } from './real-voice-tuning-5/index';
import { realVoiceTuningSixthA } from './real-voice-tuning-6/index';
import { realVoiceTuningSeventhA } from './real-voice-tuning-7/index';
import { realVoiceTuningEighthA } from './real-voice-tuning-8/index';
import { realVoiceTuningNinthA } from './real-voice-tuning-9/index';
import { realVoiceTuningTenthA } from './real-voice-tuning-10/index';
import { realVoiceTuningEleventhA } from './real-voice-tuning-11/index';
import { realVoiceTuningTwelfthA } from './real-voice-tuning-12/index';

/** Labelled judgment findings found (every kind but missing-part), and forbidden kinds raised. */
function summarize(cases: readonly EvalCase[]) {
  let found = 0;
  let labelled = 0;
  let wrong = 0;
  let forbidden = 0;
  for (const c of cases) {
    const flagged = flaggedKinds(c);
    for (const kind of c.mustFlag)
      if (kind !== 'missing-part') {
        labelled++;
        if (flagged.includes(kind)) found++;
      }
    for (const kind of c.mustNotFlag) {
      forbidden++;
      if (flagged.includes(kind)) wrong++;
    }
  }
  return { recall: found / labelled, wronglyFlagged: wrong / forbidden };
}

// Hundreds of reviews per test: a roomier time limit than the default on a loaded machine.
describe('the coach on real-voice answers', { timeout: 60_000 }, () => {
  it('keeps the held-out half frozen: the cases it was measured on never change', () => {
    // Frozen before any rule was tuned; a change here would make its figures meaningless.
    expect(realVoiceHeldOut).toHaveLength(110);
    expect(fnv1a32(JSON.stringify(realVoiceHeldOut)).toString(16)).toBe('31c322b5');
  });

  it('finds what an interview coach would on the held-out half, and stays quiet where it should', () => {
    const { recall, wronglyFlagged } = summarize(realVoiceHeldOut);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.03);
  });

  it('holds its tuning figures, so a change that trades one kind for another shows', () => {
    const { recall, wronglyFlagged } = summarize([...realVoiceTuning, ...realVoiceTuningExtra]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('finds most of what the third tuning batch labels, written blind to the rules, and rarely flags what it forbids', () => {
    // A floor just under today's figure: this batch came after the rules, so it shows how far
    // they carry to new phrasing, and guards against sliding back.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningThird);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds the fourth tuning batch, read first as unseen (76.8%), to the tuning floor', () => {
    const { recall, wronglyFlagged } = summarize(realVoiceTuningFourth);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the fifth tuning batch, read first as unseen (74.5%), to the tuning floor', () => {
    // Part B of the batch is a check on the rules tuned on A: measured by coach-eval, never held here.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningFifthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the sixth tuning batch, read first as unseen (79.7%), to the tuning floor', () => {
    // Part B, as for the fifth batch, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningSixthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the seventh tuning batch, read first as unseen (68.5%), to the tuning floor', () => {
    // Part B, as for the fifth and sixth batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningSeventhA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the eighth tuning batch, read first as unseen (65.4%), to the tuning floor', () => {
    // Part B, as for the fifth to seventh batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningEighthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the ninth tuning batch, mostly whole answers, read first as unseen (86.0%), to the tuning floor', () => {
    // Part B, as for the fifth to eighth batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningNinthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the tenth tuning batch, long whole answers, read first as unseen (69.6%), to the tuning floor', () => {
    // Part B, as for the fifth to ninth batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningTenthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the eleventh tuning batch, openings and strong answers, read first as unseen (66.7%), to the tuning floor', () => {
    // Part B, as for the fifth to tenth batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningEleventhA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });

  it('holds part A of the twelfth tuning batch, defensive tone, unsafe failures and their look-alikes, read first as unseen (64.3%), to the tuning floor', () => {
    // Part B, as for the fifth to eleventh batches, is measured by coach-eval for figures only.
    const { recall, wronglyFlagged } = summarize(realVoiceTuningTwelfthA);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wronglyFlagged).toBeLessThanOrEqual(0.02);
  });
});
