// Reads the journal's records for indexing, from inside the search worker. It opens the
// journal database as it is (no schema of its own) and never writes to it.
import { Dexie } from 'dexie';
import { journalLayout } from '../db/lock-session';
import { sealingMiddleware, type SealingState } from '../db/sealing';
import type { Entry } from '../../shared/entry';
import { searchKey, entryToSearchDoc, storyToSearchDoc, type SearchDoc } from '../../shared/search/search-documents';
import type { Story } from '../../shared/story';

export type JournalTable = 'entries' | 'stories';
export const journalTables: readonly JournalTable[] = ['entries', 'stories'];

/** A record as the index sees it: its document, or null when it is gone or in the Trash. */
export interface IndexedRecord {
  id: string;
  key: string;
  /** Null for a record in the Trash, unreadable, or gone. */
  doc: SearchDoc | null;
  /** Empty for a record that is gone (deleted for good). */
  updatedAt: string;
}

function toRecord(table: JournalTable, id: string, value: unknown): IndexedRecord {
  const kind = table === 'entries' ? 'entry' : 'story';
  const key = searchKey(kind, id);
  if (value === undefined || value === null || typeof value !== 'object') return { id, key, doc: null, updatedAt: '' };
  const record = value as { deletedAt?: unknown; updatedAt?: unknown };
  const updatedAt = typeof record.updatedAt === 'string' ? record.updatedAt : '';
  if (record.deletedAt) return { id, key, doc: null, updatedAt };
  try {
    // Records were validated by the schema when written; one that is not readable is left out.
    const doc = table === 'entries' ? entryToSearchDoc(value as Entry) : storyToSearchDoc(value as Story);
    return { id, key, doc, updatedAt };
  } catch {
    return { id, key, doc: null, updatedAt };
  }
}

const idOf = (value: unknown) => String((value as { id: unknown }).id);

/** The journal, read as it is; with the lock on, through the same sealing as the page (`sealing`). */
export async function openJournalReader(name: string, sealing: SealingState | null = null) {
  const db = new Dexie(name);
  if (sealing) db.use(sealingMiddleware(journalLayout, sealing));
  await db.open();

  return {
    version: db.verno,

    /** Records of `table` after key `after` (exclusive), in key order: one page of a full build. */
    async page(table: JournalTable, after: string | null, size: number): Promise<IndexedRecord[]> {
      const query = after === null ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(after);
      const values: unknown[] = await query.limit(size).toArray();
      return values.map((value) => toRecord(table, idOf(value), value));
    },

    /** The current state of some records; a deleted one comes back with `doc: null`. */
    async read(table: JournalTable, ids: readonly string[]): Promise<IndexedRecord[]> {
      const values: unknown[] = await db.table(table).bulkGet([...ids]);
      return ids.map((id, at) => toRecord(table, id, values[at]));
    },

    /** Records changed after `watermark` (ISO time), through the `updatedAt` index. */
    async changedSince(table: JournalTable, watermark: string): Promise<IndexedRecord[]> {
      const values: unknown[] = await db.table(table).where('updatedAt').above(watermark).toArray();
      return values.map((value) => toRecord(table, idOf(value), value));
    },

    /** How many records there are, for progress while building. */
    count: (table: JournalTable) => db.table(table).count(),

    close: () => db.close(),
  };
}

export type JournalReader = Awaited<ReturnType<typeof openJournalReader>>;
