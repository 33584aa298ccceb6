/**
 * Defensive tone read from how clauses relate, beyond the stock phrases in
 * accountability-rules.ts: a denial framed as "it's not like I…", fault disclaimed "on my
 * part", a standard argued too strict, the speaker's own work called acceptable, a complaint
 * admitted and then made small, harm denied in a result clause, blame spread to everyone. Each
 * stays quiet when the speaker owns a cause outside the clauses of the plea itself.
 */
import type { StoryPart } from '../../story-parts';
import { ACCEPTABLE, COMPLAINT_WORDS, HARM_NOUNS, STANDARD_NOUNS, TOO_STRICT } from '../lexicon/judgments';
import type { Clause, Sentence, Token } from '../nlp/parse';
import { hasOwnership } from '../signals';
import { ownsInClauses } from './accountability-rules';
import type { PartText, RawFinding, StoryContext } from './context';

const parts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid'];

const BE = new Set(['is', 'was', 'were', 'are', "'s", "'re", 'been', 'be', 'seemed', 'felt', 'looked']);
const NOBODY = /^(?:nobody|no one|no-one|none|no [a-z]+)\b/;
const ANYONE = /^(?:anyone|anybody|any (?:other )?[a-z]+)$/;
const isNegation = (t: Token) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never' || t.lower === 'no';

/** True when some clause of the sentence or its neighbours, other than `plea`, owns a cause. */
function ownedOutside(p: PartText, index: number, plea: (c: Clause) => boolean): boolean {
  return [index - 1, index, index + 1].some((at) => {
    const sentence = p.sentences[at];
    if (sentence === undefined) return false;
    const rest = sentence.clauses.filter((c) => !plea(c));
    return rest.some((c) => hasOwnership(c.text)) || ownsInClauses({ ...sentence, clauses: rest });
  });
}

/** "It's not like I ignored the alarm", "it's not as if nobody was warned": an accusation denied. */
const DENIAL_FRAME =
  /\b(?:it|that|this)(?:'s| is| was) not (?:like|as if|as though)(?: (?:i|we|nobody|no one|no-one|anyone|anybody|they|he|she|the \w+)\b)/;

/** The frame and the clause after it, which holds the act denied (and owns nothing). */
function deniedFrame(sentence: Sentence): Clause[] {
  // On the sentence: the tagger may split "as | if" into clauses of their own.
  const m = DENIAL_FRAME.exec(sentence.text.toLowerCase());
  if (m === null) return [];
  // "It's not like me to…": an object pronoun is a comparison, not a denial (the pattern wants a subject).
  const from = sentence.start + m.index;
  const to = from + m[0].length;
  const inFrame = sentence.clauses.filter((c) => c.end >= from && c.start <= to);
  const last = sentence.clauses.indexOf(inFrame[inFrame.length - 1]!);
  const next = sentence.clauses[last + 1];
  return next === undefined ? inFrame : [...inFrame, next];
}

/** "It wasn't from a lack of effort on my side", "I don't see it as a failure on my part". */
const disclaimedPart = (clause: Clause) =>
  /\b(?:on|from) (?:my|our) (?:part|side|end)\b/.test(clause.text) && clause.tokens.some(isNegation);

/** "Nobody in the branch could have hit it", "anyone could have picked the wrong one". */
function beyondAnyone(clause: Clause, part: StoryPart): boolean {
  const subject = clause.subject?.text ?? '';
  const nobody = NOBODY.test(subject);
  const anyone = part === 'whyItHappened' && ANYONE.test(subject);
  if (!nobody && !anyone) return false;
  const tokens = clause.tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!/^(?:could|would)$/.test(tokens[i]!.lower)) continue;
    const have = tokens[i + 1]!.lower === 'have' || tokens[i + 1]!.lower === "'ve" ? i + 1 : -1;
    const verb = tokens[have + 1];
    // "Anyone could have been hurt" is the risk told honestly, not a defence.
    if (have > 0 && verb?.pos === 'VERB' && verb.lemma !== 'be') return !(anyone && clause.negated);
  }
  return false;
}

/** A standard called too strict: "the target they set us was frankly unrealistic", "the quality team are very strict". */
function standardTooStrict(clause: Clause): boolean {
  const tokens = clause.tokens;
  const be = tokens.findIndex((t) => BE.has(t.lower));
  if (be < 1) return false;
  const before = tokens.slice(0, be);
  const judged = before.some((t) => STANDARD_NOUNS.has(t.lower)) || clause.subject?.kind === 'person';
  if (!judged || before.some((t) => /^(?:i|my|we|our)$/.test(t.lower))) return false;
  const after = clause.text.slice(tokens[be]!.end - clause.start).replace(/^[\s,]+/, '');
  const m = /^(?:(?:[a-z]+ly|just|very|so|too|a bit|quite|really|far|way|all|a little)[\s,]+)*([a-z]+(?:-[a-z]+)?|over the top)\b/.exec(after);
  return m !== null && (TOO_STRICT.has(m[1]!) || m[1] === 'over the top');
}

