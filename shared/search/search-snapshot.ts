import { z } from 'zod';
import { DocColumnsSchema, fromColumns, toColumns, type DocColumns } from './doc-columns';
import { SearchIndex, type DocInfo } from './search-index';
import type { Postings } from './postings';

/** Bump when tokenizing or the packed layout changes: older snapshots are then rebuilt. */
export const SNAPSHOT_VERSION = 2;

/**
 * The index packed for storage: live documents renumbered 0…n-1, words sorted, and the
 * postings of word i at `numbers`/`metas`[starts[i] … starts[i+1]).
 */
export interface SearchSnapshot {
  version: number;
  docs: DocColumns;
  terms: string[];
  starts: Uint32Array;
  numbers: Uint32Array;
  metas: Uint8Array;
}

/** A stored snapshot is a cache: anything that does not look right is rebuilt instead. */
export const SearchSnapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    docs: DocColumnsSchema,
    terms: z.array(z.string()),
    starts: z.instanceof(Uint32Array),
    numbers: z.instanceof(Uint32Array),
    metas: z.instanceof(Uint8Array),
  })
  .refine(
    (s) =>
      s.starts.length === s.terms.length + 1 &&
      s.numbers.length === s.metas.length &&
      s.starts[s.terms.length] === s.numbers.length,
    'The search snapshot is inconsistent.',
  );

/** Packs the live part of an index; dead postings and unused words are left out. */
export function packIndex(index: SearchIndex): SearchSnapshot {
  const renumber = new Int32Array(index.docs.length).fill(-1);
  const docs: DocInfo[] = [];
  index.docs.forEach((info, number) => {
    if (!info) return;
    renumber[number] = docs.length;
    docs.push(info);
  });
  const terms: string[] = [];
  const lists: Postings[] = [];
  let total = 0;
  for (const term of index.sortedTerms()) {
    const postings = index.postingsOf(term);
    if (!postings) continue;
    let live = 0;
    for (let at = 0; at < postings.size; at++) if (renumber[postings.docs[at]!]! >= 0) live++;
    if (live === 0) continue;
    terms.push(term);
    lists.push(postings);
    total += live;
  }
  const starts = new Uint32Array(terms.length + 1);
  const numbers = new Uint32Array(total);
  const metas = new Uint8Array(total);
  let cursor = 0;
  lists.forEach((postings, at) => {
    starts[at] = cursor;
    for (let i = 0; i < postings.size; i++) {
      const number = renumber[postings.docs[i]!]!;
      if (number < 0) continue;
      numbers[cursor] = number;
      metas[cursor] = postings.metas[i]!;
      cursor++;
    }
  });
  starts[terms.length] = cursor;
  return { version: SNAPSHOT_VERSION, docs: toColumns(docs), terms, starts, numbers, metas };
}

/** An index over a snapshot, without copying: postings are views into its arrays. */
export function loadIndex(snapshot: SearchSnapshot): SearchIndex {
  const postings = snapshot.terms.map((_, at): Postings => {
    const start = snapshot.starts[at]!;
    const end = snapshot.starts[at + 1]!;
    return {
      docs: snapshot.numbers.subarray(start, end),
      metas: snapshot.metas.subarray(start, end),
      size: end - start,
    };
  });
  return new SearchIndex(fromColumns(snapshot.docs), postings, [...snapshot.terms]);
}
