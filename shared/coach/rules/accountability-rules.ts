/**
 * Accountability over the parse: who each clause is about, and what it says of them. Blame
 * is another party (or a circumstance) as the cause with no ownership nearby — whether told
 * with a stock excuse or as a plain description of someone's shortcomings. Whether a clause
 * owns a cause is read here too, and shared with defensive tone (defence-rules.ts).
 */
import type { StoryPart } from '../../story-parts';
import {
  CIRCUMSTANCE_CAUSE,
  FAILURE_ACTION,
  IMPOSED,
  NEGATIVE_EVALUATION,
  OUTCOME_FAILURE,
  SHORTFALL,
} from '../lexicon/judgments';
import type { Clause, Sentence, Token } from '../nlp/parse';
import { classifySubject, type SubjectKind } from '../nlp/subjects';
import { hasExplicitOwnership, hasOwnership } from '../signals';
import { countWords, hasMatch, matchesOf } from '../text';
import type { PartText, RawFinding, StoryContext } from './context';

/** "was inexperienced", "were a nightmare": the evaluation right after the verb, not anywhere in the clause. */
const evaluatedAs = new RegExp(
  String.raw`\b(?:was|were|is|are|'s|'re|had been|has been|got|seemed|looked|felt|been|became)\s+(?:\w+\s+){0,2}?${NEGATIVE_EVALUATION}|\b(?:was|were|is|are) (?:known|famous|notorious) (?:\w+ ){0,4}?for being (?:\w+ )?${NEGATIVE_EVALUATION}`,
  'i',
);
const failureAction = new RegExp(FAILURE_ACTION, 'i');
const outcomeFailure = new RegExp(OUTCOME_FAILURE, 'i');
const imposed = new RegExp(IMPOSED, 'i');
const shortfall = new RegExp(SHORTFALL, 'i');
const circumstanceCause = new RegExp(CIRCUMSTANCE_CAUSE, 'gi');

/** Another party's act that came too late or too thin to work with. */
const tooLate =
  /\b(?:only|just) (?:[a-z]+ed|sent|told|gave|got|let|shared|showed|rang|wrote|brought)\b[^.;]{0,40}\b(?:before|late|minute|day|night|morning|hour)\b|\b(?:at the (?:very )?last minute|the (?:night|day|morning|evening|afternoon) before|far too late|(?:days?|weeks?|hours?) late)\b/;

/** Verbs whose negation describes a state, not a duty left undone ("they didn't know"). */
const NEUTRAL_NEGATED = new Set([
  'be',
  'have',
  // A body's state: "I hadn't slept" is an excuse, not a duty left undone.
  'sleep',
  'eat',
  'rest',
  'like',
  'want',
  'mind',
  'need',
  'seem',
  'look',
  'matter',
  // Opinions: "I don't think…" hedges, it owns nothing.
  'think',
  'believe',
  'feel',
  'suppose',
  'guess',
  'reckon',
  'expect',
  'mean',
]);
const NOBODY = /^(?:nobody|no one|no-one|none of (?:them|the \w+))\b/;

/** The predicate of a clause: what follows its subject. */
function predicateOf(clause: Clause): string {
  if (!clause.subject) return clause.text;
  const from = clause.subject.end - clause.start;
  return clause.text.slice(Math.max(0, from));
}

/** A clause that says another party (or, in a cause, a circumstance) fell short. */
/**
 * "…I gave no example, so half the class did not know how to start": after the speaker's own
 * act, a clause with "so" is what it led to, not another party's fault.
 */
export function resultOfOwnAct(sentence: Sentence, clause: Clause): boolean {
  const index = sentence.clauses.indexOf(clause);
  return (
    (clause.marker === 'so' || clause.tokens[0]?.lower === 'so') &&
    sentence.clauses.slice(0, index).some((c) => c.subject?.kind === 'self' || c.subject?.kind === 'we')
  );
}

/**
 * "The labels were all wrong, so obviously I put it in the wrong bay": the speaker's act told
 * as what someone else's failing led to is part of the blame, not ownership of the cause.
 */
