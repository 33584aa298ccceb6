import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from './coach/review-schema';
import { practiceReadinessOf, type PracticeSummary } from './practice-readiness';

const now = new Date(2026, 5, 15, 9, 30);
const daysAgo = (days: number) => new Date(2026, 5, 15 - days, 12).toISOString();

const finding = (severity: Severity): Finding => ({
  kind: 'vague-failure',
  part: 'whatHappened',
  severity,
  start: 0,
  end: 1,
  message: 'm',
  suggestion: 's',
});
const review = (...severities: Severity[]) => ({ findings: severities.map(finding) });
const never: PracticeSummary = { runs: 0, lastPractisedAt: null };
const ran = (runs: number, days: number): PracticeSummary => ({ runs, lastPractisedAt: daysAgo(days) });

describe('readiness on the Stories list', () => {
  it('puts the coach’s problems first, then its warnings; tips do not hold a story back', () => {
    expect(practiceReadinessOf(review('problem', 'problem', 'warning'), never, now)).toEqual({
      ready: false,
      label: 'Fix 2 things, then practise',
    });
    expect(practiceReadinessOf(review('warning', 'warning', 'tip'), never, now).label).toBe(
      'Polish 2 things, then practise',
    );
    expect(practiceReadinessOf(review('warning'), ran(3, 2), now).label).toBe(
      'Polish 1 thing · practised 3 times, most recently 2 days ago',
    );
    expect(practiceReadinessOf(review('problem'), ran(1, 0), now).label).toBe('Fix 1 thing · practised once, today');
    expect(practiceReadinessOf(review('tip'), never, now).label).toBe('Practise it: never rehearsed');
  });

  it('wants a sound story rehearsed twice, and recently', () => {
    expect(practiceReadinessOf(review(), never, now)).toEqual({ ready: false, label: 'Practise it: never rehearsed' });
    expect(practiceReadinessOf(review(), ran(1, 1), now)).toEqual({
      ready: false,
      label: 'Practise once more · practised once, yesterday',
    });
    expect(practiceReadinessOf(review(), ran(2, 21), now)).toEqual({
      ready: true,
      label: 'Ready · practised twice, most recently 3 weeks ago',
    });
    expect(practiceReadinessOf(review(), ran(2, 30), now).ready).toBe(true);
    expect(practiceReadinessOf(review(), ran(4, 31), now)).toEqual({
      ready: false,
      label: 'Practise again · practised 4 times, most recently a month ago',
    });
  });

  it('counts a run stamped in the future (a clock set back) as today', () => {
    expect(practiceReadinessOf(review(), ran(2, -3), now).label).toBe('Ready · practised twice, most recently today');
  });
});
