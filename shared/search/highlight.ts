import { ASCII_ONLY, tokenSpans } from './tokenize';

/** A stretch of text to mark, as UTF-16 offsets [start, end). */
export type TextRange = readonly [start: number, end: number];

/**
 * Where the query matched in `text`: words the index matched (`terms`, typos and prefix
 * completions included) and words starting with the one still being typed. Overlapping
 * stretches (CJK pairs) are merged.
 */
export function matchRanges(text: string, terms: ReadonlySet<string>, prefix: string | null): TextRange[] {
  const ranges: [number, number][] = [];
  for (const span of tokenSpans(text)) {
    if (!terms.has(span.term) && !(prefix && span.term.startsWith(prefix))) continue;
    const last = ranges.at(-1);
    if (last && span.start <= last[1]) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  return ranges;
}

export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/**
 * About `maxLength` characters of `text` around its first match, cut at spaces, with an
 * ellipsis where text was left out; the ranges are moved to match. No match: the start.
 */
export function snippetOf(text: string, ranges: readonly TextRange[], maxLength = 180): Snippet {
  const flat = text.replace(/\s+/g, ' ');
  // Whitespace runs collapse, so offsets move: recompute them on the flattened text.
  const shift = offsetMap(text);
  const moved = ranges.map(([start, end]): TextRange => [shift(start), shift(end)]);
  const first = moved[0];
  let start = first ? Math.max(0, first[0] - Math.floor(maxLength / 3)) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space > (first?.[0] ?? 0) ? start : space + 1;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const body = flat.slice(start, end).trim();
  const trimmed = flat.slice(start, end).length - flat.slice(start, end).trimStart().length;
  const offset = lead.length - start - trimmed;
  return {
    text: `${lead}${body}${tail}`,
    ranges: moved.filter(([s, e]) => s >= start && e <= end).map(([s, e]): TextRange => [s + offset, e + offset]),
  };
}

const WHITESPACE = /\s/;
/** Whether a UTF-16 code unit is whitespace as `\s` sees it: ASCII answered without a regex. */
const isSpace = (code: number) =>
  code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(String.fromCharCode(code));

/** Maps offsets in `text` to offsets once each whitespace run is one space. */
function offsetMap(text: string): (offset: number) => number {
  const map = new Int32Array(text.length + 1);
  let out = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    map[i] = out;
    const space = isSpace(text.charCodeAt(i));
    if (!space || !inSpace) out++;
    inSpace = space;
  }
  map[text.length] = out;
  return (offset) => map[Math.min(offset, text.length)] ?? out;
}

const WORD_CHAR = /[a-z0-9']/;
const SNIPPET_WINDOW = 600;

/** Where in plain-ASCII `lower` the first whole word among `words` (or starting with `prefix`) begins. */
function firstWordAt(lower: string, words: readonly string[], prefix: string | null): number {
  let best = -1;
  const consider = (word: string, whole: boolean) => {
    for (let at = lower.indexOf(word); at !== -1 && (best === -1 || at < best); at = lower.indexOf(word, at + 1)) {
      const startsWord = at === 0 || !WORD_CHAR.test(lower[at - 1] ?? '');
      const endsWord = !whole || !WORD_CHAR.test(lower[at + word.length] ?? '');
      if (startsWord && endsWord) {
        best = at;
        return;
      }
    }
  };
  for (const word of words) consider(word, true);
  if (prefix) consider(prefix, false);
  return best;
}

/**
 * The snippet for a search result: like `snippetOf(text, matchRanges(text, …))`, but for
 * plain-ASCII text only the stretch around the first match is tokenized, so a result row
 * over a 10,000-word entry costs what one over a short entry does.
 */
export function snippetFor(text: string, terms: ReadonlySet<string>, prefix: string | null, maxLength = 180): Snippet {
  if (text.length <= SNIPPET_WINDOW || !ASCII_ONLY.test(text))
    return snippetOf(text, matchRanges(text, terms, prefix), maxLength);
  const first = firstWordAt(text.toLowerCase(), [...terms], prefix);
  const start = first === -1 ? 0 : Math.max(0, first - SNIPPET_WINDOW / 3);
  const window = text.slice(start, start + SNIPPET_WINDOW);
  const snippet = snippetOf(window, matchRanges(window, terms, prefix), maxLength);
  const lead = start > 0 && !snippet.text.startsWith('…');
  return lead
    ? { text: `…${snippet.text}`, ranges: snippet.ranges.map(([s, e]): TextRange => [s + 1, e + 1]) }
    : snippet;
}
