import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { MAX_TEXT_LENGTH } from './story-parts';

// Grouped by hand, once: the schemas call longText() for every text field while the app
// starts, and a number formatter per call made start-up measurably slower.
const MAX_TEXT_LENGTH_TEXT = String(MAX_TEXT_LENGTH).replace(/\B(?=(\d{3})+$)/g, ',');

/** A free-text field: any text up to the house limit, kept exactly as typed. */
export function longText(label: string) {
  return z.string().max(MAX_TEXT_LENGTH, `${label} is too long: keep it under ${MAX_TEXT_LENGTH_TEXT} characters.`);
}

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** What every stored record adds to what the person wrote: identity, timestamps, Trash. */
export const storedRecordShape = {
  id: RecordIdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Set = in the Trash. */
  deletedAt: IsoDateTimeSchema.nullable(),
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written as YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The local calendar date of `date` as YYYY-MM-DD. */
export function isoDateOf(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
