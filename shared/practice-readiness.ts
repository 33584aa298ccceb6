import type { CoachReview } from './coach/review-schema';
import { findingCounts, type Readiness } from './story-readiness';
import { calendarDaysBetween, timeAgo } from './time-ago';

/** How much a story has been rehearsed: its logged runs, and when the latest began. */
export interface PracticeSummary {
  runs: number;
  /** ISO moment of the latest run; null when there is none. */
  lastPractisedAt: string | null;
}

/** Two runs make a story told, not read: one can be luck. */
export const RUNS_TO_BE_READY = 2;
/** Past this many days without a run, a story is practised again before an interview. */
export const PRACTICE_FADES_AFTER_DAYS = 30;

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
const things = (count: number) => (count === 1 ? '1 thing' : `${count} things`);

/** "practised once, yesterday", "practised twice, most recently 3 weeks ago". */
function practised(runs: number, last: Date, now: Date): string {
  const ago = timeAgo(last, now);
  return runs === 1 ? `practised once, ${ago}` : `practised ${times(runs)}, most recently ${ago}`;
}

/**
 * The Stories list's verdict on a story, with its reason in plain words: the coach's
 * findings first (what to fix or polish), then rehearsal (never, too long ago, not yet
 * twice), else ready. `now` is passed in so the rule stays pure and testable.
 */
export function practiceReadinessOf(
  review: Pick<CoachReview, 'findings'>,
  practice: PracticeSummary,
  now: Date,
): Readiness {
  const { problems, warnings } = findingCounts(review);
  const last = practice.runs > 0 && practice.lastPractisedAt !== null ? new Date(practice.lastPractisedAt) : null;
  const history = last ? practised(practice.runs, last, now) : null;
  const toDo = problems > 0 ? `Fix ${things(problems)}` : warnings > 0 ? `Polish ${things(warnings)}` : null;
  if (toDo) return { ready: false, label: history ? `${toDo} · ${history}` : `${toDo}, then practise` };
  if (!last || !history) return { ready: false, label: 'Practise it: never rehearsed' };
  if (calendarDaysBetween(last, now) > PRACTICE_FADES_AFTER_DAYS)
    return { ready: false, label: `Practise again · ${history}` };
  if (practice.runs < RUNS_TO_BE_READY) return { ready: false, label: `Practise once more · ${history}` };
  return { ready: true, label: `Ready · ${history}` };
}
