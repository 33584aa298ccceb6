import type { Entry } from './entry';
import { reflectionStateOf } from './reflection-state';

const DAY_MS = 86_400_000;

/** A setback waits for its reflection in the queue from this many days after it was logged… */
export const REFLECTION_QUEUE_FROM_DAYS = 3;
/** …until this many: older unreflected setbacks stay in the journal's "Waiting for reflection" filter. */
export const REFLECTION_QUEUE_TO_DAYS = 14;

/** How many past years "On this day" looks back at most. */
export const ON_THIS_DAY_MAX_YEARS = 80;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The dates "On this day" looks at for `today` (YYYY-MM-DD): the same month and day in each
 * earlier year down to `earliestYear`, newest first. On 28 February of a common year, 29
 * February of leap years is included, so a leap-day setback still comes round.
 */
export function onThisDayDates(today: string, earliestYear: number): string[] {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const dates: string[] = [];
  const stop = Math.max(earliestYear, year - ON_THIS_DAY_MAX_YEARS);
  for (let past = year - 1; past >= stop; past--) {
    if (month === 2 && day === 29) {
      if (isLeapYear(past)) dates.push(`${past}-02-29`);
      continue;
    }
    dates.push(`${past}-${pad(month)}-${pad(day)}`);
    if (month === 2 && day === 28 && !isLeapYear(year) && isLeapYear(past)) dates.push(`${past}-02-29`);
  }
  return dates;
}

/** Whole years between `date` and `today` (both YYYY-MM-DD, the same day of the year or 28/29 February). */
export function yearsBetween(date: string, today: string): number {
  return Number(today.slice(0, 4)) - Number(date.slice(0, 4));
}

/** Start of the window of setbacks the reflection queue offers, as an ISO time (`now` in ms). */
export const reflectionQueueSince = (now: number) => new Date(now - REFLECTION_QUEUE_TO_DAYS * DAY_MS).toISOString();

/**
 * True when a setback belongs in the reflection queue at `now` (ms): logged 3 to 14 days ago,
 * not in the Trash, and its reflection not yet complete.
 */
export function waitsForReflection(entry: Pick<Entry, 'createdAt' | 'deletedAt' | 'reflection'>, now: number): boolean {
  return isUnreflected(entry) && inReflectionQueueAt(entry.createdAt, now);
}

/** Not in the Trash, and its reflection not yet complete: it will wait, or waits, or waited. */
export const isUnreflected = (entry: Pick<Entry, 'deletedAt' | 'reflection'>) =>
  entry.deletedAt === null && reflectionStateOf(entry) !== 'reflected';

/** A setback logged at `createdAt` (ISO) is of an age to wait for reflection at `now` (ms): 3 to 14 days. */
function inReflectionQueueAt(createdAt: string, now: number): boolean {
  const age = now - Date.parse(createdAt);
  return age >= REFLECTION_QUEUE_FROM_DAYS * DAY_MS && age <= REFLECTION_QUEUE_TO_DAYS * DAY_MS;
}

/**
 * How many of the unreflected setbacks logged at `loggedAt` (ISO times) wait for reflection at
 * `now` (ms): what the desktop's reminder counts as the days pass, with no window open.
 */
export const waitingAt = (loggedAt: readonly string[], now: number): number =>
  loggedAt.filter((createdAt) => inReflectionQueueAt(createdAt, now)).length;

/** Whole days since `iso` at `now` (ms). */
export const daysSince = (iso: string, now: number) => Math.floor((now - Date.parse(iso)) / DAY_MS);
