import { describe, expect, it } from 'vitest';
import { duration, percent, setbacks } from './insights-format';

describe('insights wording', () => {
  it('says durations as a person would', () => {
    const hour = 3_600_000;
    expect(duration(10 * 60_000)).toBe('under an hour');
    expect(duration(hour)).toBe('1 hour');
    expect(duration(30 * hour)).toBe('30 hours');
    expect(duration(3 * 24 * hour)).toBe('3 days');
    expect(duration(42 * 24 * hour)).toBe('6 weeks');
    expect(duration(365 * 24 * hour)).toBe('12 months');
  });

  it('counts setbacks and shares', () => {
    expect(setbacks(1)).toBe('1 setback');
    expect(setbacks(2)).toBe('2 setbacks');
    expect(percent(1, 3)).toBe('33%');
    expect(percent(0, 0)).toBe('0%');
  });
});
