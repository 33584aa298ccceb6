/**
 * The coach's evaluation report: precision and recall per kind on each labelled set, and
 * two summary figures per set — the share of labelled judgment findings the coach found
 * (every kind but missing-part), and the share of "must not flag" labels it wrongly raised.
 *
 *   npx tsx scripts/coach-eval.ts              every set, per-kind tables
 *   npx tsx scripts/coach-eval.ts --misses     also each tuning case the coach gets wrong
 *                                   (--only=1|2|…|12: the misses of one tuning batch; for
 *                                   the fifth to twelfth, part A only)
 *   npx tsx scripts/coach-eval.ts --held-out   also the frozen held-out half (figures only)
 *   npx tsx scripts/coach-eval.ts --sealed     also the sealed second set (figures only)
 *
 * The held-out half, the sealed set and part B of the fifth to twelfth batches are for measuring only: their misses are never
 * printed, and no rule is tuned on them (the sealed set is measured once per round of work).
 */
import { findingKinds } from '../shared/coach/review-schema';
import type { EvalCase } from '../shared/coach/eval/eval-case';
import { holdoutCases } from '../shared/coach/eval/holdout-cases';
import { evalCases } from '../shared/coach/eval/index';
import { realVoiceHeldOut, realVoiceTuning } from '../shared/coach/eval/real-voice/split';
import { realVoiceSealed } from '../shared/coach/eval/real-voice-2/index';
import { realVoiceTuningExtra } from '../shared/coach/eval/real-voice-tuning-2/index';
import { realVoiceTuningThird } from '../shared/coach/eval/real-voice-tuning-3/index';
import { realVoiceTuningFourth } from '../shared/coach/eval/real-voice-tuning-4/index';
import { realVoiceTuningFifthA, realVoiceTuningFifthB } from '../shared/coach/eval/real-voice-tuning-5/index';
import { realVoiceTuningSixthA, realVoiceTuningSixthB } from '../shared/coach/eval/real-voice-tuning-6/index';
import { realVoiceTuningSeventhA, realVoiceTuningSeventhB } from '../shared/coach/eval/real-voice-tuning-7/index';
import { realVoiceTuningEighthA, realVoiceTuningEighthB } from '../shared/coach/eval/real-voice-tuning-8/index';
import { realVoiceTuningNinthA, realVoiceTuningNinthB } from '../shared/coach/eval/real-voice-tuning-9/index';
import { realVoiceTuningTenthA, realVoiceTuningTenthB } from '../shared/coach/eval/real-voice-tuning-10/index';
import { realVoiceTuningEleventhA, realVoiceTuningEleventhB } from '../shared/coach/eval/real-voice-tuning-11/index';
import { realVoiceTuningTwelfthA, realVoiceTuningTwelfthB } from '../shared/coach/eval/real-voice-tuning-12/index';
import { flaggedKinds, formatMetrics, metricsByKind } from '../shared/coach/eval/run-eval';

interface Summary {
  cases: number;
  found: number;
  labelled: number;
  wronglyFlagged: number;
  forbidden: number;
}

/** Judgment findings found (labels other than missing-part) and forbidden kinds raised. */
export function summarize(cases: readonly EvalCase[]): Summary {
  const summary: Summary = { cases: cases.length, found: 0, labelled: 0, wronglyFlagged: 0, forbidden: 0 };
  for (const c of cases) {
    const flagged = flaggedKinds(c);
    for (const kind of c.mustFlag) {
      if (kind === 'missing-part') continue;
      summary.labelled++;
      if (flagged.includes(kind)) summary.found++;
    }
    for (const kind of c.mustNotFlag) {
      summary.forbidden++;
      if (flagged.includes(kind)) summary.wronglyFlagged++;
    }
  }
  return summary;
}

const percent = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)}%`;

function report(name: string, cases: readonly EvalCase[]): void {
  const s = summarize(cases);
  console.log(`\n## ${name} (${s.cases} cases)`);
  console.log(formatMetrics(metricsByKind(cases)));
  console.log(
    `judgment findings found: ${s.found}/${s.labelled} = ${percent(s.found, s.labelled)}; ` +
      `forbidden kinds flagged: ${s.wronglyFlagged}/${s.forbidden} = ${percent(s.wronglyFlagged, s.forbidden)}`,
  );
}

