import { changeWrittenAtOf } from '../../shared/change-written';
import {
  CHECK_IN_HORIZON_DAYS,
  checkInStateOf,
  FIRST_CHECK_IN_DAYS,
  type CheckIn,
} from '../../shared/check-in-schedule';
import type { Entry } from '../../shared/entry';
import type { Recheck } from '../../shared/recheck';
import { isUnreflected, onThisDayDates, reflectionQueueSince, waitsForReflection } from '../../shared/resurfacing';
import type { HindsightDatabase } from './database';
import type { RecheckRepository } from './recheck-repository';

const DAY_MS = 86_400_000;

/**
 * Most setbacks read to find what to resurface. A person saves far fewer setbacks in a few
 * months than this; the cap keeps a journal that was imported or generated all at once
 * (every setback saved on the same day) from being read whole on the main thread.
 */
const MAX_CANDIDATES = 500;

/** A check-in waiting for an answer, with the setback it asks about. */
export interface DueCheckIn {
  entry: Entry;
  checkIn: CheckIn;
}

/** Where each resurfacing question looks, through indexes only: never a scan of the whole journal. */
export function createResurfacingQueries(db: HindsightDatabase, rechecks: RecheckRepository) {
  /**
   * Setbacks saved at or after `since`, most recently saved first, from the updatedAt index.
   * Logging a setback or writing its change is a save, and later saves only move updatedAt
   * forward, so every setback logged (or changed) since then is among them.
   */
  const savedSince = (since: string) =>
    db.entries.where('updatedAt').aboveOrEqual(since).reverse().limit(MAX_CANDIDATES).toArray();

  return {
    /** Check-ins due at `now` (ms), the longest-waiting first. */
    async dueCheckIns(now: number): Promise<DueCheckIn[]> {
      const newestDue = now - FIRST_CHECK_IN_DAYS * DAY_MS;
      const candidates = (await savedSince(new Date(now - CHECK_IN_HORIZON_DAYS * DAY_MS).toISOString())).filter(
        (entry) => {
          const written = changeWrittenAtOf(entry);
          return entry.deletedAt === null && written !== null && Date.parse(written) <= newestDue;
        },
      );
      if (candidates.length === 0) return [];
      const answers = new Map<string, Recheck[]>();
      const stored = await rechecks.listForEntries(candidates.map((entry) => entry.id));
      for (const answer of stored) answers.set(answer.entryId, [...(answers.get(answer.entryId) ?? []), answer]);
      return candidates
        .flatMap((entry) => {
          const { due } = checkInStateOf(entry, answers.get(entry.id) ?? [], now);
          return due ? [{ entry, checkIn: due }] : [];
        })
        .sort((a, b) => a.checkIn.dueAt.localeCompare(b.checkIn.dueAt));
    },

    /** Setbacks logged 3 to 14 days before `now` (ms) and not yet reflected on, the oldest first. */
    async reflectionQueue(now: number): Promise<Entry[]> {
      const candidates = await savedSince(reflectionQueueSince(now));
      return candidates
        .filter((entry) => waitsForReflection(entry, now))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    /**
     * When each setback logged in the two weeks before `now` (ms) and not yet reflected on was
     * logged, oldest first: the desktop's reminder counts from these which wait, day by day.
     */
    async unreflectedSince(now: number): Promise<string[]> {
      const since = reflectionQueueSince(now);
      const candidates = await savedSince(since);
      return candidates
        .filter((entry) => entry.createdAt >= since && isUnreflected(entry))
        .map((entry) => entry.createdAt)
        .sort();
    },

    /**
     * Up to `limit` setbacks that happened on this month and day (`today`, YYYY-MM-DD) in an
     * earlier year, the most recent year first: one seek of the [occurredOn+createdAt] index
     * per past year, from the year of the oldest setback.
     */
    async onThisDay(today: string, limit: number): Promise<Entry[]> {
      return db.transaction('r', db.entries, async () => {
        const [oldestKey]: unknown[] = await db.entries.orderBy('[occurredOn+createdAt]').limit(1).keys();
        const oldest: unknown = Array.isArray(oldestKey) ? oldestKey[0] : undefined;
        if (typeof oldest !== 'string') return [];
        const dates = onThisDayDates(today, Number(oldest.slice(0, 4)));
        const found = await Promise.all(
          dates.map((date) =>
            db.entries
              .where('[occurredOn+createdAt]')
              .between([date, ''], [date, '\uffff'])
              .filter((entry) => entry.deletedAt === null)
              .limit(limit)
              .toArray(),
          ),
        );
        return found.flat().slice(0, limit);
      });
    },
  };
}

export type ResurfacingQueries = ReturnType<typeof createResurfacingQueries>;
