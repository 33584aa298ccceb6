/**
 * Defensive tone: the speaker arguing their innocence. By phrase and clause
 * (`defensiveByClause`): diligence or rightness pleaded, a state excused, unfairness claimed,
 * fault denied, more than anyone could do, a constraint handed to the speaker. By how clauses
 * relate (`defensiveByRelation`): a denial framed as "it's not like I…", fault disclaimed "on my
 * part", a standard argued too strict, the speaker's own work called acceptable, a complaint
 * admitted and then made small, harm denied in a result clause, blame spread to everyone. Each
 * stays quiet when the speaker owns a cause outside the clauses of the plea itself.
 */
import type { StoryPart } from '../../story-parts';
import {
  ACCEPTABLE,
  COMPLAINT_WORDS,
  FAULT_DENIED,
  HARM_NOUNS,
  SELF_DEFENCE,
  SELF_JUSTIFICATION,
  STANDARD_NOUNS,
  STATE_EXCUSE,
  TOO_STRICT,
  UNFAIRNESS,
} from '../lexicon/judgments';
import type { Clause, Sentence, Token } from '../nlp/parse';
import { hasOwnership } from '../signals';
import { imposedOnSpeaker, ownedAfter, ownedBesides, ownedNear, ownsInClauses } from './accountability-rules';
import { matchesOf } from '../text';
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
  const m =
    /^(?:(?:[a-z]+ly|just|very|so|too|a bit|quite|really|far|way|all|a little)[\s,]+)*([a-z]+(?:-[a-z]+)?|over the top)\b/.exec(
      after,
    );
  return m !== null && (TOO_STRICT.has(m[1]!) || m[1] === 'over the top');
}

/** The speaker's own work called acceptable: "what I delivered was actually pretty reasonable", "my calculations met the standard". */
function ownWorkAcceptable(clause: Clause, sentence: Sentence): boolean {
  const lower = sentence.text.toLowerCase();
  if (/\b(?:on paper|at the time|i thought|i was sure|i believed|looked like)\b/.test(lower)) return false;
  const tokens = clause.tokens;
  const own =
    /\bwhat (?:i|we) (?:\w+ )?(?:delivered|did|produced|wrote|made|sent|handed in|submitted|built|gave)\b/.test(
      clause.text,
    ) || /^(?:\w+ )?(?:my|our) [a-z]+(?: [a-z]+)?\b/.test(clause.text);
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
  const at = sentence.clauses.findIndex((c) =>
    c.tokens.some((t) => COMPLAINT_WORDS.has(t.lemma) || COMPLAINT_WORDS.has(t.lower)),
  );
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
  return (
    opensSo &&
    clause.tokens.some(isNegation) &&
    clause.tokens.some((t) => HARM_NOUNS.has(t.lemma) || HARM_NOUNS.has(t.lower))
  );
}

/** "Everyone on the route was cutting the same corners", "I just happened to be the one who got caught". */
function spreadToEveryone(clause: Clause): boolean {
  const subject = clause.subject?.text ?? '';
  if (/^(?:everyone|everybody|all of us|the others|all the others)\b/.test(subject) && /\bthe same\b/.test(clause.text))
    return true;
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
        else if (
          part === 'whyItHappened' &&
          (standardTooStrict(clause) || ownWorkAcceptable(clause, sentence) || harmDenied(clause))
        )
          add([clause]);
      }
    });
  }
  return out;
}

