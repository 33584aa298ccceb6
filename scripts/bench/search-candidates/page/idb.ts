// Raw IndexedDB helpers for the bench database. The bench keeps its own database (same
// records as the app's `entries` table) so candidates never depend on the app's schema.
import type { Entry } from '../../../../shared/entry';

const DB_NAME = 'search-candidates';
export const ENTRIES = 'entries';
/** The Dexie-style word index: `{ id, words }` with a multiEntry index on `words`. */
export const ENTRY_WORDS = 'entryWords';
export const WORDS_INDEX = 'words';
/** Persisted in-memory indexes (MiniSearch JSON, our packed snapshot), one record per key. */
export const PERSISTED = 'persisted';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export function openDb(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(ENTRIES, { keyPath: 'id' });
    const words = req.result.createObjectStore(ENTRY_WORDS, { keyPath: 'id' });
    words.createIndex(WORDS_INDEX, WORDS_INDEX, { multiEntry: true });
    req.result.createObjectStore(PERSISTED);
  };
  return request(req);
}

/** Writes records in transactions of `batch`, as a bulk put would. */
export async function putAll(db: IDBDatabase, store: string, records: readonly unknown[], batch = 1000) {
  for (let start = 0; start < records.length; start += batch) {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records.slice(start, start + batch)) tx.objectStore(store).put(record);
    await done(tx);
  }
}

/** Reads every entry in pages of `batch`, so no single structured-clone task gets huge. */
export async function readAll(db: IDBDatabase, batch = 2000): Promise<Entry[]> {
  const all: Entry[] = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const page = (await request(db.transaction(ENTRIES).objectStore(ENTRIES).getAll(range, batch))) as Entry[];
    all.push(...page);
    if (page.length < batch) return all;
    after = page[page.length - 1]?.id;
  }
}

/** Origin storage in use, as the browser reports it (Chromium rounds and lags a little). */
export async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Stores a value under `key` and reads it back: the write and start-up read of a persisted index. */
export async function roundTrip<T>(
  db: IDBDatabase,
  key: string,
  value: T,
): Promise<{ saveMs: number; readMs: number; read: T }> {
  const saveStart = performance.now();
  const tx = db.transaction(PERSISTED, 'readwrite');
  tx.objectStore(PERSISTED).put(value, key);
  await done(tx);
  const saveMs = performance.now() - saveStart;
  const readStart = performance.now();
  const read = (await request(db.transaction(PERSISTED).objectStore(PERSISTED).get(key))) as T;
  return { saveMs, readMs: performance.now() - readStart, read };
}
