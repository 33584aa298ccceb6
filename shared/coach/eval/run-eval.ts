/**
 * Runs evaluation cases through the coach and scores them. Shared by the vitest suite
 * and anyone tuning rules.
 */
import { reviewStory } from '../review-story';
import { findingKinds, type FindingKind } from '../review-schema';
import { isPartCase, type EvalCase } from './eval-case';

/** What the coach raised for one case, and how that compares with the labels. */
export interface CaseResult {
  id: string;
  flagged: FindingKind[];
  missed: FindingKind[];
  falsePositives: FindingKind[];
}

/** The kinds the coach raises for a case (filtered to the part for part cases). */
export function flaggedKinds(c: EvalCase): FindingKind[] {
  if (isPartCase(c)) {
    const review = reviewStory({ [c.part]: c.text });
    return [...new Set(review.findings.filter((f) => f.part === c.part).map((f) => f.kind))];
  }
  return [...new Set(reviewStory(c.story).findings.map((f) => f.kind))];
}

/** Runs one case and compares against its labels. */
export function runCase(c: EvalCase): CaseResult {
  const flagged = flaggedKinds(c);
  return {
    id: c.id,
    flagged,
    missed: c.mustFlag.filter((k) => !flagged.includes(k)),
    falsePositives: c.mustNotFlag.filter((k) => flagged.includes(k)),
  };
}

/** Per-kind confusion counts over a set of cases. */
export interface KindMetrics {
  kind: FindingKind;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
}

/**
 * Precision and recall per kind. A flag on a must-not kind is a false positive, a
 * missed must-flag kind a false negative. With no positives, precision counts as 1.
 */
export function metricsByKind(cases: readonly EvalCase[]): KindMetrics[] {
  const results = cases.map((c) => ({ c, flagged: flaggedKinds(c) }));
  return findingKinds.map((kind) => {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let tn = 0;
    for (const { c, flagged } of results) {
      const hit = flagged.includes(kind);
      if (c.mustFlag.includes(kind)) {
        if (hit) tp += 1;
        else fn += 1;
      } else if (c.mustNotFlag.includes(kind)) {
        if (hit) fp += 1;
        else tn += 1;
      }
    }
    return {
      kind,
      truePositives: tp,
      falseNegatives: fn,
      falsePositives: fp,
      trueNegatives: tn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
}

/** A plain-text table of per-kind metrics, for stderr and reports. */
export function formatMetrics(rows: readonly KindMetrics[]): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = rows.map(
    (r) =>
      `${r.kind.padEnd(20)} ${String(r.truePositives).padStart(4)} ${String(r.falseNegatives).padStart(4)} ${String(r.falsePositives).padStart(4)} ${String(r.trueNegatives).padStart(4)} ${pct(r.precision)} ${pct(r.recall)}`,
  );
  return [`${'kind'.padEnd(20)}   TP   FN   FP   TN  precision  recall`, ...lines].join('\n');
}
