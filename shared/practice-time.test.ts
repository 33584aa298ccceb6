import { describe, expect, it } from 'vitest';
import { bandPlaceOf, bandVerdictOf, formatClock, parseClock } from './practice-time';

describe('practice time', () => {
  it('shows seconds as m:ss', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5)).toBe('0:05');
    expect(formatClock(102)).toBe('1:42');
    expect(formatClock(102.9)).toBe('1:42');
    expect(formatClock(3725)).toBe('62:05');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('reads m:ss, or whole minutes, back; anything else is refused', () => {
    expect(parseClock('1:42')).toBe(102);
    expect(parseClock(' 0:05 ')).toBe(5);
    expect(parseClock('2')).toBe(120);
    expect(parseClock('12:00')).toBe(720);
    for (const bad of ['', '1:7', '1:60', '1.5', 'two minutes', '-1:00', '1:42:00'])
      expect(parseClock(bad), bad).toBeNull();
    for (const seconds of [1, 59, 60, 89, 90, 150, 151, 3599]) expect(parseClock(formatClock(seconds))).toBe(seconds);
  });

  it('places a run against the 1:30–2:30 band, edges inside', () => {
    expect(bandPlaceOf(89)).toBe('short');
    expect(bandPlaceOf(90)).toBe('inside');
    expect(bandPlaceOf(150)).toBe('inside');
    expect(bandPlaceOf(151)).toBe('long');
    expect(bandVerdictOf(102)).toBe('1:42 — inside the two-minute band');
    expect(bandVerdictOf(65)).toBe('1:05 — too short: the band starts at 1:30');
    expect(bandVerdictOf(170)).toBe('2:50 — too long: the band ends at 2:30');
  });
});
