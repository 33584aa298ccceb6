// How Insights writes months, counts and durations.
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthYearFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

const dateOfMonth = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** "Mar" for `2026-03`. */
export const shortMonth = (month: string) => monthFormat.format(dateOfMonth(month));

/** "March 2026" for `2026-03`. */
export const longMonth = (month: string) => monthYearFormat.format(dateOfMonth(month));

/** "1 setback", "3 setbacks". */
export const setbacks = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'setback' : 'setbacks'}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A duration as a person says it: "under an hour", "5 hours", "3 days", "6 weeks", "4 months". */
export function duration(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < HOUR) return 'under an hour';
  if (ms < 2 * DAY) return plural(Math.round(ms / HOUR), 'hour');
  if (ms < 21 * DAY) return plural(Math.round(ms / DAY), 'day');
  if (ms < 90 * DAY) return plural(Math.round(ms / (7 * DAY)), 'week');
  return plural(Math.round(ms / (30.44 * DAY)), 'month');
}

/** "63%" of a share, rounded. */
export const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
