import { z } from 'zod';
import { fieldErrorsOf } from '../../shared/field-errors';
import { PracticeRatingSchema, PracticeRunFieldsSchema, type PracticeRunFields } from '../../shared/practice';
import { formatClock, parseClock } from '../../shared/practice-time';
import { IsoDateTimeSchema } from '../../shared/text-fields';

/**
 * A stopped run not yet saved: the self-rating form as typed. Kept as a draft, so the notes
 * survive a reload or a crash; read back through this schema (a damaged draft is dropped).
 */
export const PendingRunSchema = z.object({
  startedAt: IsoDateTimeSchema,
  durationText: z.string().max(20),
  rating: PracticeRatingSchema.nullable(),
  notes: z.string(),
});
export type PendingRun = z.infer<typeof PendingRunSchema>;

/** The form for a run just stopped; what was already typed for an earlier unsaved run is kept. */
export function pendingRunOf(startedAt: Date, seconds: number, earlier: PendingRun | null): PendingRun {
  return {
    startedAt: startedAt.toISOString(),
    durationText: formatClock(seconds),
    rating: earlier?.rating ?? null,
    notes: earlier?.notes ?? '',
  };
}

export type CheckedRun = { ok: true; fields: PracticeRunFields } | { ok: false; errors: Record<string, string> };

/** The form's fields as a run, or a message for each one to fix. */
export function checkPendingRun(run: PendingRun): CheckedRun {
  const seconds = parseClock(run.durationText);
  const parsed = PracticeRunFieldsSchema.safeParse({
    durationSeconds: seconds ?? Number.NaN,
    rating: run.rating ?? undefined,
    notes: run.notes,
  });
  const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (seconds === null) errors['durationSeconds'] = 'Write how long it took as minutes and seconds, like 1:45.';
  return parsed.success && seconds !== null ? { ok: true, fields: parsed.data } : { ok: false, errors };
}
