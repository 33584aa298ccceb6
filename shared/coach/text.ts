/**
 * Text helpers for the coach. Everything here keeps UTF-16 offsets intact, because the
 * editor highlights findings by offset into the text the user typed.
 */

/** A sentence of a part: offsets into the part's text plus its normalized slice. */
export interface Sentence {
  start: number;
  end: number;
  /** Normalized text of the sentence (same length as the original slice). */
  text: string;
}

/**
 * Curly quotes, typographic dashes and odd spaces are folded to ASCII one character for
 * one character, so patterns can be written once and offsets still line up.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

// Words that end in a full stop without ending the sentence.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'approx',
  'fig',
  'no',
  'ref',
  'est',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
]);

const closers = new Set(['.', '!', '?', '"', "'", ')', ']']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\f' || ch === '\v';
}

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && !isSpace(text[i - 1]) && end - i < 12) i -= 1;
  return text
    .slice(i, end)
    .toLowerCase()
    .replace(/^["'([]+/, '');
}

/** True when the full stop at `dot` belongs to an abbreviation or an initial. */
function isAbbreviationStop(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 1 && /[a-z]/.test(word)) return true;
  return abbreviations.has(word) || (word.includes('.') && word.length <= 6);
}

/**
 * Splits a part into sentences. Ends at . ! ? followed by space and a capital, digit or
 * quote (so "e.g. the" and "2.5" stay whole), and at every line break, because people
 * often write one point per line.
 */
export function splitSentences(text: string): Sentence[] {
  const norm = normalizeText(text);
  const out: Sentence[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(norm[s])) s += 1;
    while (e > s && isSpace(norm[e - 1])) e -= 1;
    if (e > s) out.push({ start: s, end: e, text: norm.slice(s, e) });
  };
  let start = 0;
  const n = norm.length;
  for (let i = 0; i < n; i += 1) {
    const ch = norm[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && closers.has(norm[j] ?? '')) j += 1;
    if (j >= n || !isSpace(norm[j])) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && (norm[k] === ' ' || norm[k] === '\t')) k += 1;
    const next = norm[k];
    const lineBreak = next === '\n' || next === '\r';
    if (!lineBreak && next !== undefined && isLowerLetter(next)) continue;
    if (!lineBreak && ch === '.' && isAbbreviationStop(norm, i)) continue;
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}

const wordPattern = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;

/** Counts words the way a listener hears them: "2,000", "nice-to-have" and "don't" are one. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(wordPattern)) count += 1;
  return count;
}

const negators = new Set(['not', 'never', 'no', 'hardly', 'without', 'nor', 'cannot']);

/**
 * True when one of the `window` words right before `index` negates what follows
 * ("wasn't really my fault", "I'm not ashamed").
 */
export function isNegatedAt(text: string, index: number, window = 3): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  const words = before
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0)
    .slice(-window);
  return words.some((w) => negators.has(w) || w.endsWith("n't") || w === 'dont' || w === 'didnt');
}

/** The word immediately before `index`, lower-cased (empty at the start of the text). */
export function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && isSpace(text[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && /[A-Za-z']/.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end).toLowerCase();
}

/**
 * Every match of `pattern` in `text`. Collected eagerly (not a generator) so that a caller
 * using the same RegExp object again mid-loop cannot disturb its lastIndex.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return out;
}

/** True when `pattern` occurs in `text` (safe for global patterns). */
export function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Builds a case-insensitive global pattern from source fragments joined as alternatives. */
export function anyOf(...sources: string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gi');
}
