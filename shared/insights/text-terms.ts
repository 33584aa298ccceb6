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

/** Letters and digits of any script; apostrophes inside a word are dropped ("didn’t" → "didnt"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Where a phrase ends: a pair of words is only counted inside one clause. */
const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”…—–\n]+/u;
const MIN_WORD_LENGTH = 3;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([bdfgkmnprt])\1$/;

/**
 * A light stemmer: enough that "hire", "hired", "hiring" and "hires" meet, and "deadlines"
 * meets "deadline". Stems are only grouping keys; people are shown the words they wrote.
 */
export function stem(word: string): string {
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
  return word.length < MIN_WORD_LENGTH || stopWords.has(word) || /^\d+$/.test(word);
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
    if (terms.size < limit && !terms.has(key)) terms.set(key, surface);
  };
  for (const clause of fold(text).split(CLAUSE_BREAK)) {
    let previous: { stem: string; word: string } | null = null;
    for (const match of clause.matchAll(WORD)) {
      const word = match[0].replace(/['’]/g, '');
      if (isStopWord(word)) {
        previous = null;
        continue;
      }
      const stemmed = stem(word);
      add(stemmed, word);
      if (previous && previous.stem !== stemmed) add(`${previous.stem} ${stemmed}`, `${previous.word} ${word}`);
      previous = { stem: stemmed, word };
      if (terms.size >= limit) break;
    }
  }
  return [...terms].map(([key, surface]) => ({ key, surface }));
}

/** The distinct stems of a text's content words (no pairs): what keyword rules look for. */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/['’]/g, '');
    if (!isStopWord(word)) stems.add(stem(word));
  }
  return stems;
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
