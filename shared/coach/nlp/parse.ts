/**
 * The coach's reading of a part: sentences, tokens with their part of speech, lemma and
 * negation, and clauses with their subject. Built on
 * wink-nlp and its small English model (bundled, no download); everything else the rules
 * need is derived here once per part, so the rules read structure, not raw text.
 */
import winkNLP, { type ItemSentence, type ItemToken, type ItsFunction, type WinkMethods } from 'wink-nlp';
import { englishModel } from './model';
import { classifySubject, type SubjectKind } from './subjects';

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** As written (normalized quotes and dashes), and lower-cased. */
  text: string;
  lower: string;
  lemma: string;
  pos: Pos;
  /** UTF-16 offsets into the part's text. */
  start: number;
  end: number;
  /** Inside the scope of a negation ("didn't *check* it"). */
  negated: boolean;
}

/** The person or thing a clause is about, and what kind of actor it is. */
export interface Subject {
  text: string;
  kind: SubjectKind;
  start: number;
  end: number;
}

/** A stretch of a sentence with one verb group: who does what. */
export interface Clause {
  tokens: Token[];
  start: number;
  end: number;
  /** Lower-cased text of the clause, as written. */
  text: string;
  subject: Subject | null;
  /** The main verb ("think" in "I don't think"), else the auxiliary. */
  verb: Token | null;
  tense: 'past' | 'present' | 'future' | 'none';
  negated: boolean;
  /** Starts with the subordinator that attaches it ("because", "when", "although"…). */
  marker: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence as written (normalized). */
  text: string;
  tokens: Token[];
  clauses: Clause[];
}

export interface Parsed {
  sentences: Sentence[];
  tokens: Token[];
}

let nlp: WinkMethods | undefined;

/** The English pipeline, made on first use (reading the model takes a moment; importing this file does not). */
function pipeline(): WinkMethods {
  nlp ??= winkNLP(englishModel, ['sbd', 'negation', 'pos']);
  return nlp;
}

/** What a contracted verb stands for ("'m" → "be"). */
const CONTRACTED: Record<string, string> = {
  "'m": 'be',
  "'re": 'be',
  "'s": 'be',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
};

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "hadn't", "didn't", "wasn't", "weren't"]);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', "won't"]);
const SUBORDINATORS = new Set([
  'because',
  'since',
  'although',
  'though',
  'while',
  'whereas',
  'when',
  'whenever',
  'if',
  'unless',
  'until',
  'after',
  'before',
  'as',
  'once',
  'so',
  'which',
  'who',
  'that',
]);
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')']);

/** True for the form of a verb in the past: "missed", "told", "had". */
/** "am", "are", "'m", "'re": present, though neither is the lemma nor ends in -s. */
const PRESENT_BE = new Set(['am', 'are', "'m", "'re", 'ai']);

function isPastForm(token: Token): boolean {
  if (PAST_AUX.has(token.lower)) return true;
  if (PRESENT_BE.has(token.lower)) return false;
  if (token.lower === token.lemma) return false;
  return /ed$/.test(token.lower) || !/(?:s|ing)$/.test(token.lower);
}

function tenseOf(verbs: Token[]): Clause['tense'] {
  const first = verbs[0];
  if (!first) return 'none';
  if (FUTURE_AUX.has(first.lower)) return 'future';
  return isPastForm(first) ? 'past' : 'present';
}

/** Verbs that take a clause with "that" left out: "I realised [that] the plan was thin". */
const COMPLEMENT_VERBS = new Set(
  'realise realize think know assume feel find notice see say believe guess suppose hope learn understand discover figure reckon expect admit agree argue insist claim presume doubt fear worry forget remember hear explain decide'.split(
    ' ',
  ),
);
/** Pronouns that can open such a clause (objects such as "him" or "me" cannot). */
const CLAUSE_SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'there', 'this']);
const NOMINATIVE = new Set(['i', 'we', 'he', 'she', 'they']);
const SUBJECT_START = new Set<Pos>(['DET', 'PRON', 'PROPN', 'NOUN']);
const POSSESSIVE_OPENERS = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/**
 * True when a clause with "that" dropped starts at `i`: right after a verb of thinking or
 * saying (an adverb or two may sit between: "I realised too late the query was…"), a noun
 * phrase or subject pronoun followed, before any punctuation, by a finite verb of its own.
 */
