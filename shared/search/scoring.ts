// How much a match counts. Pure arithmetic, kept apart from the index that calls it.
import { countOf, FIELD_BODY, FIELD_TAGS, FIELD_TITLE, fieldsOf } from './postings';

// BM25 constants (the usual ones) and field weights: a word in the title or the tags says
// more about what a setback is about than the same word deep in the reflection.
const K1 = 1.2;
const B = 0.75;
/**
 * What one posting adds, before rarity and expansion weights (BM25F-like): a fixed amount
 * for the title and the tags, and saturating term frequency for the text, where only the
 * text's share is normalized by length — a long reflection must not bury a title match.
 */
export function fieldScore(meta: number, relativeLength: number): number {
  const fields = fieldsOf(meta);
  let score = (fields & FIELD_TITLE ? 3 : 0) + (fields & FIELD_TAGS ? 2 : 0);
  if (fields & FIELD_BODY) {
    // The count covers every field; the title and tags hold a word about once each.
    const inText = Math.max(1, countOf(meta) - (fields & FIELD_TITLE ? 1 : 0) - (fields & FIELD_TAGS ? 1 : 0));
    score += (inText * (K1 + 1)) / (inText + K1 * (1 - B + B * relativeLength));
  }
  return score;
}

/** Set bits in `bits` (query words found in a title). */
export const bitCount = (bits: number) => {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
};

/** BM25's inverse document frequency: a word in few documents says more than one in all. */
export function rarity(documentsWithWord: number, documents: number): number {
  return Math.log(1 + (documents - documentsWithWord + 0.5) / (documentsWithWord + 0.5));
}