function printMisses(cases: readonly EvalCase[]): void {
  for (const c of cases) {
    const flagged = flaggedKinds(c);
    const missed = c.mustFlag.filter((k) => !flagged.includes(k));
    const wrong = c.mustNotFlag.filter((k) => flagged.includes(k));
    if (missed.length === 0 && wrong.length === 0) continue;
    const text = 'part' in c ? `[${c.part}] ${c.text}` : JSON.stringify(c.story);
    console.log(`\n- ${c.id}: missed ${missed.join(', ') || '—'}; wrongly ${wrong.join(', ') || '—'}`);
    console.log(`  ${text.slice(0, 900)}`);
  }
}

const started = performance.now();
report('our own cases (must all pass)', [...evalCases, ...holdoutCases]);
report('real-voice tuning half', realVoiceTuning);
report('real-voice tuning, second batch', realVoiceTuningExtra);
report('real-voice tuning, third batch', realVoiceTuningThird);
report('real-voice tuning, fourth batch', realVoiceTuningFourth);
report('real-voice tuning, fifth batch, part A (tuning)', realVoiceTuningFifthA);
report('real-voice tuning, fifth batch, part B (check: figures only)', realVoiceTuningFifthB);
report('real-voice tuning, sixth batch, part A (tuning)', realVoiceTuningSixthA);
report('real-voice tuning, sixth batch, part B (check: figures only)', realVoiceTuningSixthB);
report('real-voice tuning, seventh batch, part A (tuning)', realVoiceTuningSeventhA);
report('real-voice tuning, seventh batch, part B (check: figures only)', realVoiceTuningSeventhB);
report('real-voice tuning, eighth batch, part A (tuning)', realVoiceTuningEighthA);
report('real-voice tuning, eighth batch, part B (check: figures only)', realVoiceTuningEighthB);
report('real-voice tuning, ninth batch, part A (tuning)', realVoiceTuningNinthA);
report('real-voice tuning, ninth batch, part B (check: figures only)', realVoiceTuningNinthB);
report('real-voice tuning, tenth batch, part A (tuning)', realVoiceTuningTenthA);
report('real-voice tuning, tenth batch, part B (check: figures only)', realVoiceTuningTenthB);
report('real-voice tuning, eleventh batch, part A (tuning)', realVoiceTuningEleventhA);
report('real-voice tuning, eleventh batch, part B (check: figures only)', realVoiceTuningEleventhB);
report('real-voice tuning, twelfth batch, part A (tuning)', realVoiceTuningTwelfthA);
report('real-voice tuning, twelfth batch, part B (check: figures only)', realVoiceTuningTwelfthB);
if (process.argv.includes('--held-out')) report('real-voice held-out half (frozen: measure only)', realVoiceHeldOut);
if (process.argv.includes('--sealed')) report('real-voice sealed set (measure once per round)', realVoiceSealed);
if (process.argv.includes('--misses')) {
  console.log('\n# Tuning misses');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const sets: Record<string, readonly EvalCase[]> = {
    '1': realVoiceTuning,
    '2': realVoiceTuningExtra,
    '3': realVoiceTuningThird,
    '4': realVoiceTuningFourth,
    '5': realVoiceTuningFifthA,
    '6': realVoiceTuningSixthA,
    '7': realVoiceTuningSeventhA,
    '8': realVoiceTuningEighthA,
    '9': realVoiceTuningNinthA,
    '10': realVoiceTuningTenthA,
    '11': realVoiceTuningEleventhA,
    '12': realVoiceTuningTwelfthA,
  };
  printMisses(
    only
      ? (sets[only] ?? [])
      : [
          ...realVoiceTuning,
          ...realVoiceTuningExtra,
          ...realVoiceTuningThird,
          ...realVoiceTuningFourth,
          ...realVoiceTuningFifthA,
          ...realVoiceTuningSixthA,
          ...realVoiceTuningSeventhA,
          ...realVoiceTuningEighthA,
          ...realVoiceTuningNinthA,
          ...realVoiceTuningTenthA,
          ...realVoiceTuningEleventhA,
          ...realVoiceTuningTwelfthA,
        ],
  );
}
console.log(`\n${findingKinds.length} kinds; ${((performance.now() - started) / 1000).toFixed(1)} s`);
