import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, timeAgo } from './time-ago';

// Local times, so the calendar days are the same in every time zone the tests run in.
const now = new Date(2026, 5, 15, 9, 30);
const daysBefore = (days: number, hour = 12) => new Date(2026, 5, 15 - days, hour);

describe('time ago', () => {
  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(new Date(2026, 5, 14, 23, 50), now)).toBe(1);
    expect(calendarDaysBetween(new Date(2026, 5, 15, 0, 5), now)).toBe(0);
    expect(calendarDaysBetween(new Date(2026, 5, 16, 8), now)).toBe(0);
  });

  it('says it as a person would', () => {
    expect(timeAgo(daysBefore(0, 8), now)).toBe('today');
    expect(timeAgo(daysBefore(1, 23), now)).toBe('yesterday');
    expect(timeAgo(daysBefore(5), now)).toBe('5 days ago');
    expect(timeAgo(daysBefore(7), now)).toBe('a week ago');
    expect(timeAgo(daysBefore(21), now)).toBe('3 weeks ago');
    expect(timeAgo(daysBefore(45), now)).toBe('a month ago');
    expect(timeAgo(daysBefore(100), now)).toBe('3 months ago');
    expect(timeAgo(daysBefore(400), now)).toBe('a year ago');
    expect(timeAgo(daysBefore(800), now)).toBe('2 years ago');
    expect(timeAgo(new Date(2026, 5, 20), now)).toBe('today');
  });
});
