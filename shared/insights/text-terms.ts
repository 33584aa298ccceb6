// Words and word pairs from free text, normalized so the same cause written twice reads as
// one: lower-cased, accents folded, stop words dropped, simple suffixes stemmed.

/** Words that say nothing about a cause on their own: grammar, fillers, hedges. */
const stopWords = new Set(
  `a about above after again against all almost also although always am among an and any anyone anything are
  around as at back be became because been before being below between both but by can cannot could couldnt did
  didnt do does doesnt doing done dont down during each either else enough etc even ever every few first for from
  further get gets getting go going got had hadnt has hasnt have havent having he her here hers herself him
  himself his how however i id ill im into is isnt it its itself ive just kind last least less let lets like lot
  lots made make many may me might mine more most much must my myself near need needed never no nor not nothing
  now of off often on once one only onto or other others our ours ourselves out over own part perhaps quite
  rather really same seem seemed several shall she should shouldnt since so some something still such than that
  thats the their theirs them themselves then there theres these they theyd theyre thing things this those
  though through thus to too toward towards under until up upon us very via was wasnt way we wed well were
  werent weve what whatever when where whether which while who whom whose why will with within without wont
  would wouldnt yet you your yours yourself`.split(/\s+/),
);

/**
 * A word (letters and digits of any script; apostrophes inside a word are dropped, "didn’t" →
 * "didnt") or a clause break (a pair of words is only counted inside one clause), in text
 * that is not plain ASCII; plain ASCII text, nearly all of it, is scanned by character codes.
 */
const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)|([.,;:!?()[\]{}"“”…—–\n]+)/gu;
// Printable ASCII and white space (tab to tilde); anything else takes the Unicode path.
const NOT_ASCII = /[^\t-~]/;
const MIN_WORD_LENGTH = 3;

/** Lower-cased, accents folded; text that is plain ASCII skips the Unicode work. */
function fold(text: string): { text: string; ascii: boolean } {
  if (!NOT_ASCII.test(text)) return { text: text.toLowerCase(), ascii: true };
  return {
    text: text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
    ascii: false,
  };
}

/** Clause breaks of plain ASCII text, by character code. */
const ASCII_BREAKS = new Set([...'.,;:!?()[]{}"\n'].map((char) => char.charCodeAt(0)));
const APOSTROPHE = 39;
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Calls `visit` with each word (apostrophes dropped), or with null at a clause break; stops
 * when `visit` returns true. Plain ASCII text is scanned by character codes: the first
 * reading of a large journal goes through millions of words.
 */
function forEachToken(text: string, visit: (word: string | null) => boolean | void): void {
  const folded = fold(text);
  if (!folded.ascii) {
    const pattern = new RegExp(TOKEN);
    for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
      const word = match[1];
      if (visit(word === undefined ? null : word.replace(/['’]/g, '')) === true) return;
    }
    return;
  }
  const chars = folded.text;
  let start = -1;
  let apostrophes = false;
  for (let at = 0; at <= chars.length; at++) {
    const code = at < chars.length ? chars.charCodeAt(at) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = at;
      continue;
    }
    // An apostrophe between two word characters joins them ("didn't").
    if (code === APOSTROPHE && start >= 0 && isWordCode(chars.charCodeAt(at + 1))) {
      apostrophes = true;
      continue;
    }
    if (start >= 0) {
      const word = chars.slice(start, at);
      if (visit(apostrophes ? word.replaceAll("'", '') : word) === true) return;
      start = -1;
      apostrophes = false;
    }
    if (ASCII_BREAKS.has(code) && visit(null) === true) return;
  }
}

const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([bdfgkmnprt])\1$/;

/**
 * A light stemmer: enough that "hire", "hired", "hiring" and "hires" meet, and "deadlines"
 * meets "deadline". Stems are only grouping keys; people are shown the words they wrote.
 */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stemmed = stemOnce(word);
  if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
  stems.set(word, stemmed);
  return stemmed;
}

// Words repeat (a journal's vocabulary is a few thousand words): each is stemmed once.
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

function stemOnce(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = DOUBLE_END.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** True for words too common or too short to say anything about a cause. */
export function isStopWord(word: string): boolean {
  if (word.length < MIN_WORD_LENGTH || stopWords.has(word)) return true;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A term: a stemmed word or an adjacent pair of them, with the words as written. */
export interface Term {
  /** Grouping key: a stem, or two stems joined by a space. */
  key: string;
  /** The words as they were written (lower-cased), for showing. */
  surface: string;
}

/**
 * The distinct terms of a text, in order of first appearance: every content word, and every
 * pair of content words written next to each other in one clause ("vendor timeline").
 * At most `limit` terms: a cause is named early, and a very long text must not cost more.
 */
export function termsOf(text: string, limit = Number.POSITIVE_INFINITY): Term[] {
  const terms = new Map<string, string>();
  const add = (key: string, surface: string) => {
    if (!terms.has(key)) terms.set(key, surface);
  };
  let previous: { stem: string; word: string } | null = null;
  forEachToken(text, (word) => {
    if (word === null || isStopWord(word)) {
      previous = null;
      return;
    }
    const stemmed = stem(word);
    add(stemmed, word);
    if (previous && previous.stem !== stemmed && terms.size < limit)
      add(`${previous.stem} ${stemmed}`, `${previous.word} ${word}`);
    previous = { stem: stemmed, word };
    return terms.size >= limit;
  });
  return [...terms].slice(0, limit).map(([key, surface]) => ({ key, surface }));
}

/** Calls `visit` with each word of a text, lower-cased (stop words and repeats included). */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachToken(text, (word) => {
    if (word !== null) visit(word);
  });
}

/**
 * A 32-bit FNV-1a hash of a term's key. The insights cache keeps these numbers, never the
 * words: a setback deleted for good leaves no readable text behind in it.
 */
export function termHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