/** The speaker's own work called acceptable: "what I delivered was actually pretty reasonable", "my calculations met the standard". */
function ownWorkAcceptable(clause: Clause, sentence: Sentence): boolean {
  const lower = sentence.text.toLowerCase();
  if (/\b(?:on paper|at the time|i thought|i was sure|i believed|looked like)\b/.test(lower)) return false;
  const tokens = clause.tokens;
  const own =
    /\bwhat (?:i|we) (?:\w+ )?(?:delivered|did|produced|wrote|made|sent|handed in|submitted|built|gave)\b/.test(clause.text) ||
    /^(?:\w+ )?(?:my|our) [a-z]+(?: [a-z]+)?\b/.test(clause.text);
  if (!own) return false;
  const be = tokens.findIndex((t) => BE.has(t.lower));
  if (be >= 0) {
    let j = be + 1;
    while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
    const word = tokens[j];
    if (word !== undefined && ACCEPTABLE.has(word.lower) && !tokens.slice(be, j).some(isNegation)) return true;
  }
  // "My calculations met the standard", "our figures followed the guidance".
  const met = tokens.findIndex((t) => t.pos === 'VERB' && /^(?:meet|pass|follow|comply|match|satisfy)$/.test(t.lemma));
  return met >= 0 && !clause.negated && tokens.slice(met + 1, met + 5).some((t) => STANDARD_NOUNS.has(t.lower));
}

/** "The parent did complain, but it was one comment": a complaint admitted, then made small. */
function complaintMadeSmall(sentence: Sentence): Clause[] {
  const at = sentence.clauses.findIndex((c) => c.tokens.some((t) => COMPLAINT_WORDS.has(t.lemma) || COMPLAINT_WORDS.has(t.lower)));
  if (at < 0) return [];
  const rest = sentence.clauses.slice(at + 1);
  const but = rest.findIndex((c) => c.marker === 'but' || c.tokens[0]?.lower === 'but');
  if (but < 0) return [];
  const after = rest.slice(but);
  // "…but only because I had forgotten…": the speaker's own act after "but" owns it.
  if (after.some((c) => c.subject?.kind === 'self' || c.marker === 'because')) return [];
  const small = after.some(
    (c) =>
      /\b(?:only|just|one|a single|one-off|a couple of|a few)\b/.test(c.text) ||
      /\b(?:were|was|are|is) (?:\w+ )?(?:happy|fine|satisfied|pleased|okay|ok)\b/.test(c.text),
  );
  return small ? [sentence.clauses[at]!, ...after] : [];
}

/** "…so there was never really any risk": harm denied in a result clause of the cause. */
function harmDenied(clause: Clause): boolean {
  const opensSo = clause.marker === 'so' || clause.tokens[0]?.lower === 'so';
  return opensSo && clause.tokens.some(isNegation) && clause.tokens.some((t) => HARM_NOUNS.has(t.lemma) || HARM_NOUNS.has(t.lower));
}

/** "Everyone on the route was cutting the same corners", "I just happened to be the one who got caught". */
function spreadToEveryone(clause: Clause): boolean {
  const subject = clause.subject?.text ?? '';
  if (/^(?:everyone|everybody|all of us|the others|all the others)\b/.test(subject) && /\bthe same\b/.test(clause.text)) return true;
  return /\b(?:just|only) happened to be the (?:one|person|\w+) (?:who|that)\b/.test(clause.text);
}

export function defensiveByRelation(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const part of parts) {
    const p = story[part];
    if (p.empty) continue;
    p.sentences.forEach((sentence, index) => {
      const add = (clauses: Clause[]) => {
        if (clauses.length === 0) return;
        if (ownedOutside(p, index, (c) => clauses.includes(c))) return;
        out.push({ kind: 'defensive-tone', part, start: clauses[0]!.start, end: clauses[clauses.length - 1]!.end });
      };
      add(deniedFrame(sentence));
      if (part !== 'whatIDid') add(complaintMadeSmall(sentence));
      for (const clause of sentence.clauses) {
        if (disclaimedPart(clause) || beyondAnyone(clause, part) || spreadToEveryone(clause)) add([clause]);
        else if (part === 'whyItHappened' && (standardTooStrict(clause) || ownWorkAcceptable(clause, sentence) || harmDenied(clause)))
          add([clause]);
      }
    });
  }
  return out;
}
