/**
 * Accountability: putting the cause on others or on circumstances (blame), and arguing
 * one's innocence (defensive tone). Ownership matters more than pronouns, so a sentence
 * that names someone else failing is fine when the speaker owns their part nearby.
 */
import type { StoryPart } from '../../story-parts';
import { ACTOR_FAILING, NAME_FAILING, NOT_NAMES, OBJECT_MARKERS } from '../fragments';
import { hasExplicitOwnership, hasOwnership } from '../signals';
import { anyOf, matchesOf, previousWord } from '../text';
import { runPhraseRules, type PartText, type PhraseRule, type RawFinding, type StoryContext } from './context';
import { ownsInClauses, resultOfOwnAct } from './accountability-rules';
import type { Sentence } from '../nlp/parse';

const actorFailing = new RegExp(ACTOR_FAILING, 'gi');
const nameFailing = new RegExp(NAME_FAILING, 'gi');

/** Blame that needs no actor list: "nobody told me", "it was QA's job", "I wasn't told". */
const blameShapes = anyOf(
  String.raw`\b(?:no one|no-one|nobody|none of (?:them|us|the [a-z]+))\s+(?:(?:had|ever|really|actually|even|else|bothered to)\s+)?(?:told|warned|checked|noticed|caught|flagged|gave|mentioned|followed up|reviewed|tested|owned|picked up|took ownership|raised|double-checked|informed|updated|looped|briefed|showed|trained|explained|clarified|called|bothered)\b`,
  String.raw`\bI (?:wasn't|was not|was never|had never been|hadn't been|never got)\s+(?:ever\s+|even\s+|properly\s+|actually\s+|really\s+)?(?:told|informed|given|warned|trained|consulted|included|copied|cc'd|looped in|shown|briefed|notified|updated)\b`,
  String.raw`\b(?:it|that|this)(?:'s| was| is)\s+(?:all\s+|really\s+|mostly\s+|entirely\s+|totally\s+|clearly\s+)?(?:their|his|her|(?:(?:the|my|our)\s+)?[a-z-]+'s)\s+(?:fault|mistake|error|responsibility|job|call|screw-up)\b`,
  String.raw`\b(?:was|is|were) (?:all |really |entirely |squarely )?on (?:them|him|her|the (?:vendor|client|team|supplier|contractor|agency))\b`,
  String.raw`\bbecause of (?:them|him|her|the (?:vendor|client|supplier|contractor|team|other team|agency|night shift|day shift)|my (?:team|manager|boss|colleagues?|co-?workers?))\b`,
  String.raw`\b(?:I |we )?blamed? (?:it |this |the [a-z]+ )?on (?:the|my|our|them|him|her)\b`,
);

/** Circumstances as the cause, only meaningful in "Why it happened". */
const circumstanceBlame = anyOf(
  String.raw`\b(?:because of|due to|thanks to)\s+(?:the\s+)?(?:economy|market|weather|pandemic|covid|budget cuts?|cutbacks|layoffs|reorg|reorgani[sz]ation|politics|office politics|traffic|bad luck|luck|strikes?|supply chain)\b`,
  String.raw`\b(?:the\s+)?(?:deadlines?|timelines?|schedules?|budgets?|targets?|workload|quota|expectations?)(?:\s+[\w']+){0,4}?\s+(?:was|were|had been|is|are)\s+(?:just\s+|simply\s+|completely\s+|totally\s+|way\s+)?(?:unrealistic|impossible|too (?:tight|short|aggressive|small|high)|insane|ridiculous|absurd|crazy|unreasonable|unachievable)\b`,
  String.raw`\b(?:bad|pure|sheer|rotten|terrible|dumb) luck\b|\bunlucky\b`,
  String.raw`\bthe (?:market|economy|weather|system|software|tools?|equipment|machine)\s+(?:just\s+)?(?:let (?:me|us) down|failed (?:me|us)|was against us|turned (?:on|against) us)\b`,
);

const blameParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid'];

/** True when `name` looks like a person's name rather than a capitalized common word. */
function looksLikeName(raw: string, index: number, name: string): boolean {
  const original = raw.slice(index, index + name.length);
  return /^[A-Z][a-z]+$/.test(original) && !NOT_NAMES.has(name.toLowerCase());
}

interface Candidate {
  sentenceIndex: number;
  start: number;
  end: number;
}

