import { changeWrittenAtOf } from './change-written';
import type { Entry } from './entry';
import { recheckDays, type Recheck, type RecheckDay } from './recheck';

const DAY_MS = 86_400_000;
/** The last check-in waits this long for an answer, then lapses quietly: the journal never nags for ever. */
const LAST_CHECK_OPEN_DAYS = 90;
const lastCheck = recheckDays[recheckDays.length - 1]!;

/** Oldest a change can be and still have a check-in open: older ones have nothing to ask. */
export const CHECK_IN_HORIZON_DAYS = lastCheck + LAST_CHECK_OPEN_DAYS;
/** Newest a change can be and already have a check-in due. */
export const FIRST_CHECK_IN_DAYS = recheckDays[0];

/** One check on a change: due from `dueAt`, open until `closesAt` (the next check, or the lapse). */
export interface CheckIn {
  check: RecheckDay;
  dueAt: string;
  closesAt: string;
}

export interface CheckInState {
  /** The check waiting for an answer now, if any (never more than one). */
  due: CheckIn | null;
  /** The next check still to come, if any. */
  next: CheckIn | null;
}

type CheckedEntry = Pick<Entry, 'reflection' | 'updatedAt' | 'changeWrittenAt' | 'deletedAt'>;
type AnswerFacts = Pick<Recheck, 'check' | 'answeredAt'>;

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/** The check-ins of a setback's current change, oldest first; none while it has no change. */
export function checkInsOf(entry: Pick<Entry, 'reflection' | 'updatedAt' | 'changeWrittenAt'>): CheckIn[] {
  const written = changeWrittenAtOf(entry);
  if (written === null) return [];
  return recheckDays.map((days, at) => ({
    check: days,
    dueAt: plusDays(written, days),
    // An unanswered check gives way to the next one: "still doing it?" is asked once at a time.
    closesAt: plusDays(written, recheckDays[at + 1] ?? days + LAST_CHECK_OPEN_DAYS),
  }));
}

/**
 * True when `checkIn` has been answered. An answer counts for the check it names if it was
 * given once that check fell due, so answers about a change since emptied and written
 * again (which starts its check-ins afresh) do not count for the new one.
 */
export function isAnswered(checkIn: CheckIn, answers: readonly AnswerFacts[]): boolean {
  const due = Date.parse(checkIn.dueAt);
  return answers.some((answer) => answer.check === checkIn.check && Date.parse(answer.answeredAt) >= due);
}

/** Which check-in a setback is waiting for at `now` (ms), and which comes next. Nothing for one in the Trash. */
export function checkInStateOf(entry: CheckedEntry, answers: readonly AnswerFacts[], now: number): CheckInState {
  if (entry.deletedAt !== null) return { due: null, next: null };
  const schedule = checkInsOf(entry);
  const due =
    schedule.find(
      (checkIn) =>
        Date.parse(checkIn.dueAt) <= now && now < Date.parse(checkIn.closesAt) && !isAnswered(checkIn, answers),
    ) ?? null;
  const next = schedule.find((checkIn) => Date.parse(checkIn.dueAt) > now) ?? null;
  return { due, next };
}
