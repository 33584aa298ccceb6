import { factsPassFilter, isFiltering, type JournalFilter } from '../journal-filter';
import { parseQuery, type ParsedQuery } from './parse-query';
import { appendPosting, emptyPostings, FIELD_BODY, FIELD_TAGS, FIELD_TITLE, packMeta, type Postings } from './postings';
import { bitCount, fieldScore, rarity } from './scoring';
import { searchKey, type SearchDoc } from './search-documents';
import type { SearchHit } from './search-hit';
import { tokenize } from './tokenize';
import { topK } from './top-k';
import { Vocabulary, type Expansion } from './vocabulary';

/** What the index keeps about a document besides its words: enough to filter, order and list it. */
export type DocInfo = Omit<SearchDoc, 'body'> & { length: number };

export interface SearchResult {
  hits: SearchHit[];
  /** Matches in all, of which `hits` are the best `limit`. */
  total: number;
  /** Every word of the index that matched, for highlighting. */
  matchedTerms: string[];
  query: ParsedQuery;
}

export interface SearchOptions {
  filter?: JournalFilter;
  /** Best hits to return (the total is always counted). */
  limit?: number;
}

const infoOf = (doc: SearchDoc, length: number): DocInfo => {
  const { body: _body, ...info } = doc;
  return { ...info, length };
};

/**
 * A compact inverted index of entries and stories, updated one document at a time.
 * Removed or replaced documents leave dead postings behind; they are skipped when
 * searching and dropped when the index is packed (`packIndex`).
 */
export class SearchIndex {
  /** Document number → facts; null once removed or replaced. */
  readonly docs: (DocInfo | null)[];
  private readonly termIds = new Map<string, number>();
  private readonly lists: Postings[] = [];
  private readonly vocabulary: Vocabulary;
  // Scratch space for counting one document's words by term id, reused so that indexing
  // thousands of documents allocates (almost) nothing per word.
  private seenIn = new Int32Array(1024).fill(-1);
  private fieldsOf = new Uint8Array(1024);
  private countsOf = new Uint16Array(1024);
  private readonly numbers = new Map<string, number>();
  /** Words per document number, -1 once dead: the hot loop reads this, not `docs`. */
  private readonly lengths: number[] = [];
  private readonly storyLinks = new Map<string, number>();
  private dead = 0;
  private totalLength = 0;
  private matched = new Uint8Array(0);
  private scores = new Float64Array(0);
  /** Per document, a bit per query word found in its title (for the title bonus). */
  private inTitle = new Uint16Array(0);
  private found = new Uint32Array(0);

  /** An index over existing postings (from a snapshot); `sortedTerms` lists their words, sorted. */
  constructor(docs: (DocInfo | null)[] = [], postings: Postings[] = [], sortedTerms: string[] = []) {
    this.docs = docs;
    sortedTerms.forEach((term, id) => {
      this.termIds.set(term, id);
      this.lists.push(postings[id] ?? emptyPostings());
    });
    this.vocabulary = new Vocabulary(sortedTerms);
    docs.forEach((info, number) => {
      this.lengths.push(info ? info.length : -1);
      if (info) this.track(info, number, 1);
      else this.dead++;
    });
  }

  /** Documents in the index. */
  get size(): number {
    return this.docs.length - this.dead;
  }

  /** Every key in the index (to find documents that no longer exist). */
  keys(): IterableIterator<string> {
    return this.numbers.keys();
  }

  /** The documents holding exactly this word. */
  postingsOf(term: string): Postings | undefined {
    const id = this.termIds.get(term);
    return id === undefined ? undefined : this.lists[id];
  }

  /** Adds a document, or replaces the one with the same key. */
  upsert(doc: SearchDoc): void {
    this.remove(doc.key);
    const number = this.docs.length;
    const touched: number[] = [];
    let length = 0;
    const add = (text: string, field: number) => {
      for (const term of tokenize(text)) {
        length++;
        const id = this.termIdOf(term);
        if (this.seenIn[id] === number) {
          this.fieldsOf[id]! |= field;
          if (this.countsOf[id]! < 0xffff) this.countsOf[id]!++;
        } else {
          this.seenIn[id] = number;
          this.fieldsOf[id] = field;
          this.countsOf[id] = 1;
          touched.push(id);
        }
      }
    };
    add(doc.title, FIELD_TITLE);
    for (const tag of doc.tags) add(tag, FIELD_TAGS);
    add(doc.body, FIELD_BODY);
    for (const id of touched) appendPosting(this.lists[id]!, number, packMeta(this.fieldsOf[id]!, this.countsOf[id]!));
    const info = infoOf(doc, length);
    this.docs.push(info);
    this.lengths.push(length);
    this.track(info, number, 1);
  }

  private termIdOf(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.lists.length;
    this.termIds.set(term, id);
    this.lists.push(emptyPostings());
    this.vocabulary.add(term);
    if (id >= this.seenIn.length) {
      const seenIn = new Int32Array(this.seenIn.length * 2).fill(-1);
      seenIn.set(this.seenIn);
      this.seenIn = seenIn;
      const fieldsOf = new Uint8Array(seenIn.length);
      fieldsOf.set(this.fieldsOf);
      this.fieldsOf = fieldsOf;
      const countsOf = new Uint16Array(seenIn.length);
      countsOf.set(this.countsOf);
      this.countsOf = countsOf;
    }
    return id;
  }