const selfJustification = new RegExp(SELF_JUSTIFICATION, 'gi');
const unfairness = new RegExp(UNFAIRNESS, 'gi');
const stateExcuse = new RegExp(STATE_EXCUSE, 'gi');
const faultDenied = new RegExp(FAULT_DENIED, 'gi');
const selfDefence = new RegExp(SELF_DEFENCE, 'gi');
/** Diligence told in the past perfect with a measure of it, rightness claimed, or the most one could ("I did the best I could"). */
const diligencePleaded =
  /\bi(?:'d| had) (?:already |personally |even |actually )?(?:told|warned|flagged|raised|asked|emailed|reminded|chased|done|followed|checked|escalated|mentioned|said)\b[^.;]{0,50}?\b(?:so many times|many times|several times|multiple times|\d+ times|two times|three times|twice|repeatedly|in writing|everything|by the book|to the letter)\b|\bi was (?:100% |completely |totally |absolutely |actually )?right\b|\bi did (?:the (?:very )?best|all|everything|what) (?:that )?i (?:could|possibly could|can)\b/g;

/** A time reached, or an end, just before a state: "by the spring term", "by the end", "ended up". */
const stateAsOutcome =
  /\b(?:by (?:the )?(?:\w+ )?(?:term|end|time|week|month|year|summer|christmas|spring|autumn|winter|friday|half-?term)|ended up|in the end|eventually)\b[^.;]{0,15}$/;

/** The speaker unable to cover everything: a negated "can" with everyone, everything or everywhere. */
const selfBeyondAnyone =
  /\bi (?:just |simply |physically )?(?:can't|cannot|can not|couldn't|could not) (?:possibly )?(?:be|do|watch|check|see|cover|handle|manage|look after|keep an eye on) (?:\w+ )?(?:everywhere|everything|everyone|everybody|all of (?:them|it)|every \w+)(?: at once| at the same time)?\b/g;
const defensiveParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'];

/** Defensive tone beyond the stock phrases: diligence pleaded, state excused, unfairness claimed. */
export function defensiveByClause(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const part of defensiveParts) {
    const p = story[part];
    if (p.empty) continue;
    p.sentences.forEach((sentence, index) => {
      const text = sentence.text.toLowerCase();
      const add = (m: RegExpExecArray) => {
        const start = sentence.start + m.index;
        out.push({ kind: 'defensive-tone', part, start, end: start + m[0].length });
      };
      for (const m of matchesOf(selfJustification, text)) {
        // "I called the customer every day" in what I did is the action; "I'd chased them
        // three times" (already done, before the failure) is diligence pleaded.
        if (part === 'whatIDid' && /^i (?:chased|reminded|told|warned|asked|emailed|called)\b/.test(m[0])) continue;
        // "At the time I was sure I was right… Looking back…": a belief disowned, not defended.
        if (
          /\b(?:at the time|i thought|i was sure|i was convinced|i believed)\b/.test(
            text.slice(Math.max(0, m.index - 30), m.index),
          ) ||
          /\blooking back|in hindsight|i now see\b/.test(p.norm.toLowerCase())
        )
          continue;
        // "I followed the procedure, but I didn't ask about…, which I should have": a concession that ends in ownership.
        const rest = /,?\s+but\b(.*)$/i.exec(sentence.text.slice(m.index + m[0].length));
        if (rest?.[1] !== undefined && (hasOwnership(rest[1]) || /\bi should(?:'ve| have)\b/i.test(rest[1]))) continue;
        add(m);
      }
      for (const m of matchesOf(unfairness, text)) {
        // "The parent's complaint was fair": fairness granted to the other side is a concession.
        if (/^(?:was|is|felt|seemed) (?:[a-z]+ )?fair$/.test(m[0])) continue;
        add(m);
      }
      for (const m of matchesOf(faultDenied, text)) {
        // "tbf the client asked late, but I shouldn't have pushed it, that's on me": a
        // concession that ends in ownership, not a defence.
        const after = sentence.text.slice(m.index + m[0].length);
        const rest = /,?\s+but\b(.*)$/i.exec(after);
        if (rest?.[1] !== undefined && (hasOwnership(rest[1]) || ownsInClauses(sentence))) continue;
        // "Nobody could have spotted it from the summary, which is exactly why I should have
        // opened the file": the denial turns into ownership in the same sentence.
        if (
          hasOwnership(after) ||
          /\bi should(?:'ve| have)\b/i.test(after) ||
          ownedAfter(sentence, m.index + m[0].length)
        )
          continue;
        add(m);
      }
      // A state named as the reason excuses; named beside what the speaker did wrong, it explains.
      if (part !== 'whatILearned' && !ownedNear(p, index))
        for (const m of matchesOf(stateExcuse, text)) {
          // "…and by the spring term I was completely burned out": in the opening, a state reached
          // at the end of what happened is the cost, not the reason.
          if (part === 'whatHappened' && stateAsOutcome.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
          add(m);
        }
      // "I could not be everywhere", "I can't do everything at once": the cause told as more
      // than anyone could do, in the speaker's own mouth.
      // (The plea is itself a negated clause of the speaker's, which is not ownership.)
      if (part === 'whyItHappened' && !ownedBesides(p, index, selfBeyondAnyone))
        for (const m of matchesOf(selfBeyondAnyone, text)) add(m);
      // "I'd told the manager so many times", "I'd done everything we agreed", "I was right":
      // diligence or rightness pleaded as the cause, before anything is owned.
      if (part === 'whyItHappened' && !ownedBesides(p, index, diligencePleaded))
        for (const m of matchesOf(diligencePleaded, text)) {
          if (/\b(?:thought|sure|believed|convinced|felt|at the time)\b[^.;]{0,12}$/.test(text.slice(0, m.index)))
            continue;
          add(m);
        }
      // "Considering how many orders I got right…", "it wasn't just on me", "I admit I rushed it, but I
      // was under…": a plea, unless what follows it in the sentence turns to ownership.
      if (part === 'whyItHappened' || part === 'whatHappened')
        for (const m of matchesOf(selfDefence, text)) {
          const after = sentence.text.slice(m.index + m[0].length);
          const rest = /,?\s+but\b(.*)$/i.exec(after);
          if (rest?.[1] !== undefined && hasOwnership(rest[1])) continue;
          // "Considering how busy the ward was, I should have asked for help": the circumstance, then ownership.
          if (/\bi should(?:'ve| have)\b/i.test(after) || (/^considering\b/.test(m[0]) && hasOwnership(after))) continue;
          add(m);
        }
      if (part !== 'whatILearned')
        for (const clause of sentence.clauses)
          if (imposedOnSpeaker(clause, sentence) && !ownedNear(p, index))
            out.push({ kind: 'defensive-tone', part, start: clause.start, end: clause.end });
    });
  }
  return out;
}
