import type { Table } from 'dexie';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/field-errors';
import { MissingRecordError, ValidationError } from './storage-errors';

export interface RepositoryOptions {
  /** The clock (tests pass a fake one). */
  now?: () => Date;
  newId?: () => string;
}

/** A repository's clock as ISO text, and its id maker. */
export function clockOf(options: RepositoryOptions): { now: () => string; newId: () => string } {
  const clock = options.now ?? (() => new Date());
  return { now: () => clock().toISOString(), newId: options.newId ?? (() => crypto.randomUUID()) };
}

interface Stamped {
  id: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** Parses `candidate` with `schema`, or throws a ValidationError with per-field messages. */
export function validOrThrow<T>(schema: z.ZodType<T>, candidate: unknown): T {
  const result = schema.safeParse(candidate);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

/** Keeps the state a change replaces (a revision), in the same transaction as the change. */
export interface ChangeHistory<T> {
  tables: Table[];
  beforeChange: (current: T) => Promise<void>;
}

/**
 * Reads a record, applies `apply`, stamps `updatedAt`, validates the whole record with
 * `schema` and writes it back, all in one transaction. The stored record is untouched
 * when anything throws.
 */
export function changeRecord<T extends Stamped>(
  table: Table<T, string>,
  schema: z.ZodType<T>,
  what: string,
  id: string,
  apply: (record: T) => T,
  now: () => string,
  history?: ChangeHistory<T>,
): Promise<T> {
  const tables = history ? [table, ...history.tables] : [table];
  return table.db.transaction('rw', tables, async () => {
    const current = await table.get(id);
    if (!current) throw new MissingRecordError(what);
    const next = validOrThrow(schema, { ...apply(current), updatedAt: now() });
    // After validation, so a refused change leaves no revision behind either.
    if (history) await history.beforeChange(current);
    await table.put(next);
    return next;
  });
}

/** Refuses to edit a record in the Trash. */
export function assertNotTrashed(record: Stamped, what: string): void {
  if (record.deletedAt !== null) throw new ValidationError({ form: `${what} is in the Trash: restore it to edit it.` });
}

/** Trashed records of a table, most recently trashed first. */
export async function listTrashed<T extends Stamped>(table: Table<T, string>): Promise<T[]> {
  const trashed = await table.where('deletedAt').above('').toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}
