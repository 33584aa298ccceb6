// Deleting a database leaves its keys in two of Chromium's IndexedDB files: LevelDB's file
// index (MANIFEST), which names the first and last key of each table file and the key each
// level last compacted up to, and LevelDB's own log, which prints where a compaction stops.
// Keys of an index can hold words (a tag, the start of a title). Chromium appends to the
// file index, and writes a fresh one, naming only what is still stored, only when it opens
// the storage and finds the old one larger than a table file (2 MiB).
//
// So, around a deletion that must leave no word behind, a throwaway database of long filler
// keys is written first and deleted last. Being newer, its keys sort after every other
// database's, so the compactions that follow the deletion stop on filler keys rather than
// the deleted ones; and the file index, which records those keys, grows past the size at
// which the next open writes a fresh one. The log of that session goes as the storage is
// opened again: at the next start on the desktop (electron/storage-logs.ts), at the second
// in a browser.
import { Dexie } from 'dexie';

export const TURNOVER_DATABASE_NAME = 'hindsight-turnover';
/** Enough long keys that the file index passes 2 MiB from one deletion (it records each several times). */
export const TURNOVER_KEYS = 6;
export const TURNOVER_KEY_LENGTH = 200_000;

const fillerKey = (at: number) => `${String(at).padStart(2, '0')}${'~'.repeat(TURNOVER_KEY_LENGTH)}`;

/** Writes the filler database; false if it could not be (a full disk). */
async function writeFiller(): Promise<boolean> {
  const filler = new Dexie(TURNOVER_DATABASE_NAME);
  filler.version(1).stores({ filler: '' });
  try {
    const keys = Array.from({ length: TURNOVER_KEYS }, (_, at) => fillerKey(at));
    await filler.table('filler').bulkPut(
      keys.map(() => 0),
      keys,
    );
    return true;
  } catch {
    return false;
  } finally {
    filler.close();
  }
}

/**
 * Writes the filler database, runs `deleteDatabases`, then deletes the filler, whatever
 * happened. The deletion runs even if the filler could not be written: it matters more.
 */
export async function withStorageTurnover(deleteDatabases: () => Promise<void>): Promise<void> {
  await writeFiller();
  try {
    await deleteDatabases();
  } finally {
    await Dexie.delete(TURNOVER_DATABASE_NAME);
  }
}