function candidatesIn(p: PartText, circumstances: boolean): Candidate[] {
  const out: Candidate[] = [];
  p.sentences.forEach((s, sentenceIndex) => {
    const add = (index: number, length: number): void => {
      out.push({ sentenceIndex, start: s.start + index, end: s.start + index + length });
    };
    for (const m of matchesOf(actorFailing, s.text)) {
      if (!OBJECT_MARKERS.has(previousWord(s.text, m.index))) add(m.index, m[0].length);
    }
    for (const m of matchesOf(nameFailing, s.text)) {
      const name = m[1] ?? '';
      if (looksLikeName(p.raw, s.start + m.index, name) && !OBJECT_MARKERS.has(previousWord(s.text, m.index))) {
        add(m.index, m[0].length);
      }
    }
    for (const m of matchesOf(blameShapes, s.text)) add(m.index, m[0].length);
    if (circumstances) for (const m of matchesOf(circumstanceBlame, s.text)) add(m.index, m[0].length);
  });
  return out;
}

/** "nobody caught it", "no one noticed", after a clause in which the speaker acted. */
function unseenAfterOwnAct(sentence: Sentence, matched: string, at: number): boolean {
  if (!/^(?:no one|no-one|nobody)\s+(?:\w+\s+)?(?:noticed|caught|spotted|picked up)$/i.test(matched)) return false;
  return sentence.clauses.some((k) => k.end <= at && (k.subject?.kind === 'self' || k.subject?.kind === 'we'));
}

/**
 * Blame: someone else or the situation failing, with no ownership in the same sentence,
 * the sentences either side, an explicit "that was on me" anywhere in the part, or (for
 * the opening and the action) an owned root cause in "Why it happened".
 */
export function blame(story: StoryContext): RawFinding[] {
  const whyOwned = hasOwnership(story.whyItHappened.norm);
  const out: RawFinding[] = [];
  for (const part of blameParts) {
    const p = story[part];
    if (p.empty) continue;
    if (part !== 'whyItHappened' && whyOwned) continue;
    if (hasExplicitOwnership(p.norm)) continue;
    const owned = p.sentences.map((s) => hasOwnership(s.text));
    for (const c of candidatesIn(p, part === 'whyItHappened')) {
      const i = c.sentenceIndex;
      if (owned[i] === true || owned[i - 1] === true || owned[i + 1] === true) continue;
      const sentence = p.sentences[i];
      const clause = sentence?.clauses.find((k) => c.start >= k.start && c.start <= k.end);
      if (sentence && clause && resultOfOwnAct(sentence, clause)) continue;
      // "For two months I was reconciling the wrong account, and nobody caught it until the auditors
      // did": outside the cause, after the speaker's own act, how long the error went unseen.
      if (sentence && part !== 'whyItHappened' && unseenAfterOwnAct(sentence, p.norm.slice(c.start, c.end), c.start))
        continue;
      out.push({ kind: 'blame', part, start: c.start, end: c.end });
    }
  }
  return out;
}

/** "Not my fault", "in my defence", "nothing I could do": arguing instead of owning. */
const defensivePhrases = anyOf(
  String.raw`\b(?:wasn't|was not|wasnt|isn't|is not|not|never)\s+(?:really\s+|entirely\s+|totally\s+|completely\s+|actually\s+|exactly\s+|just\s+|all\s+|solely\s+|only\s+|100% )?(?:my|our) (?:fault|mistake|doing|call|decision|responsibility|job|area|failure)\b`,
  String.raw`\b(?:wasn't|was not|isn't|is not) (?:really |all |entirely )?on me\b`,
  String.raw`\bin my defen[cs]e\b|\bto be fair\b|\banyone (?:else )?(?:would|could) have\b|\b(?:any|most) (?:other )?(?:[a-z]+ )?(?:person|people|manager|nurse|chef|engineer|teacher|lawyer|designer) would have\b`,
  String.raw`\b(?:there was )?nothing (?:more |else )?(?:I|we) could (?:have )?(?:do|done)\b|\b(?:out of|beyond) (?:my|our) (?:control|hands)\b|\bnot my (?:job|department|area|responsibility|remit)\b`,
  String.raw`\bI (?:really |honestly |genuinely |definitely |certainly |had )?did (?:everything (?:right|I could)|all I could|what I was told|my (?:part|job|bit))\b|\bI was (?:just|only) (?:following|doing what)\b|\bI was set up to fail\b|\bno one could have\b|\bI had no (?:choice|option|say)\b|\bI wasn't the only one\b|\bI did nothing wrong\b`,
  String.raw`\b(?:wasn't|was not|isn't) (?:really |that |actually )?(?:a big deal|a (?:real )?failure|that bad|my failure|as bad as)\b|\bno (?:real )?harm (?:was )?done\b|\bnot (?:really )?a failure\b`,
  // "I'm not sure what more I could have done", "it was a really easy mistake to make", "an easy
  // mistake that anybody could make".
  String.raw`\b(?:not sure|don't know|do not know|can't see|cannot see|honestly don't know) what (?:more|else) (?:I|we|anyone) (?:could|should|would) (?:have |'ve )?(?:done|do)\b|\b(?:an? |such an? )?(?:really |very |pretty |quite )?easy (?:mistake|error|one|thing) (?:to make|that (?:anybody|anyone|any \w+) (?:could|would|might) (?:make|have made))\b`,
);

