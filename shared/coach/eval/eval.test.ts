import { describe, expect, it } from 'vitest';
import { findingKinds } from '../review-schema';
import { holdoutCases } from './holdout-cases';
import { evalCases } from './index';
import { formatMetrics, metricsByKind, runCase } from './run-eval';

const allCases = [...evalCases, ...holdoutCases];

describe('coach evaluation set', () => {
  it('is big, varied and labels every kind both ways', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(allCases.map((c) => c.id)).size).toBe(allCases.length);
    expect(new Set(allCases.map((c) => c.profession)).size).toBeGreaterThanOrEqual(25);
    for (const kind of findingKinds) {
      expect(allCases.filter((c) => c.mustFlag.includes(kind)).length, `${kind} in mustFlag`).toBeGreaterThanOrEqual(3);
      expect(
        allCases.filter((c) => c.mustNotFlag.includes(kind)).length,
        `${kind} in mustNotFlag`,
      ).toBeGreaterThanOrEqual(3);
    }
    for (const c of allCases) {
      expect(
        c.mustFlag.filter((k) => c.mustNotFlag.includes(k)),
        `${c.id} contradicts itself`,
      ).toEqual([]);
    }
  });

  it.each(allCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = runCase(c);
    expect({ missed: result.missed, falsePositives: result.falsePositives }).toEqual({
      missed: [],
      falsePositives: [],
    });
  });

  it('reports precision and recall per kind', () => {
    const tuned = metricsByKind(evalCases);
    const held = metricsByKind(holdoutCases);
    const all = metricsByKind(allCases);
    process.stderr.write(`\nCoach precision/recall, tuning set (${evalCases.length} cases)\n${formatMetrics(tuned)}\n`);
    process.stderr.write(
      `\nCoach precision/recall, held-out set (${holdoutCases.length} cases)\n${formatMetrics(held)}\n`,
    );
    process.stderr.write(`\nCoach precision/recall, all ${allCases.length} cases\n${formatMetrics(all)}\n`);
    for (const row of all) {
      expect(row.truePositives + row.falseNegatives, `${row.kind} has positives`).toBeGreaterThan(0);
      expect(row.precision, row.kind).toBeGreaterThanOrEqual(0.8);
      expect(row.recall, row.kind).toBeGreaterThanOrEqual(0.8);
    }
  });
});
