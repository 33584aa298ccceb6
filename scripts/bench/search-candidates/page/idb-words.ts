// Candidate 3, the Dexie-style word index persisted in IndexedDB: one `{ id, words }` record per
// entry (its unique normalized words) with a multiEntry index on `words`. A prefix is a key
// range on that index; several words intersect their key sets. No term frequencies and no
// field of origin are stored, so it cannot rank, and a key range cannot forgive a typo.
// Raw IndexedDB here: Dexie's `where('words').startsWith(p).primaryKeys()` is this same call.
import type { Entry } from '../../../../shared/entry';
import type { Measurement } from '../protocol.ts';
import { entryText, queryWords, words } from '../text.ts';
import type { Candidate } from './candidate.ts';
import { ENTRY_WORDS, WORDS_INDEX, done, putAll, request, storageUsage } from './idb.ts';

const BATCH = 1000;

function record(entry: Entry) {
  return { id: entry.id, words: [...new Set(words(entryText(entry)))] };
}

async function keysWithPrefix(db: IDBDatabase, prefix: string): Promise<Set<IDBValidKey>> {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const index = db.transaction(ENTRY_WORDS).objectStore(ENTRY_WORDS).index(WORDS_INDEX);
  // An entry holding several words with this prefix comes back once per word: the Set dedupes.
  return new Set(await request(index.getAllKeys(range)));
}

export async function idbWords(db: IDBDatabase): Promise<Candidate> {
  const clear = db.transaction(ENTRY_WORDS, 'readwrite');
  clear.objectStore(ENTRY_WORDS).clear();
  await done(clear);
  const usageBefore = await storageUsage();
  return {
    async build(entries, limitMs) {
      // Batches of 1,000 (a Dexie bulkPut each), tokenized per batch so no single task gets long.
      const start = performance.now();
      for (let indexed = 0; indexed < entries.length; indexed += BATCH) {
        await putAll(db, ENTRY_WORDS, entries.slice(indexed, indexed + BATCH).map(record), BATCH);
        const projected = ((performance.now() - start) / (indexed + BATCH)) * entries.length;
        if (indexed + BATCH >= entries.length / 20 && projected > limitMs)
          throw new Error(`projected build ${Math.round(projected / 60_000)} min exceeds the time limit`);
      }
    },
    async search(query) {
      let matches: Set<IDBValidKey> | undefined;
      for (const word of queryWords(query)) {
        const keys = await keysWithPrefix(db, word);
        matches = matches === undefined ? keys : new Set([...matches].filter((key) => keys.has(key)));
        if (matches.size === 0) break;
      }
      return matches?.size ?? 0;
    },
    async update(entry) {
      const tx = db.transaction(ENTRY_WORDS, 'readwrite');
      tx.objectStore(ENTRY_WORDS).put(record(entry));
      await done(tx);
    },
    async extras(): Promise<Measurement[]> {
      const usage = (await storageUsage()) - usageBefore;
      return [{ metric: 'persisted_bytes', stat: 'value', value: usage, unit: 'bytes' }];
    },
  };
}