function droppedThat(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  // "I learned other teams must…", "I realised new starters were…": an adjective may open the noun phrase.
  const adjectiveOpens = token.pos === 'ADJ' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN');
  if (!SUBJECT_START.has(token.pos) && !adjectiveOpens) return false;
  // "I learned my old boss was…": a possessive opens a noun phrase that can be the subject.
  const possessiveOpens = POSSESSIVE_OPENERS.has(token.lower) && tokens[i + 1]?.pos !== 'PUNCT';
  if (token.pos === 'PRON' && !CLAUSE_SUBJECT_PRONOUNS.has(token.lower) && !possessiveOpens) return false;
  let at = i - 1;
  // Not past "how", "why", "where": "remember how you made them feel" is a question word's clause.
  while (
    at >= 0 &&
    at >= i - 2 &&
    tokens[at]!.pos === 'ADV' &&
    !/^(?:how|why|where|when|what)$/.test(tokens[at]!.lower)
  )
    at--;
  if (/^(?:how|why|where|when|what)$/.test(tokens[at]?.lower ?? '')) return false;
  const verb = tokens[at];
  if (!verb || verb.pos !== 'VERB' || !COMPLEMENT_VERBS.has(verb.lemma)) return false;
  // "to think the…", "I want to see the…": an infinitive of thinking is not a report of it.
  if (tokens[at - 1]?.lower === 'to') return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') return !/ing$/.test(t.lower) && tokens[j - 1]?.lower !== 'to';
  }
  return false;
}

/** Where each clause of a sentence starts: at a subordinator, a coordinator before a new subject, or a break. */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const previous = tokens[i - 1]!;
    if (CLAUSE_BREAKS.has(token.text)) starts.push(i + 1);
    else if (droppedThat(tokens, i)) starts.push(i);
    // "As soon as the solicitor called I went back…": a subject pronoun right after a verb, with no
    // comma, opens a clause of its own ("I" is never an object).
    else if (previous.pos === 'VERB' && NOMINATIVE.has(token.lower) && token.pos === 'PRON') starts.push(i);
    else if (token.pos === 'SCONJ' && SUBORDINATORS.has(token.lower)) starts.push(i);
    else if (token.pos === 'CCONJ' && next && (next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET'))
      starts.push(i);
    else if (token.pos === 'CCONJ' && next?.pos === 'ADV' && ['PRON', 'PROPN'].includes(tokens[i + 2]?.pos ?? ''))
      starts.push(i);
    else if (token.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) starts.push(i);
    else if (
      previous.text === ',' &&
      (token.pos === 'PRON' || token.pos === 'DET' || token.lower === 'but' || token.lower === 'so')
    )
      starts.push(i);
  }
  return [...new Set(starts)].filter((at) => at < tokens.length).sort((a, b) => a - b);
}

const CONTENT = new Set<Pos>(['NOUN', 'PROPN', 'PRON', 'NUM']);
const TEMPORAL = new Set([
  'day',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
  'time',
  'weekend',
  'quarter',
  'season',
  'term',
]);
/** Words that frame a sentence in speech and chat, never part of its subject. */
const DISCOURSE = new Set([
  'tbh',
  'tbf',
  'honestly',
  'basically',
  'well',
  'so',
  'um',
  'uh',
  'lol',
  'ok',
  'okay',
  'anyway',
  'yeah',
  'like',
  'imo',
  'ngl',
]);
/** Heads of a phrase that only count what follows "of": "a lot of them", "half of the team". */
const QUANTITIES = new Set(
  'lot lots most some half many all none few majority rest both several one two three four five'.split(' '),
);
/** Subject pronouns that open a relative clause with "that" left out: "the agency we used". */
const CONTACT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'you']);
const MODIFIERS = new Set<Pos>(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
const RELATIVE = new Set(['who', 'which']);
const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'your', 'its']);
/** A word that can stand inside a noun phrase before its head: "the", "our", "night", "new". */
const isModifier = (token: Token) => MODIFIERS.has(token.pos) || POSSESSIVES.has(token.lower);