/**
 * Pleas made while telling what happened (a lesson may say "an honest mistake told early"):
 * the failure argued ("I'd argue it was a reasonable assumption", "I don't think it's fair to
 * call it my mistake", "I don't see how I could have known"), shared out ("it got past two
 * people, not just me", "partly my fault, but mostly the supplier's"), excused ("an honest
 * mistake", "understandable given the workload") or put down to luck ("we were just unlucky").
 */
const defensivePleas = anyOf(
  String.raw`\bI(?:'d| would)? (?:still )?argue (?:that )?(?:it|this|that|the \w+|mine) was (?:a |an )?(?:\w+ )?(?:reasonable|fair|sensible|understandable|logical|natural|valid)\b|(?:\bnot|n't (?:think|feel|believe) (?:it's|it is|it was|that's|that is|that was)) (?:entirely |really |totally |completely |quite )?fair to (?:call|say|blame|put)\b[^.;]{0,30}\b(?:my|me|I)\b|,? not just me\b(?! who\b| that\b)|\b(?:don't|do not|didn't|did not|can't|cannot) see how (?:I|we|anyone) (?:could|would|should|was meant to|was supposed to) (?:have )?(?:know|known|spot|spotted|catch|caught)\b`,
  String.raw`\b(?:an? )?honest mistake\b|\b(?:understandable|forgivable|excusable) (?:given|considering|in the circumstances|under the circumstances)\b|\bpartly (?:my (?:fault|mistake|doing)|on me|down to me)\b[^.;]{0,40}\bbut (?:mostly|mainly|largely|really|more)\b|\b(?:I was|we were|I got|we got) (?:just |a bit |really |quite |very |pretty )?unlucky\b`,
);

/** An excuse about the brief: fine as context, defensive when nothing owns the gap. */
const unclearBrief = anyOf(
  String.raw`\b(?:the )?(?:requirements?|specs?|specifications|instructions|brief|briefing|expectations|guidance|scope|direction|priorities|goals|objectives|handover|handoff|information|documentation|process|communication)\s+(?:[a-z']+\s+){0,3}?(?:was|were|had been|kept|kept being|was always|were always)\s+(?:[a-z]+\s+)?(?:unclear|vague|ambiguous|confusing|contradictory|changing|shifting|incomplete|missing|poor|lacking|a moving target|never defined|not defined|poorly defined|not clear|never clear|undefined|inadequate)\b`,
);

const defensiveRules: readonly PhraseRule[] = [
  {
    kind: 'defensive-tone',
    parts: ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'],
    pattern: defensivePhrases,
    // "To be fair to the client, they'd changed the scope twice, but the estimate was mine": fairness
    // to someone else, conceded, then the speaker's own part owned, is no defence. Nor is "To be
    // fair to my team, our data officer had flagged it. I saw the reminder and put off the call":
    // credit given to others, with the speaker's own part owned in what follows.
    unless: (s, at, p) => {
      const rest = s.text.slice(at);
      if (!/^to be fair to (?!me\b|myself\b)/i.test(rest)) return false;
      if (/\bbut\b/i.test(rest) && hasOwnership(rest.replace(/^[^]*?\bbut\b/i, ''))) return true;
      const after = p.sentences.filter((next) => next.start > s.start).slice(0, 2);
      return after.some((next) => hasOwnership(next.text) || ownsInClauses(next));
    },
  },
  { kind: 'defensive-tone', parts: ['whatHappened', 'whyItHappened', 'whatIDid'], pattern: defensivePleas },
  {
    kind: 'defensive-tone',
    parts: ['whatHappened', 'whyItHappened', 'whatIDid'],
    pattern: unclearBrief,
    unless: (s) => hasOwnership(s.text),
  },
];

/** Defensive tone: excuses and minimizing in place of ownership. */
export function defensiveTone(story: StoryContext): RawFinding[] {
  return runPhraseRules(defensiveRules, story);
}
