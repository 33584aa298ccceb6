// Turns text into search terms. The same rules serve indexing, queries and highlighting,
// so a highlighted word is always a word the index could have matched.

/** Terms longer than this are cut: long hashes and URLs should not bloat the index. */
export const MAX_TERM_LENGTH = 40;

/** One term found in a text, with where it sits (UTF-16 offsets, end exclusive). */
export interface TokenSpan {
  start: number;
  end: number;
  term: string;
}

// Han and kana have no spaces between words, so their runs are indexed as overlapping
// pairs of characters (bigrams): the usual approach for CJK search without a dictionary.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]+';
// A word: letters, digits and combining marks, not CJK; inner apostrophes join ("didn't").
const WORD_CHAR = '(?:(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])[\\p{L}\\p{N}\\p{M}])';
const WORD = `${WORD_CHAR}+(?:['\u2019]${WORD_CHAR}+)*`;
const EMOJI = '\\p{Extended_Pictographic}';
const TOKEN = new RegExp(`${WORD}|${CJK_RUN}|${EMOJI}`, 'gu');
/** Plain ASCII text (most journals) takes a much faster path with the same results. */
// eslint-disable-next-line no-control-regex -- "every character is ASCII" is exactly this range
export const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_TOKEN = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
const APOSTROPHES = /['\u2019]/g;
const MARKS = /\p{M}/gu;

/** Folds case and accents and drops apostrophes: "Didn’t" → "didnt", "Café" → "cafe". */
export function normalizeTerm(raw: string): string {
  const folded = ASCII_ONLY.test(raw)
    ? raw.toLowerCase()
    : raw.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
  return folded.replace(APOSTROPHES, '').slice(0, MAX_TERM_LENGTH);
}

function pushCjkRun(run: string, start: number, out: TokenSpan[]) {
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push({ start, end: start + run.length, term: run });
    return;
  }
  let offset = start;
  for (let i = 0; i + 1 < chars.length; i++) {
    const first = chars[i] ?? '';
    const pair = first + (chars[i + 1] ?? '');
    out.push({ start: offset, end: offset + pair.length, term: pair });
    offset += first.length;
  }
}

/** Every term in `text` with its position, in order. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  if (ASCII_ONLY.test(text)) {
    for (const match of text.toLowerCase().matchAll(ASCII_TOKEN)) {
      const term = match[0].replace(APOSTROPHES, '').slice(0, MAX_TERM_LENGTH);
      spans.push({ start: match.index, end: match.index + match[0].length, term });
    }
    return spans;
  }
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (CJK.test(raw[0] ?? '')) pushCjkRun(raw, match.index, spans);
    else {
      const term = normalizeTerm(raw);
      if (term) spans.push({ start: match.index, end: match.index + raw.length, term });
    }
  }
  return spans;
}

/** The terms of `text`, in order, repeats included. */
export function tokenize(text: string): string[] {
  if (ASCII_ONLY.test(text)) {
    const terms: string[] = [];
    for (const match of text.toLowerCase().matchAll(ASCII_TOKEN)) {
      const word = match[0];
      terms.push((word.includes("'") ? word.replace(APOSTROPHES, '') : word).slice(0, MAX_TERM_LENGTH));
    }
    return terms;
  }
  return tokenSpans(text).map((span) => span.term);
}

/** True for terms made of CJK characters (bigrams): they get no typo tolerance. */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term[0] ?? '');
}
