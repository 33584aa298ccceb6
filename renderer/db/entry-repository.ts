import { EntryFieldsSchema, EntrySchema, type Entry, type EntryFieldsInput, type EntryType } from '../../shared/entry';
import { reflectionStateOf } from '../../shared/reflection-state';
import type { RevisionReason } from '../../shared/revision';
import type { HindsightDatabase } from './database';
import { createRevisionStore } from './revision-store';
import { assertNotTrashed, changeRecord, listTrashed, validOrThrow } from './record-changes';
import { ValidationError } from './storage-errors';

export interface JournalFilter {
  type?: EntryType | undefined;
  tag?: string | undefined;
  waitingOnly?: boolean | undefined;
}

export interface JournalPage {
  entries: Entry[];
  hasMore: boolean;
}

export type EntryPatch = Partial<Omit<EntryFieldsInput, 'reflection'>> & {
  reflection?: Partial<EntryFieldsInput['reflection']>;
};

export interface RepositoryOptions {
  now?: () => Date;
  newId?: () => string;
}

function matches(entry: Entry, filter: JournalFilter): boolean {
  if (entry.deletedAt !== null) return false;
  if (filter.type && entry.type !== filter.type) return false;
  if (filter.tag && !entry.tags.includes(filter.tag)) return false;
  if (filter.waitingOnly && reflectionStateOf(entry) !== 'waiting') return false;
  return true;
}

const newestFirst = (a: Entry, b: Entry) =>
  b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt);

/** Reads and writes setbacks. Every write is validated with the shared schema first. */
export function createEntryRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());

  const revisions = createRevisionStore(db, { now });
  const historyOf = (reason: RevisionReason) => ({
    tables: [db.revisions],
    beforeChange: (current: Entry) => revisions.snapshot('entry', current, reason),
  });
  const change = (id: string, apply: (entry: Entry) => Entry, reason: RevisionReason = 'editing') =>
    changeRecord(db.entries, EntrySchema, 'This setback', id, apply, now, historyOf(reason));

  return {
    /** Logs a new setback. Throws ValidationError with per-field messages when input is invalid. */
    async create(fields: EntryFieldsInput): Promise<Entry> {
      const parsed = validOrThrow(EntryFieldsSchema, fields);
      const stamp = now();
      const entry = validOrThrow(EntrySchema, {
        ...parsed,
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      });
      await db.entries.add(entry);
      return entry;
    },

    /** Changes some fields of a setback that is not in the Trash. */
    update(id: string, patch: EntryPatch): Promise<Entry> {
      return change(id, (entry) => {
        assertNotTrashed(entry, 'This setback');
        // Reflection parts merge one by one, so a patch of one part keeps the others.
        const merged = { ...entry, ...patch, reflection: { ...entry.reflection, ...patch.reflection } };
        return { ...entry, ...validOrThrow(EntryFieldsSchema, merged) };
      });
    },

    /** Moves a setback to the Trash; nothing is deleted. */
    trash(id: string): Promise<Entry> {
      return change(id, (entry) => ({ ...entry, deletedAt: entry.deletedAt ?? now() }), 'before-trash');
    },

    /** Brings a setback back from the Trash. */
    restore(id: string): Promise<Entry> {
      return change(id, (entry) => ({ ...entry, deletedAt: null }));
    },

    /** Deletes a setback for good; only possible from the Trash. */
    async purge(id: string): Promise<void> {
      await db.transaction('rw', db.entries, db.revisions, async () => {
        const entry = await db.entries.get(id);
        if (!entry) return;
        if (entry.deletedAt === null)
          throw new ValidationError({ form: 'Move a setback to the Trash before deleting it for good.' });
        await revisions.snapshot('entry', entry, 'before-delete');
        await db.entries.delete(id);
      });
    },

    get(id: string): Promise<Entry | undefined> {
      return db.entries.get(id);
    },

    /** The journal, newest first, filtered, one page of `limit` entries. */
    async listJournal(filter: JournalFilter, limit: number): Promise<JournalPage> {
      const found = filter.tag
        ? (
            await db.entries
              .where('tags')
              .equals(filter.tag)
              .filter((entry) => matches(entry, filter))
              .toArray()
          )
            .sort(newestFirst)
            .slice(0, limit + 1)
        : await db.entries
            .orderBy('[occurredOn+createdAt]')
            .reverse()
            .filter((entry) => matches(entry, filter))
            .limit(limit + 1)
            .toArray();
      return { entries: found.slice(0, limit), hasMore: found.length > limit };
    },

    /** Setbacks in the Trash, most recently trashed first. */
    async listTrash(): Promise<Entry[]> {
      return listTrashed(db.entries);
    },

    countTrash(): Promise<number> {
      return db.entries.where('deletedAt').above('').count();
    },

    /** Every tag in use, alphabetically. */
    async listTags(): Promise<string[]> {
      const keys = await db.entries.orderBy('tags').uniqueKeys();
      return keys.map(String);
    },
  };
}

export type EntryRepository = ReturnType<typeof createEntryRepository>;
