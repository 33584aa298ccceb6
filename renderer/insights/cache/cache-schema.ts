// The insights cache's database, declared once for its two users: the worker (the facts)
// and the change feed in every tab (the notes). Light on purpose: the notes are written from
// the start-up bundle.
import { Dexie, type Table } from 'dexie';
import type { FactColumns } from '../../../shared/insights/fact-columns';
import type { SealedFacts } from './sealed-facts';

/** The insights cache's own database: derived from the journal, deleted with it. */
export const INSIGHTS_CACHE_NAME = 'hindsight-insights';

export interface StoredFacts {
  id: 'journal';
  /** Sealed with the lock on. */
  columns: FactColumns | SealedFacts;
  /** Newest `updatedAt` among the setbacks the facts hold: later ones are read again. */
  watermark: string;
  /** Version of the journal database the facts were read from. */
  journalVersion: number;
  factsVersion: number;
}

/** A setback written since the facts were stored; `mark` tells a later write of it apart. */
export interface PendingNote {
  id: string;
  mark: number;
}

/** The id of the note that says "read everything again" (an import, a cleared table). */
export const REBUILD_NOTE = '\u0000rebuild';

export type CacheDatabase = Dexie & { facts: Table<StoredFacts, string>; pending: Table<PendingNote, string> };

export function openCacheDatabase(name = INSIGHTS_CACHE_NAME): CacheDatabase {
  const db = new Dexie(name) as CacheDatabase;
  db.version(1).stores({ facts: 'id', pending: 'id' });
  return db;
}

/** Notes setbacks as written (or everything, with REBUILD_NOTE), for the next reading. */
export async function notePending(db: CacheDatabase, ids: readonly string[]): Promise<void> {
  const mark = Math.random();
  await db.pending.bulkPut(ids.map((id) => ({ id, mark })));
}
