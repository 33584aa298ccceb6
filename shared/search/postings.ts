// Posting lists: for each term, the documents holding it. Packed in typed arrays (4 bytes
// of document number + 1 byte of "where and how often") so the largest journals fit in a
// few hundred megabytes instead of gigabytes of objects.

export const FIELD_TITLE = 1;
export const FIELD_TAGS = 2;
export const FIELD_BODY = 4;
const FIELD_BITS = 3;
const MAX_TF = 31;

/** One byte per posting: which fields hold the term (3 bits) and how often, up to 31. */
export const packMeta = (fields: number, count: number) => fields | (Math.min(count, MAX_TF) << FIELD_BITS);
export const fieldsOf = (meta: number) => meta & 0b111;
export const countOf = (meta: number) => meta >>> FIELD_BITS;

/** The documents holding one term. `docs`/`metas` may be views into a loaded snapshot. */
export interface Postings {
  docs: Uint32Array;
  metas: Uint8Array;
  size: number;
}

export function emptyPostings(): Postings {
  return { docs: new Uint32Array(4), metas: new Uint8Array(4), size: 0 };
}

/** Adds a posting, growing (and so leaving any shared snapshot buffer) when full. */
export function appendPosting(postings: Postings, doc: number, meta: number): void {
  if (postings.size === postings.docs.length) {
    const capacity = Math.max(4, postings.size * 2);
    const docs = new Uint32Array(capacity);
    const metas = new Uint8Array(capacity);
    docs.set(postings.docs.subarray(0, postings.size));
    metas.set(postings.metas.subarray(0, postings.size));
    postings.docs = docs;
    postings.metas = metas;
  }
  postings.docs[postings.size] = doc;
  postings.metas[postings.size] = meta;
  postings.size++;
}
