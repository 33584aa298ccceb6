// Candidate 1, what an app without an index does: lower-cased `includes` of every query word.
// Two variants: the text already in memory (best case, costs the whole journal in heap) and
// the text read from IndexedDB on every query (no memory cost, pays the read each time).
import type { Entry } from '../../../../shared/entry';
import { entryText, queryWords } from '../text.ts';
import type { Candidate } from './candidate.ts';
import { ENTRIES, request } from './idb.ts';

function matchesAll(haystack: string, needles: readonly string[]): boolean {
  return needles.every((needle) => haystack.includes(needle));
}

/** Scan of an in-memory array of pre-lower-cased texts (lower-casing done once, at build). */
export function naiveMemory(): Candidate {
  const haystacks: string[] = [];
  const positionOf = new Map<string, number>();
  return {
    async build(entries) {
      for (const entry of entries) {
        positionOf.set(entry.id, haystacks.length);
        haystacks.push(entryText(entry).toLowerCase());
      }
    },
    async search(query) {
      const needles = queryWords(query);
      let hits = 0;
      for (const haystack of haystacks) if (matchesAll(haystack, needles)) hits++;
      return hits;
    },
    async update(entry: Entry) {
      const at = positionOf.get(entry.id);
      if (at !== undefined) haystacks[at] = entryText(entry).toLowerCase();
    },
  };
}

/** `getAll` on the entries store, then lower-case and scan, on every query. */
export function naiveIdb(db: IDBDatabase): Candidate {
  return {
    async build() {
      // Nothing to build: the journal is read from IndexedDB at each query.
    },
    async search(query) {
      const needles = queryWords(query);
      const entries = (await request(db.transaction(ENTRIES).objectStore(ENTRIES).getAll())) as Entry[];
      let hits = 0;
      for (const entry of entries) if (matchesAll(entryText(entry).toLowerCase(), needles)) hits++;
      return hits;
    },
  };
}