function resultOfOthers(sentence: Sentence, clause: Clause): boolean {
  const index = sentence.clauses.indexOf(clause);
  if (index <= 0 || (clause.subject?.kind !== 'self' && clause.subject?.kind !== 'we')) return false;
  if (clause.marker !== 'so' && clause.tokens[0]?.lower !== 'so') return false;
  const before = sentence.clauses.slice(0, index);
  return (
    before.some((c) => c.subject?.kind === 'person' || c.subject?.kind === 'circumstance' || scarcity(c)) &&
    !before.some((c) => c.subject?.kind === 'self' || c.subject?.kind === 'we')
  );
}

/** "There was only me and one other carer on", "there wasn't enough time": a shortage as a state of things. */
const scarcity = (clause: Clause) =>
  clause.subject?.text === 'there' &&
  /^there (?:was|were|is|are|'s)(?:n't| not)? (?:(?:only|just|no|not enough|too few|too little|hardly any|never enough)\b|enough\b)/.test(clause.text) &&
  !(/^there (?:was|were|is|are|'s) enough\b/.test(clause.text));

/** A circumstance with no shape to it: "the situation", "the timing", "everything". */
const SHAPELESS = /^(?:the |that |this )?(?:whole )?(?:situation|timing|circumstances|period|time|moment|everything|things|stuff|context)$/;

function blamesOthers(clause: Clause, part: StoryPart, sentence?: Sentence): boolean {
  const subject = clause.subject;
  if (!subject) return false;
  if (sentence && resultOfOwnAct(sentence, clause)) return false;
  const predicate = predicateOf(clause);
  const other = subject.kind === 'person';
  const circumstance =
    part === 'whyItHappened' &&
    !SHAPELESS.test(subject.text) &&
    (subject.kind === 'circumstance' || (subject.kind === 'thing' && /^the /.test(subject.text)));
  if (!other && !circumstance) return false;
  if (hasMatch(failureAction, predicate)) return other;
  if (circumstance && hasMatch(outcomeFailure, predicate)) return true;
  if (hasMatch(evaluatedAs, predicate)) return true;
  // "…only shared it the night before", "sent it at the last minute": too little, too late.
  if (other && part === 'whyItHappened' && hasMatch(tooLate, predicate)) return true;
  // In the cause, another person not doing something is the cause as told.
  if (other && part === 'whyItHappened') {
    // "Nobody told me"; but "nobody can do it like I do" is a boast, not a cause.
    if (NOBODY.test(subject.text) && !/\b(?:can|could)\b/.test(predicate)) return true;
    if (clause.negated && clause.verb && !NEUTRAL_NEGATED.has(clause.verb.lemma)) return true;
    // "Marketing gave us nothing to work with", "the client sent no feedback": an omission told
    // with "no" on the object, by someone else.
    if (zeroObject(clause)) return true;
  }
  return false;
}

const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'am', "'m", "'re", 'be', 'got', 'get', 'gets']);
const NP_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** A past participle: "handed", "spent", "told" (not "handing", not "hand"). */
const isParticiple = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower);

/** "…was changed by my supervisor", "had been half spent by the person before me": who did it, by the agent phrase. */
export function agentKind(tokens: readonly Token[]): SubjectKind | null {
  for (let i = 2; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'by') continue;
    // "looked at by management", "signed off by the site lead": a particle may follow the participle.
    const particle = tokens[i - 1]!.pos === 'ADP' || tokens[i - 1]!.pos === 'PART' ? 1 : 0;
    if (!isParticiple(tokens[i - 1 - particle]!)) continue;
    // A form of "be" or "get" before the participle (adverbs and "half" may sit between).
    const before = tokens.slice(Math.max(0, i - 5 - particle), i - 1 - particle);
    if (!before.some((t) => BE_FORMS.has(t.lower))) continue;
    const phrase: Token[] = [];
    for (let j = i + 1; j < tokens.length && NP_WORDS.has(tokens[j]!.pos); j++) phrase.push(tokens[j]!);
    const head = phrase.filter((t) => t.pos !== 'ADP');
    if (head.length > 0) return classifySubject(head);
  }
  return null;
}

/**
 * "It was the night shift that left it", "it is the office who put it in": a cleft that
 * names another party as the one who acted.
 */
