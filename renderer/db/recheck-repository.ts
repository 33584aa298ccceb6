import { checkInsOf } from '../../shared/check-in-schedule';
import {
  RecheckAnswerSchema,
  RecheckSchema,
  type Recheck,
  type RecheckAnswerInput,
  type RecheckDay,
} from '../../shared/recheck';
import { checkInDraftId } from './check-in-draft-id';
import type { HindsightDatabase } from './database';
import { type RepositoryOptions, assertNotTrashed, clockOf, validOrThrow } from './record-changes';
import { MissingRecordError, ValidationError } from './storage-errors';

const byAnswerTime = (a: Recheck, b: Recheck) => a.answeredAt.localeCompare(b.answeredAt);

/** Check-ins on the changes written on setbacks: answered once, kept with their dates. */
export function createRecheckRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);
  return {
    /**
     * Keeps the answer to check `check` on a setback's change, and forgets the check-in's
     * stored draft in the same transaction. Refused for a setback in the Trash, and for a
     * check that has not fallen due. A missing or invalid answer throws ValidationError per field.
     */
    async answer(entryId: string, check: RecheckDay, answer: Partial<RecheckAnswerInput>): Promise<Recheck> {
      const fields = validOrThrow(RecheckAnswerSchema, answer);
      return db.transaction('rw', [db.entries, db.rechecks, db.drafts], async () => {
        const entry = await db.entries.get(entryId);
        if (!entry) throw new MissingRecordError('This setback');
        assertNotTrashed(entry, 'This setback');
        const stamp = now();
        const checkIn = checkInsOf(entry).find((scheduled) => scheduled.check === check);
        if (!checkIn || Date.parse(checkIn.dueAt) > Date.parse(stamp))
          throw new ValidationError({ form: 'This check-in is not due yet.' });
        const recheck = validOrThrow(RecheckSchema, {
          ...fields,
          id: newId(),
          entryId,
          check,
          dueAt: checkIn.dueAt,
          answeredAt: stamp,
          createdAt: stamp,
          updatedAt: stamp,
        });
        await db.rechecks.add(recheck);
        await db.drafts.delete(checkInDraftId(entryId));
        return recheck;
      });
    },

    /** A setback's check-ins, oldest first. */
    async listFor(entryId: string): Promise<Recheck[]> {
      return (await db.rechecks.where('entryId').equals(entryId).toArray()).sort(byAnswerTime);
    },

    /** The check-ins of several setbacks, oldest first. */
    async listForEntries(entryIds: readonly string[]): Promise<Recheck[]> {
      return (
        await db.rechecks
          .where('entryId')
          .anyOf([...entryIds])
          .toArray()
      ).sort(byAnswerTime);
    },
  };
}

export type RecheckRepository = ReturnType<typeof createRecheckRepository>;
