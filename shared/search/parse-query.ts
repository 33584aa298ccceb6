import { tokenSpans } from './tokenize';

/** Searching stops reading a query after this many distinct terms (a pasted paragraph). */
export const MAX_QUERY_TERMS = 12;
/** Characters of a query that are read at all; the rest of a long paste is ignored. */
export const MAX_QUERY_LENGTH = 2000;

export interface ParsedQuery {
  /** Distinct terms, in the order typed. */
  terms: string[];
  /** The last term is still being typed, so it also matches longer words it starts. */
  lastIsPrefix: boolean;
  /** Part of the query was ignored (too long, or too many words). */
  truncated: boolean;
}

/**
 * Reads what the person typed into the terms to look for. Punctuation, regex characters
 * and symbols are separators, never syntax: nothing typed can make a search fail.
 */
export function parseQuery(text: string): ParsedQuery {
  const read = text.slice(0, MAX_QUERY_LENGTH);
  const spans = tokenSpans(read);
  const terms: string[] = [];
  for (const span of spans) if (!terms.includes(span.term)) terms.push(span.term);
  const last = spans.at(-1);
  // A query ending right after a word (no space or punctuation) is still being typed.
  const lastIsPrefix = last !== undefined && last.end === read.length;
  return {
    terms: terms.slice(0, MAX_QUERY_TERMS),
    lastIsPrefix: lastIsPrefix && terms.length <= MAX_QUERY_TERMS && terms.at(-1) === last.term,
    truncated: text.length > MAX_QUERY_LENGTH || terms.length > MAX_QUERY_TERMS,
  };
}
