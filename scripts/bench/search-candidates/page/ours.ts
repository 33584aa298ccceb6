// Candidate 4, ours: the project's compact inverted index (shared/search), typed-array postings,
// BM25 with field weights, prefix on the last word, typo tolerance. Persisted as a packed
// snapshot (typed arrays) in IndexedDB, as renderer/db/search-index-store.ts does. In the app it
// runs in a Web Worker (renderer/search/search-worker.ts); here on the main thread, to time it.
import { entryToSearchDoc } from '../../../../shared/search/search-documents';
import { SearchIndex } from '../../../../shared/search/search-index';
import {
  loadIndex,
  packIndex,
  SearchSnapshotSchema,
  type SearchSnapshot,
} from '../../../../shared/search/search-snapshot';
import type { Measurement } from '../protocol.ts';
import { RESULT_LIMIT, type Candidate } from './candidate.ts';
import { roundTrip } from './idb.ts';
import { longestTaskSince, settle } from './long-tasks.ts';

/** Bytes the snapshot takes once cloned: its typed arrays plus its docs and words as text. */
function snapshotBytes(snapshot: SearchSnapshot): number {
  const arrays = snapshot.starts.byteLength + snapshot.numbers.byteLength + snapshot.metas.byteLength;
  return arrays + new Blob([JSON.stringify({ docs: snapshot.docs, terms: snapshot.terms })]).size;
}

export function ours(db: IDBDatabase): Candidate {
  let index = new SearchIndex();
  return {
    async build(entries) {
      for (const entry of entries) index.upsert(entryToSearchDoc(entry));
    },
    async search(query) {
      return index.search(query, { limit: RESULT_LIMIT }).total;
    },
    async update(entry) {
      index.upsert(entryToSearchDoc(entry));
    },
    async extras(): Promise<Measurement[]> {
      const packStart = performance.now();
      const snapshot = packIndex(index);
      const packMs = performance.now() - packStart;
      const stored = await roundTrip(db, 'ours', snapshot);
      await settle();
      const validateStart = performance.now();
      // The app validates a stored snapshot before trusting it (search-index-store.ts).
      const valid = SearchSnapshotSchema.safeParse(stored.read).success;
      const validateMs = performance.now() - validateStart;
      const loadStart = performance.now();
      const loaded = loadIndex(stored.read);
      const loadMs = performance.now() - loadStart;
      await settle();
      const loadTask = longestTaskSince(validateStart);
      if (!valid) throw new Error('the stored snapshot did not validate');
      index = loaded; // keep the loaded copy, as after a start-up from the stored index
      return [
        { metric: 'serialize_ms', stat: 'value', value: packMs, unit: 'ms' },
        { metric: 'persisted_bytes', stat: 'value', value: snapshotBytes(snapshot), unit: 'bytes' },
        { metric: 'persist_write_ms', stat: 'value', value: stored.saveMs, unit: 'ms' },
        { metric: 'persist_read_ms', stat: 'value', value: stored.readMs, unit: 'ms' },
        { metric: 'validate_ms', stat: 'value', value: validateMs, unit: 'ms' },
        { metric: 'load_ms', stat: 'value', value: loadMs, unit: 'ms' },
        { metric: 'load_longest_task_ms', stat: 'value', value: loadTask, unit: 'ms' },
      ];
    },
  };
}