  /** Takes a document out of the results; returns whether it was there. */
  remove(key: string): boolean {
    const number = this.numbers.get(key);
    if (number === undefined) return false;
    const info = this.docs[number];
    if (info) this.track(info, number, -1);
    this.docs[number] = null;
    this.lengths[number] = -1;
    this.dead++;
    return true;
  }

  /** Words of the index, sorted. */
  sortedTerms(): readonly string[] {
    return this.vocabulary.terms();
  }

  /** Ranked documents matching every word of the query (the last may be a prefix), filtered. */
  search(text: string, { filter = {}, limit = 200 }: SearchOptions = {}): SearchResult {
    const query = parseQuery(text);
    const empty: SearchResult = { hits: [], total: 0, matchedTerms: [], query };
    if (query.terms.length === 0 || this.size === 0) return empty;
    const count = (term: string) => this.postingsOf(term)?.size ?? 0;
    const groups = query.terms.map((term, at) =>
      this.vocabulary.expand(term, query.lastIsPrefix && at === query.terms.length - 1, count, this.size),
    );
    if (groups.some((group) => group.length === 0)) return empty;
    const cost = (group: Expansion[]) => group.reduce((sum, { term }) => sum + count(term), 0);
    // Rarest word first: later words only add to documents the earlier ones found.
    groups.sort((a, b) => cost(a) - cost(b));
    const candidates = this.score(groups);
    const hits = this.rank(candidates, groups.length, filter, limit);
    for (const number of candidates) {
      this.matched[number] = 0;
      this.scores[number] = 0;
      this.inTitle[number] = 0;
    }
    return { ...hits, matchedTerms: groups.flat().map(({ term }) => term), query };
  }

  private score(groups: Expansion[][]): number[] {
    if (this.matched.length < this.docs.length) {
      this.matched = new Uint8Array(this.docs.length * 2);
      this.scores = new Float64Array(this.docs.length * 2);
      this.inTitle = new Uint16Array(this.docs.length * 2);
    }
    const { matched, scores, lengths, inTitle } = this;
    const live = this.size;
    const averageLength = this.totalLength / Math.max(1, live);
    const candidates: number[] = [];
    groups.forEach((group, step) => {
      // One weight of rarity per query word, from its most common form: typing "deadl"
      // should not rank a rare "deadlines" tag above the "deadline" everyone writes.
      // (Dead postings count in `size` until the index is packed: capped at the live count.)
      const frequency = Math.min(live, Math.max(...group.map(({ term }) => this.postingsOf(term)?.size ?? 0)));
      const idf = rarity(frequency, live);
      const titleBit = 1 << step;
      for (const { term, weight } of group) {
        const postings = this.postingsOf(term);
        if (!postings) continue;
        for (let at = 0; at < postings.size; at++) {
          const number = postings.docs[at]!;
          const state = matched[number]!;
          if (state !== step && state !== step + 1) continue;
          const length = lengths[number]!;
          if (length < 0) continue;
          if (state === step) {
            matched[number] = step + 1;
            if (step === 0) candidates.push(number);
          }
          const meta = postings.metas[at]!;
          if (meta & FIELD_TITLE) inTitle[number]! |= titleBit;
          scores[number]! += weight * idf * fieldScore(meta, length / averageLength);
        }
      }
    });
    return candidates;
  }

  private rank(candidates: number[], needed: number, filter: JournalFilter, limit: number) {
    const filtering = isFiltering(filter);
    const { scores, docs, inTitle, matched } = this;
    if (this.found.length < candidates.length) this.found = new Uint32Array(this.docs.length * 2);
    const found = this.found;
    let total = 0;
    for (const number of candidates) {
      if (matched[number] !== needed) continue;
      if (filtering && !this.passes(docs[number]!, filter)) continue;
      // A title holding the words searched for says the setback is about them: up to double.
      scores[number]! *= 1 + bitCount(inTitle[number]!) / needed;
      found[total++] = number;
    }
    const better = (a: number, b: number) =>
      scores[a]! > scores[b]! || (scores[a] === scores[b] && docs[a]!.sortKey > docs[b]!.sortKey);
    const hits = topK(found, total, limit, better).map((number) => {
      const { key, kind, id, title, type, occurredOn, tags } = docs[number]!;
      return { key, kind, id, title, type, occurredOn, tags: [...tags], score: scores[number]! };
    });
    return { hits, total };
  }

  /**
   * A story passes when a setback it grows from passes the setback filters (type, tag,
   * dates); "waiting for reflection" is about setbacks only, so it leaves stories out.
   */
  private passes(info: DocInfo, filter: JournalFilter): boolean {
    if (info.kind === 'entry') return factsPassFilter({ ...info, hasStory: this.hasStory(info.id) }, filter);
    if (filter.waitingOnly) return false;
    const linkFilter = { ...filter, hasStory: undefined };
    if (!isFiltering(linkFilter)) return true;
    return info.entryIds.some((id) => {
      const number = this.numbers.get(searchKey('entry', id));
      const entry = number === undefined ? null : this.docs[number];
      return entry ? this.passes(entry, linkFilter) : false;
    });
  }

  private hasStory(entryId: string): boolean {
    return (this.storyLinks.get(entryId) ?? 0) > 0;
  }

  private track(info: DocInfo, number: number, sign: 1 | -1) {
    if (sign === 1) this.numbers.set(info.key, number);
    else this.numbers.delete(info.key);
    this.totalLength += sign * info.length;
    for (const id of info.entryIds) this.storyLinks.set(id, (this.storyLinks.get(id) ?? 0) + sign);
  }
}
