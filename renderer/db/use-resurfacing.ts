// What the journal brings back to the surface: check-ins due, "On this day" and the
// reflection queue. Its queries are made here rather than in repositories.ts so that they
// load with the part of the journal that shows them, after its first screen.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/entry';
import { appDatabase } from './app-database';
import { recheckRepository } from './recheck-access';
import { createResurfacingQueries, type DueCheckIn } from './resurfacing-queries';

const queries = createResurfacingQueries(appDatabase, recheckRepository);

/** Most setbacks "On this day" shows. */
export const ON_THIS_DAY_LIMIT = 3;

/** Check-ins due at `now` (ms), kept live; undefined while reading. */
export function useDueCheckIns(now: number): DueCheckIn[] | undefined {
  return useLiveQuery(() => queries.dueCheckIns(now), [now]);
}

/** Setbacks waiting for their reflection at `now` (ms), kept live; undefined while reading. */
export function useReflectionQueue(now: number): Entry[] | undefined {
  return useLiveQuery(() => queries.reflectionQueue(now), [now]);
}

/** Setbacks from this day in earlier years (`today` as YYYY-MM-DD), kept live; undefined while reading. */
export function useOnThisDay(today: string): Entry[] | undefined {
  return useLiveQuery(() => queries.onThisDay(today, ON_THIS_DAY_LIMIT), [today]);
}

/** When each unreflected setback of the two weeks before `now` (ms) was logged, kept live; undefined while reading. */
export function useUnreflected(now: number): string[] | undefined {
  return useLiveQuery(() => queries.unreflectedSince(now), [now]);
}
