import { TOKEN_PREFIX } from '../../shared/lock/sealed-shape';
import { sessionSealing } from './lock-session';
import { withChangeWrittenAt } from '../../shared/change-written';
import { EntryFieldsSchema, EntrySchema, type Entry, type EntryFieldsInput } from '../../shared/entry';
import type { JournalFilter } from '../../shared/journal-filter';
import type { RevisionReason } from '../../shared/revision';
import type { HindsightDatabase } from './database';
import { readJournalPage, type JournalKey, type JournalPage } from './journal-scan';
import { checkInDraftId } from './check-in-draft-id';
import { createRevisionRepository } from './revision-repository';
import {
  type RepositoryOptions,
  assertNotTrashed,
  changeRecord,
  clockOf,
  listTrashed,
  validOrThrow,
} from './record-changes';
import { ValidationError } from './storage-errors';

export type { JournalFilter } from '../../shared/journal-filter';
export type { JournalKey, JournalPage } from './journal-scan';

/** The first `limit` entries of a filtered journal, for lists that do not page. */
export interface JournalListing {
  entries: Entry[];
  hasMore: boolean;
}

export type EntryPatch = Partial<Omit<EntryFieldsInput, 'reflection'>> & {
  reflection?: Partial<EntryFieldsInput['reflection']>;
};

/** "How it felt" is optional: an empty one (cleared, or never written) is left out of the record. */
function withoutEmptyFeelings(entry: Entry): Entry {
  if (entry.feelings) return entry;
  const kept = { ...entry };
  delete kept.feelings;
  return kept;
}