/** The noun phrase before the clause's first verb, if any: "the night shift", "our vendor", "I". */
function subjectOf(tokens: Token[], verbAt: number, from = 0): Subject | null {
  let end = verbAt - 1;
  while (end >= 0 && (tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'PART')) end--;
  if (end < from || !CONTENT.has(tokens[end]!.pos)) return null;
  // "the coordinator who did the allocations": the relative pronoun stands for the noun before it.
  if (end > from && RELATIVE.has(tokens[end]!.lower) && CONTENT.has(tokens[end - 1]!.pos)) end--;
  let start = end;
  while (start > from && isModifier(tokens[start - 1]!) && tokens[start - 1]!.text !== ',') start--;
  // "The locum that month was…": a time word after a noun says when, not who.
  if (
    TEMPORAL.has(tokens[end]!.lemma) &&
    end > 0 &&
    tokens[end - 1]!.pos === 'DET' &&
    end > 1 &&
    CONTENT.has(tokens[end - 2]!.pos)
  ) {
    end -= 2;
    start = end;
    while (start > 0 && isModifier(tokens[start - 1]!) && tokens[start - 1]!.text !== ',') start--;
  }
  // "Two people in my group didn't…": the subject is the phrase before the preposition; but in
  // "a lot of them", "most of the drivers" the phrase before "of" is a quantity, and the people follow it.
  while (
    start >= 2 &&
    tokens[start - 1]!.pos === 'ADP' &&
    CONTENT.has(tokens[start - 2]!.pos) &&
    !(tokens[start - 1]!.lower === 'of' && QUANTITIES.has(tokens[start - 2]!.lower))
  ) {
    end = start - 2;
    start = end;
    while (start > 0 && isModifier(tokens[start - 1]!)) start--;
  }
  // "tbh the permissions…", "honestly the rota…": a word that frames the sentence is not part of its subject.
  while (start < end && DISCOURSE.has(tokens[start]!.lower)) start++;
  const words = tokens.slice(start, end + 1);
  const text = words.map((t) => t.lower).join(' ');
  return { text, kind: classifySubject(words), start: words[0]!.start, end: words[words.length - 1]!.end };
}

function makeClauses(sentenceTokens: Token[], norm: string): Clause[] {
  const words = sentenceTokens.filter((t) => t.pos !== 'SPACE');
  const starts = clauseStarts(words);
  const clauses: Clause[] = [];
  let inherited: Subject | null = null;
  starts.forEach((from, index) => {
    const to = starts[index + 1] ?? words.length;
    const tokens = words.slice(from, to).filter((t) => t.pos !== 'PUNCT' || t.text === '-');
    if (tokens.length === 0) return;
    const first = tokens[0]!;
    const marker =
      (first.pos === 'SCONJ' || first.pos === 'CCONJ') && SUBORDINATORS.has(first.lower) ? first.lower : null;
    // "To be honest this cohort was…", "to be fair the brief was…": a frame before the clause, not its verb.
    const framed =
      tokens[0]?.lower === 'to' && tokens[1]?.lemma === 'be' && /^(?:honest|fair|frank|clear)$/.test(tokens[2]?.lower ?? '')
        ? 3
        : 0;
    let verbAt = tokens.findIndex((t, i) => i >= framed && (t.pos === 'VERB' || t.pos === 'AUX'));
    // "The agency we used overpromised", "the supplier I picked delivered late": a relative
    // clause with no "that" between a noun and its own verb; the clause is the noun's.
    let relativeSubject: Subject | null = null;
    if (
      verbAt >= 2 &&
      tokens[verbAt]!.pos === 'VERB' &&
      CONTACT_PRONOUNS.has(tokens[verbAt - 1]!.lower) &&
      (tokens[verbAt - 2]!.pos === 'NOUN' || tokens[verbAt - 2]!.pos === 'PROPN') &&
      // "…overpromised", or "the software we use | is not reliable": the noun's own verb or auxiliary.
      ((tokens[verbAt + 1]?.pos === 'VERB' &&
        (tokens[verbAt + 1]!.lower !== tokens[verbAt + 1]!.lemma || /ed$/.test(tokens[verbAt + 1]!.lower))) ||
        (tokens[verbAt + 1]?.pos === 'AUX' &&
          /^(?:is|was|are|were)$/.test(tokens[verbAt + 1]!.lower) &&
          // Not a passive ("every box I catalogue is checked…"): there the speaker's verb is the practice.
          tokens.slice(verbAt + 2).find((t) => t.pos !== 'ADV' && t.pos !== 'PART')?.pos !== 'VERB'))
    ) {
      relativeSubject = subjectOf(tokens, verbAt - 1);
      verbAt += 1;
    } else if (
      // "The system we were given was ancient", "the figures I was sent were wrong": the same, in the passive.
      verbAt >= 2 &&
      /^(?:was|were)$/.test(tokens[verbAt]!.lower) &&
      CONTACT_PRONOUNS.has(tokens[verbAt - 1]!.lower) &&
      (tokens[verbAt - 2]!.pos === 'NOUN' || tokens[verbAt - 2]!.pos === 'PROPN') &&
      // The tagger reads "given", "sent" there as nouns at times; the participle's ending decides.
      ((tokens[verbAt + 1]?.pos === 'VERB' && tokens[verbAt + 1]!.lower !== tokens[verbAt + 1]!.lemma) ||
        (tokens[verbAt + 1]?.pos === 'NOUN' && /(?:ed|en|wn|nt|ght)$/.test(tokens[verbAt + 1]!.lower))) &&
      !/ing$/.test(tokens[verbAt + 1]!.lower) &&
      (tokens[verbAt + 2]?.pos === 'AUX' || tokens[verbAt + 2]?.pos === 'VERB')
    ) {
      relativeSubject = subjectOf(tokens, verbAt - 1);
      verbAt += 2;
    }
    const verbs = verbAt < 0 ? [] : tokens.slice(verbAt).filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // The main verb says what is done ("think" in "don't think"); the first one carries the tense.
    const main = verbs.find((t) => t.pos === 'VERB') ?? verbs[0] ?? null;
    let subject = relativeSubject ?? (verbAt < 0 ? null : subjectOf(tokens, verbAt, framed));
    // "…and didn't catch it": a verb with no subject of its own shares the one before.
    if (!subject && verbAt >= 0 && verbAt <= 2 && (first.pos === 'CCONJ' || verbAt === 0) && inherited)
      subject = inherited;
    if (subject) inherited = subject;
    clauses.push({
      tokens,
      start: first.start,
      end: tokens[tokens.length - 1]!.end,
      text: norm.slice(first.start, tokens[tokens.length - 1]!.end).toLowerCase(),
      subject,
      verb: main,
      tense: tenseOf(verbs),
      // "not" and "never" only: wink also marks what follows "no" ("no budget"), which negates a noun, not the clause.
      negated: tokens.some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never'),
      marker,
    });
  });
  return clauses;
}

