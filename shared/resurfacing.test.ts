import { describe, expect, it } from 'vitest';
import { emptyReflection } from './entry';
import { ON_THIS_DAY_MAX_YEARS, onThisDayDates, waitingAt, waitsForReflection, yearsBetween } from './resurfacing';

const DAY = 86_400_000;

describe('On this day', () => {
  it('looks at the same day in every earlier year down to the oldest setback, newest first', () => {
    expect(onThisDayDates('2026-12-06', 2023)).toEqual(['2025-12-06', '2024-12-06', '2023-12-06']);
    expect(onThisDayDates('2026-12-06', 2026)).toEqual([]);
    expect(onThisDayDates('2026-12-06', 1950)).toHaveLength(ON_THIS_DAY_MAX_YEARS - 4);
  });

  it('brings a leap-day setback round on 28 February of a common year, and only leap years on 29 February', () => {
    expect(onThisDayDates('2026-02-28', 2023)).toEqual(['2025-02-28', '2024-02-28', '2024-02-29', '2023-02-28']);
    expect(onThisDayDates('2028-02-29', 2019)).toEqual(['2024-02-29', '2020-02-29']);
    expect(onThisDayDates('2028-02-28', 2023)).not.toContain('2024-02-29');
  });

  it('counts whole years', () => {
    expect(yearsBetween('2024-02-29', '2026-02-28')).toBe(2);
  });
});

describe('the reflection queue', () => {
  const now = Date.parse('2026-12-06T12:00:00.000Z');
  const logged = (daysAgo: number, whyItHappened = '') => ({
    createdAt: new Date(now - daysAgo * DAY).toISOString(),
    deletedAt: null,
    reflection: { ...emptyReflection, whyItHappened },
  });

  it('offers setbacks logged 3 to 14 days ago whose reflection is not complete', () => {
    expect([2, 3, 5, 14, 15].map((days) => waitsForReflection(logged(days), now))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(waitsForReflection(logged(5, 'I skipped the review.'), now)).toBe(true);
  });

  it('leaves out reflected setbacks and those in the Trash', () => {
    const reflected = {
      ...logged(5),
      reflection: { ...emptyReflection, whyItHappened: 'a', whatIDid: 'b', whatILearned: 'c' },
    };
    expect(waitsForReflection(reflected, now)).toBe(false);
    expect(waitsForReflection({ ...logged(5), deletedAt: '2026-12-05T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('waiting for reflection, counted from when setbacks were logged', () => {
  it('counts those 3 to 14 days old at the time asked', () => {
    const now = Date.parse('2026-12-06T12:00:00.000Z');
    const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
    const logged = [ago(1), ago(3), ago(5), ago(14), ago(15)];
    expect(waitingAt(logged, now)).toBe(3);
    expect(waitingAt(logged, now + 2 * 86_400_000)).toBe(3);
    expect(waitingAt([], now)).toBe(0);
  });
});