/** Reads and writes setbacks. Every write is validated with the shared schema first. */
export function createEntryRepository(db: HindsightDatabase, options: RepositoryOptions = {}) {
  const { now, newId } = clockOf(options);

  const revisions = createRevisionRepository(db, options);
  const historyOf = (reason: RevisionReason, basedOn?: string) => ({
    tables: [db.revisions],
    beforeChange: (current: Entry) => revisions.snapshot('entry', current, reason, basedOn),
  });
  const change = (id: string, apply: (entry: Entry) => Entry, reason: RevisionReason = 'editing', basedOn?: string) =>
    changeRecord(db.entries, EntrySchema, 'This setback', id, apply, now, historyOf(reason, basedOn));

  /**
   * With the lock on, the tag index holds tokens: the tag a token stands for is read from
   * one setback that carries it (one read per tag in use).
   */
  async function tagOfToken(token: string): Promise<string> {
    const cipher = sessionSealing.cipher();
    const entry = await db.entries.where('tags').equals(token).first();
    if (!cipher || !entry) return '';
    return entry.tags.find((tag) => cipher.token(tag) === token) ?? '';
  }

  return {
    /**
     * Logs a new setback. Throws ValidationError with per-field messages when input is invalid.
     * `fromDraft`: the stored draft it was written in, deleted in the same transaction, so a
     * crash or a closed window right after never offers the saved setback again as a draft.
     */
    async create(fields: EntryFieldsInput, { fromDraft }: { fromDraft?: string } = {}): Promise<Entry> {
      const parsed = validOrThrow(EntryFieldsSchema, fields);
      const stamp = now();
      const entry = withChangeWrittenAt(
        null,
        withoutEmptyFeelings(
          validOrThrow(EntrySchema, { ...parsed, id: newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null }),
        ),
        stamp,
      );
      await db.transaction('rw', db.entries, db.drafts, async () => {
        await db.entries.add(entry);
        if (fromDraft !== undefined) await db.drafts.delete(fromDraft);
      });
      return entry;
    },

    /**
     * Changes some fields of a setback that is not in the Trash. `basedOn` is the updatedAt
     * the editor last read or wrote: when the stored setback is newer, its text is kept as
     * a revision before the patch replaces it.
     */
    update(id: string, patch: EntryPatch, basedOn?: string): Promise<Entry> {
      return change(
        id,
        (entry) => {
          assertNotTrashed(entry, 'This setback');
          // Reflection parts merge one by one, so a patch of one part keeps the others.
          const merged = { ...entry, ...patch, reflection: { ...entry.reflection, ...patch.reflection } };
          const next = withoutEmptyFeelings({ ...entry, ...validOrThrow(EntryFieldsSchema, merged) });
          // Check-ins fall due from the day the change was first written.
          return withChangeWrittenAt(entry, next, now());
        },
        'editing',
        basedOn,
      );
    },

    /** Moves a setback to the Trash; nothing is deleted. */
    trash(id: string): Promise<Entry> {
      return change(id, (entry) => ({ ...entry, deletedAt: entry.deletedAt ?? now() }), 'before-trash');
    },

    /** Brings a setback back from the Trash. */
    restore(id: string): Promise<Entry> {
      return change(id, (entry) => ({ ...entry, deletedAt: null }));
    },

    /**
     * Deletes a setback for good, with its earlier versions, its check-ins and a half-written
     * check-in; only possible from the Trash. Stories made from it keep their own text (the
     * story is the person's to delete).
     */
    async purge(id: string): Promise<void> {
      await db.transaction('rw', [db.entries, db.revisions, db.rechecks, db.drafts], async () => {
        const entry = await db.entries.get(id);
        if (!entry) return;
        if (entry.deletedAt === null)
          throw new ValidationError({ form: 'Move a setback to the Trash before deleting it for good.' });
        await revisions.forget('entry', id);
        await db.rechecks.where('entryId').equals(id).delete();
        await db.drafts.delete(checkInDraftId(id));
        await db.entries.delete(id);
      });
    },

    get(id: string): Promise<Entry | undefined> {
      return db.entries.get(id);
    },

    /**
     * One page of the journal, newest first: up to `limit` entries that pass `filter` and sort
     * below `before` (the previous page's `last`; null for the first page). Reads from the
     * [occurredOn+createdAt] index in order and stops once the page is full.
     */
    readPage(filter: JournalFilter, before: JournalKey | null, limit: number): Promise<JournalPage> {
      return readJournalPage(db, filter, { before, limit });
    },

    /** Every entry passing `filter` from `before` (exclusive) down to `last` (inclusive): a page read again. */
    readRange(filter: JournalFilter, before: JournalKey | null, last: JournalKey): Promise<JournalPage> {
      return readJournalPage(db, filter, { before, last });
    },

    /** The first `limit` entries of the filtered journal, newest first. */
    async listJournal(filter: JournalFilter, limit: number): Promise<JournalListing> {
      const page = await readJournalPage(db, filter, { before: null, limit });
      return { entries: page.entries.slice(0, limit), hasMore: page.entries.length > limit || page.last !== null };
    },

    /** Setbacks in the Trash, most recently trashed first. */
    async listTrash(): Promise<Entry[]> {
      return listTrashed(db.entries);
    },

    countTrash(): Promise<number> {
      return db.entries.where('deletedAt').above('').count();
    },

    /**
     * Every tag in use, alphabetically. Skips from one tag to the next in the *tags index
     * (one key read per tag) instead of walking an index entry per tagged setback.
     */
    async listTags(): Promise<string[]> {
      return db.transaction('r', db.entries, async () => {
        const tags: string[] = [];
        let next = await db.entries.orderBy('tags').firstKey();
        while (typeof next === 'string') {
          tags.push(next.startsWith(TOKEN_PREFIX) ? await tagOfToken(next) : next);
          next = await db.entries.where('tags').above(next).firstKey();
        }
        // Tokens sort in no useful order: the tags they stand for are sorted here instead.
        return sessionSealing.sealed() ? tags.filter(Boolean).sort((a, b) => a.localeCompare(b)) : tags;
      });
    },
  };
}

export type EntryRepository = ReturnType<typeof createEntryRepository>;
