import { describe, expect, it } from 'vitest';
import { formatDay } from './format';

const intl = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

describe('formatDay', () => {
  it("writes a stored day in the reader's format, the same on every call", () => {
    expect(formatDay('2026-03-14')).toBe(intl.format(new Date('2026-03-14T00:00:00Z')));
    expect(formatDay('2026-03-14')).toBe(formatDay('2026-03-14'));
  });

  it('gives back text that is not a day as it is', () => {
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('still formats correctly after more distinct days than it keeps', () => {
    const start = Date.UTC(2000, 0, 1);
    const days = Array.from({ length: 5200 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    for (const day of days) formatDay(day);
    for (const day of [days[0]!, days[5100]!, days[5199]!])
      expect(formatDay(day)).toBe(intl.format(new Date(`${day}T00:00:00Z`)));
  });
});
