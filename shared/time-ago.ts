const DAY_MS = 86_400_000;

/** Whole calendar days from `then` to `now`, in the local time zone (never negative). */
export function calendarDaysBetween(then: Date, now: Date): number {
  const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.max(0, Math.round((day(now) - day(then)) / DAY_MS));
}

const counted = (count: number, one: string, unit: string) => (count === 1 ? `${one} ago` : `${count} ${unit}s ago`);

/**
 * How long ago `then` was, in calendar days as a person says it: "today", "yesterday",
 * "5 days ago", "3 weeks ago", "2 months ago", "a year ago". A moment after `now` (a clock
 * set back) is "today".
 */
export function timeAgo(then: Date, now: Date): string {
  const days = calendarDaysBetween(then, now);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  if (days < 30) return counted(Math.floor(days / 7), 'a week', 'week');
  if (days < 365) return counted(Math.floor(days / 30), 'a month', 'month');
  return counted(Math.floor(days / 365), 'a year', 'year');
}
