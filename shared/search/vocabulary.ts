import { boundedEditDistance } from './edit-distance';
import { isCjkTerm } from './tokenize';

/** A word of the index a query term stands for, and how much a match on it counts. */
export interface Expansion {
  term: string;
  weight: number;
}

const MIN_FUZZY_LENGTH = 4;
const MAX_FUZZY_EXPANSIONS = 8;
/** A word in more than this share of documents (and 50 of them) was surely meant: no typo variants. */
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 50;
/** Prefix completions stop once they hold this many postings per document: the rest add little. */
const PREFIX_POSTINGS_PER_DOCUMENT = 3;
const FUZZY_WEIGHT = [1, 0.45, 0.2];
/** Short prefixes match thousands of words: keep the most used ones. */
const prefixCap = (length: number) => (length === 1 ? 12 : length === 2 ? 32 : 64);

/**
 * The index's words, sorted (for prefix ranges) and bucketed by length (for typo scans).
 * New words wait in a pending list and are merged in before the next lookup.
 */
export class Vocabulary {
  private sorted: string[] = [];
  private byLength: string[][] = [];
  private pending: string[] = [];

  constructor(sortedTerms: string[] = []) {
    this.sorted = sortedTerms;
    for (const term of sortedTerms) this.bucket(term);
  }

  add(term: string): void {
    this.pending.push(term);
  }

  /** Every word, sorted. Words removed from the index stay until the next rebuild. */
  terms(): readonly string[] {
    this.flush();
    return this.sorted;
  }

  /**
   * The words a query term matches: itself, longer words it starts (when still being
   * typed) and words one or two typos away. `documentCount` ranks prefix words by use;
   * `documents` (how many there are) bounds the work a very common prefix may cause.
   */
  expand(term: string, prefix: boolean, documentCount: (term: string) => number, documents: number): Expansion[] {
    this.flush();
    const found: Expansion[] = [];
    const exact = documentCount(term);
    if (exact > 0) found.push({ term, weight: 1 });
    if (prefix) found.push(...this.prefixed(term, documentCount, documents * PREFIX_POSTINGS_PER_DOCUMENT));
    if (
      term.length >= MIN_FUZZY_LENGTH &&
      !isCjkTerm(term) &&
      exact <= Math.max(COMMON_FLOOR, documents * COMMON_SHARE)
    ) {
      const known = new Set(found.map((expansion) => expansion.term));
      found.push(...this.nearby(term, documentCount).filter((expansion) => !known.has(expansion.term)));
    }
    return found;
  }

  private prefixed(term: string, documentCount: (term: string) => number, budget: number): Expansion[] {
    const words: string[] = [];
    for (let at = this.lowerBound(term); at < this.sorted.length; at++) {
      const word = this.sorted[at]!;
      if (!word.startsWith(term)) break;
      if (word !== term) words.push(word);
    }
    const counted = words.map((word) => ({ word, count: documentCount(word) })).filter((w) => w.count > 0);
    counted.sort((a, b) => b.count - a.count);
    const kept: typeof counted = [];
    let postings = 0;
    for (const word of counted) {
      if (kept.length >= prefixCap(term.length) || (kept.length > 0 && postings + word.count > budget)) break;
      kept.push(word);
      postings += word.count;
    }
    // A longer completion counts for less: "plan" typed as "pla" beats "planning".
    return kept.map(({ word }) => ({ term: word, weight: 0.45 + 0.3 * (term.length / word.length) }));
  }

  private nearby(term: string, documentCount: (term: string) => number): Expansion[] {
    const maxEdits = term.length >= 8 ? 2 : 1;
    const found: { term: string; distance: number; count: number }[] = [];
    for (let length = term.length - maxEdits; length <= term.length + maxEdits; length++) {
      for (const word of this.byLength[length] ?? []) {
        const distance = boundedEditDistance(term, word, maxEdits);
        if (distance === 0 || distance > maxEdits) continue;
        const count = documentCount(word);
        if (count > 0) found.push({ term: word, distance, count });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.count - a.count);
    return found
      .slice(0, MAX_FUZZY_EXPANSIONS)
      .map(({ term: word, distance }) => ({ term: word, weight: FUZZY_WEIGHT[distance] ?? 0 }));
  }

  private lowerBound(term: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private bucket(term: string) {
    (this.byLength[term.length] ??= []).push(term);
  }

  private flush() {
    if (this.pending.length === 0) return;
    const added = [...new Set(this.pending)].sort();
    this.pending = [];
    for (const term of added) this.bucket(term);
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < added.length) {
      if (j >= added.length || (i < this.sorted.length && this.sorted[i]! < added[j]!)) merged.push(this.sorted[i++]!);
      else merged.push(added[j++]!);
    }
    this.sorted = merged;
  }
}