/**
 * Parses `norm` (a part's text with quotes and dashes folded, the same length as what was
 * typed). Sentences also end at line breaks: people write one point per line.
 */
export function parse(norm: string): Parsed {
  const winkNlp = pipeline();
  const its = winkNlp.its;
  // A run of 40+ characters with no space is no English word (a URL, a paste, a key held
  // down), and the tagger slows to seconds on one: cut it into pieces, keeping every offset.
  const doc = winkNlp.readDoc(norm.replace(/\S{41,}/g, (run) => run.replace(/(.{39})./g, '$1 ')));
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const text = String(token.out());
    const found = norm.indexOf(text, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? Math.min(norm.length, cursor + text.length) : found + text.length;
    cursor = end;
    const negated = Boolean(token.out(its.negationFlag));
    // wink keeps "I'm" and "they've" whole (as a name); the rules need the pronoun and the verb.
    const contraction = /^(i|you|we|they|he|she|it|that|there)('m|'re|'s|'ve|'ll|'d)$/i.exec(text);
    if (contraction) {
      const [, pronoun = '', verb = ''] = contraction;
      const split = start + pronoun.length;
      const lower = pronoun.toLowerCase();
      tokens.push({ text: pronoun, lower, lemma: lower, pos: 'PRON', start, end: split, negated });
      const aux = verb.toLowerCase();
      tokens.push({ text: verb, lower: aux, lemma: CONTRACTED[aux] ?? aux, pos: 'AUX', start: split, end, negated });
      return;
    }
    tokens.push({
      text,
      lower: text.toLowerCase(),
      // wink's own typings disagree with its lemma helper's signature; the call is as documented.
      lemma: String(token.out(its.lemma as unknown as ItsFunction<string>)).toLowerCase(),
      pos: String(token.out(its.pos)) as Pos,
      start,
      end,
      negated,
    });
  });

  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const run = tokens.slice(from, to).filter((t) => t.pos !== 'SPACE');
    if (run.length === 0) return;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    sentences.push({ start, end, text: norm.slice(start, end), tokens: run, clauses: makeClauses(run, norm) });
  };
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    let from = first;
    for (let i = first; i <= last; i++) {
      if (tokens[i]?.pos === 'SPACE' && tokens[i]!.text.includes('\n')) {
        push(from, i);
        from = i + 1;
      }
    }
    push(from, last + 1);
  });

  return { sentences, tokens };
}