function cleftActor(sentence: Sentence): boolean {
  const tokens = sentence.tokens.filter((t) => t.pos !== 'PUNCT');
  for (let i = 0; i < tokens.length - 3; i++) {
    if (!/^(?:it|this|that)$/.test(tokens[i]!.lower) || !/^(?:is|was|'s)$/.test(tokens[i + 1]!.lower)) continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
    const phrase: Token[] = [];
    while (j < tokens.length && NP_WORDS.has(tokens[j]!.pos) && !/^(?:who|that)$/.test(tokens[j]!.lower))
      phrase.push(tokens[j++]!);
    if (phrase.length === 0 || !/^(?:who|that)$/.test(tokens[j]?.lower ?? '')) continue;
    const next = tokens[j + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX') && classifySubject(phrase) === 'person') return true;
  }
  return false;
}

/** "I was handed…", "I was put on the till": the speaker as the one something was done to. */
function passiveSelf(clause: Clause): boolean {
  if (clause.subject?.kind !== 'self') return false;
  const after = clause.tokens.filter((t) => t.start >= clause.subject!.end && t.pos !== 'ADV');
  return BE_FORMS.has(after[0]?.lower ?? '') && after[1] !== undefined && isParticiple(after[1]);
}

/** "I was given an impossible deadline": the situation as something done to the speaker. */
export function imposedOnSpeaker(clause: Clause, sentence: Sentence): boolean {
  // What fell short may follow in a clause of its own: "…with two days' notice and no handover".
  return (
    hasMatch(imposed, clause.text) &&
    hasMatch(shortfall, sentence.text.toLowerCase().slice(clause.start - sentence.start))
  );
}

/** What the speaker does wrong in a clause of their own, in any tense: "I skip", "I didn't check". */
const SELF_CAUSE_LEMMAS = new Set(
  'assume rush skip forget miss ignore overlook trust rely underestimate overestimate misread misjudge misunderstand decide choose agree accept let delay avoid approve sign hurry guess cut push prioritise prioritize focus leave put'.split(
    ' ',
  ),
);

/** "I cannot know", "I couldn't see it": an inability pleaded, not a duty left undone. */
const unable = (clause: Clause) =>
  clause.tokens.some((t) => /^(?:can|could|ca)$/.test(t.lower)) &&
  !clause.tokens.some((t) => t.lemma === 'have' && t.pos === 'AUX');

export function ownsInClauses(sentence: Sentence): boolean {
  return sentence.clauses.some(
    (clause) =>
      clause.subject?.kind === 'self' &&
      clause.verb !== null &&
      ((clause.negated && !NEUTRAL_NEGATED.has(clause.verb.lemma) && !unable(clause) && !negatedInRelative(clause)) ||
        // "I gave no example", "I did no checks": an omission told with "no" on the object.
        zeroObject(clause) ||
        // "My instructions were far too long": the speaker's own work judged.
        (/^(?:my|our) /.test(clause.subject.text) && hasMatch(evaluatedAs, predicateOf(clause))) ||
        clause.tokens.some((t) => t.pos === 'VERB' && SELF_CAUSE_LEMMAS.has(t.lemma)) ||
        /\b(?:without \w+ing|instead of|rather than)\b/.test(clause.text)),
  );
}

/**
 * "I also had a new manager who didn't understand the territory": the negation belongs to the
 * manager's relative clause, not to anything the speaker left undone.
 */
function negatedInRelative(clause: Clause): boolean {
  const who = clause.tokens.findIndex((t, i) => t.lower === 'who' && i > 0 && /^(?:NOUN|PROPN)$/.test(clause.tokens[i - 1]!.pos));
  return who > 0 && !clause.tokens.slice(0, who).some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never');
}

/** The speaker's verb with "no", "nothing" or "none" as its object: an omission owned. */
function zeroObject(clause: Clause): boolean {
  const tokens = clause.tokens;
  const at = clause.verb ? tokens.indexOf(clause.verb) : -1;
  if (at < 0 || clause.verb?.lemma === 'be' || clause.verb?.lemma === 'have') return false;
  return tokens.slice(at + 1, at + 3).some((t) => /^(?:no|nothing|none)$/.test(t.lower));
}

/**
 * Ownership in the sentence or either side of it. A clause in which something was handed to
 * the speaker ("I was expected to run the floor on my own") owns nothing, so it is left out.
 */
export function ownedNear(p: PartText, index: number): boolean {
  return [index - 1, index, index + 1].some((at) => {
    const sentence = p.sentences[at];
    if (sentence === undefined) return false;
    const own = sentence.clauses.filter((c) => !imposedOnSpeaker(c, sentence) && !resultOfOthers(sentence, c));
    if (own.length === sentence.clauses.length) return hasOwnership(sentence.text) || ownsInClauses(sentence);
    return own.some((c) => hasOwnership(c.text)) || ownsInClauses({ ...sentence, clauses: own });
  });
}

/** A clause after offset `from` (sentence offsets) in which the speaker owns a choice. */
export function ownedAfter(sentence: Sentence, from: number): boolean {
  return sentence.clauses.some(
    (clause) =>
      clause.start - sentence.start >= from &&
      clause.subject?.kind === 'self' &&
      !clause.negated &&
      clause.tokens.some((t) => t.pos === 'VERB' && SELF_CAUSE_LEMMAS.has(t.lemma)),
  );
}

/** Ownership near a sentence, leaving out the clauses that hold `plea`. */
export function ownedBesides(p: PartText, index: number, plea: RegExp): boolean {
  return [index - 1, index, index + 1].some((at) => {
    const sentence = p.sentences[at];
    if (sentence === undefined) return false;
    const rest = sentence.clauses.filter((c) => !hasMatch(plea, c.text) && !imposedOnSpeaker(c, sentence));
    return rest.some((c) => hasOwnership(c.text)) || ownsInClauses({ ...sentence, clauses: rest });
  });
}

/** "were meant to", "are supposed to": a duty, said of someone. */
const DUTY = /^\s*(?:\w+ )?(?:are|were|is|was|'re|'s) (?:\w+ )?(?:meant|supposed|expected|paid) to\b/;
/** "…was really her job", "…is the nurses' job": a duty placed on a named other. */
const OTHERS_JOB =
  /\b(?:is|was|'s) (?:really |technically |actually |officially |supposed to be |meant to be )?(?:his|her|their|the (?:[a-z-]+ )?[a-z-]+(?:'s|s'|s's)|[a-z-]+(?:'s|s')) (?:job|responsibility|remit|area|call)\b/;
const CAUSE_NOUN = /^(?:the )?(?:main |real |whole |big )?(?:problem|issue|reason|cause|trouble)$/;

/**
 * The cause as another party's duty: "they're meant to check the charts", "chasing the
 * contractor was really her job, not mine", "the problem was the night shift".
 */
function dutyElsewhere(clause: Clause, part: StoryPart): boolean {
  if (part !== 'whyItHappened' && part !== 'whatIDid') return false;
  const subject = clause.subject;
  if (subject?.kind === 'person' && DUTY.test(predicateOf(clause))) return true;
  if (OTHERS_JOB.test(clause.text) && subject?.kind !== 'self') return true;
  // "The problem was the night shift": a copula from a cause noun to people.
  if (subject && CAUSE_NOUN.test(subject.text) && clause.verb?.lemma === 'be') {
    const words = clause.tokens.filter((t) => t.start >= subject.end && t.pos !== 'AUX' && t.pos !== 'PUNCT');
    const end = words.findIndex((t) => !NP_WORDS.has(t.pos) || t.pos === 'NUM');
    const phrase = end < 0 ? words : words.slice(0, end);
    return phrase.length > 0 && phrase.length <= 4 && classifySubject(phrase) === 'person';
  }
  return false;
}

/** Who a blaming clause is about, as the person wrote it ("the night shift", "QA"). */
const actorDetail = (p: PartText, clause: Clause) =>
  `actor:${clause.subject ? p.norm.slice(clause.subject.start, clause.subject.end) : ''}`;

const clauseFinding = (p: PartText, clause: Clause): RawFinding => ({
  kind: 'blame',
  part: p.part,
  start: clause.subject && clause.subject.start < clause.start ? clause.subject.start : clause.start,
  end: clause.end,
  detail: actorDetail(p, clause),
});

const blameParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'];

/** Blame read from who each clause is about (beside the phrase rules in blame-rules.ts). */
export function blameByClause(story: StoryContext): RawFinding[] {
  const whyOwned = hasOwnership(story.whyItHappened.norm) || hasExplicitOwnership(story.whatHappened.norm);
  const out: RawFinding[] = [];
  for (const part of blameParts) {
    const p = story[part];
    if (p.empty || hasExplicitOwnership(p.norm)) continue;
    if (part !== 'whyItHappened' && whyOwned) continue;
    p.sentences.forEach((sentence, index) => {
      if (ownedNear(p, index)) return;
      for (const clause of sentence.clauses) {
        // A lesson that blames: "the office must communicate better".
        if (part === 'whatILearned') {
          if (
            clause.subject?.kind === 'person' &&
            /\b(?:must|should|need to|needs to|have to|has to)\b/.test(clause.text)
          )
            out.push(clauseFinding(p, clause));
          continue;
        }
        if (blamesOthers(clause, part, sentence) || imposedOnSpeaker(clause, sentence) || dutyElsewhere(clause, part))
          out.push(clauseFinding(p, clause));
        // In the cause, another party named as the agent of what went wrong.
        else if (part === 'whyItHappened' && agentKind(clause.tokens) === 'person')
          out.push({ kind: 'blame', part, start: clause.start, end: clause.end });
      }
      if (part !== 'whatIDid' && cleftActor(sentence))
        out.push({ kind: 'blame', part, start: sentence.start, end: sentence.end });
      if (part === 'whyItHappened')
        for (const m of matchesOf(circumstanceCause, sentence.text)) {
          const start = sentence.start + m.index;
          out.push({ kind: 'blame', part, start, end: start + m[0].length });
        }
    });
  }
  return out;
}

/**
 * A cause told wholly as other people's or the world's doing: "the market died", "the night
 * shift never writes anything down", "the tiler was heavy-handed". However it is phrased,
 * when nothing in "Why it happened" is the speaker's own, the interviewer hears blame.
 */
export function causeWithoutOwner(story: StoryContext): RawFinding[] {
  const p = story.whyItHappened;
  if (p.empty || countWords(p.norm) < 6) return [];
  if (hasOwnership(p.norm) || p.sentences.some(ownsInClauses) || p.sentences.some(actsInCause)) return [];
  for (const sentence of p.sentences)
    for (const clause of sentence.clauses) {
      const subject = clause.subject;
      if (!clause.verb || !subject) continue;
      // "I gave them no induction, so two of them…": what the speaker's act led to, not a cause elsewhere.
      if (resultOfOwnAct(sentence, clause)) continue;
      // "…and the wrong version went out", "the files got mixed up": a thing that only went or got
      // somewhere did nothing to anyone (not "the server went down", a thing that failed).
      const happened =
        subject.kind === 'thing' &&
        /^(?:go|get|happen|end)$/.test(clause.verb.lemma) &&
        !hasMatch(outcomeFailure, predicateOf(clause));
      // "The situation was complicated for everyone": a cause with no shape is vague, not blame.
      if (SHAPELESS.test(subject.text)) continue;
      const told =
        subject.kind === 'person' ||
        subject.kind === 'circumstance' ||
        (subject.kind === 'thing' && /^the |'s? /.test(subject.text) && !happened);
      if (told)
        return [
          {
            kind: 'blame',
            part: 'whyItHappened',
            start: clause.start,
            end: clause.end,
            detail: actorDetail(p, clause),
          },
        ];
    }
  return [];
}

/** Pleading diligence ("I'd asked twice", "I wrote it on the chart") is not owning a cause. */
const DILIGENCE = new Set([
  'ask',
  'flag',
  'tell',
  'warn',
  'email',
  'chase',
  'remind',
  'say',
  'write',
  'follow',
  'cover',
  'work',
  'try',
  'do',
  'check',
  'call',
  'raise',
  'mention',
  'explain',
  'use',
  'give',
  'get',
]);

/** The speaker doing something in the cause: "I pulled the numbers from the cache", "I logged it without…". */
function actsInCause(sentence: Sentence): boolean {
  return sentence.clauses.some(
    (clause) =>
      clause.subject?.kind === 'self' &&
      !passiveSelf(clause) &&
      (/\b(?:instead of|rather than|without \w+ing)\b/.test(clause.text) ||
        clause.tokens.some((t) => t.pos === 'VERB' && !NEUTRAL_NEGATED.has(t.lemma) && !DILIGENCE.has(t.lemma))),
  );
}
