/**
 * Unsafe failure: a story that makes the listener doubt the speaker is safe to hire — harm
 * that reached someone (a patient, a guest, a colleague), private data exposed, a legal or
 * compliance duty missed, people left waiting for days, a mistake hidden, or trust broken (a
 * login shared, money taken, work done drunk).
 */
import type { StoryPart } from '../../story-parts';
import {
  ASSETS,
  CLINICAL,
  CONCEALMENT,
  EXPOSURE,
  HARM_IN_CARE,
  HARM_OUTCOME,
  LEGAL,
  NEAR_MISS,
  EXTERNAL_PARTY,
  NEGLECT,
  PHYSICAL,
  LAPSE,
  PRIVATE_DATA,
  SAFETY_DOMAIN,
  SAFETY_SKIP,
  PPE_MISSING,
  CARE_OMITTED,
  SAFETY_CHECK_WORDS,
  MISDIRECTED,
  INTEGRITY,
} from '../lexicon/harms';
import type { Clause, Sentence, Token } from '../nlp/parse';
import { classifySubject } from '../nlp/subjects';
import { hasMatch, isNegatedAt, matchesOf } from '../text';
import type { RawFinding, StoryContext } from './context';

const families: { detail: string; pattern: RegExp; needs?: RegExp }[] = [
  { detail: 'clinical', pattern: new RegExp(CLINICAL, 'gi') },
  { detail: 'physical', pattern: new RegExp(PHYSICAL, 'gi') },
  { detail: 'physical', pattern: new RegExp(SAFETY_SKIP, 'gi') },
  { detail: 'physical', pattern: new RegExp(PPE_MISSING, 'gi') },
  { detail: 'clinical', pattern: new RegExp(CARE_OMITTED, 'gi') },
  { detail: 'data', pattern: new RegExp(EXPOSURE, 'gi'), needs: new RegExp(PRIVATE_DATA, 'i') },
  { detail: 'legal', pattern: new RegExp(LEGAL, 'gi') },
  { detail: 'assets', pattern: new RegExp(ASSETS, 'gi') },
  // Forgetting a meeting or leaving calls unanswered worries an interviewer when someone outside
  // was left waiting (a client, a patient, a court); an internal meeting missed is a plain miss.
  { detail: 'neglect', pattern: new RegExp(NEGLECT, 'gi'), needs: new RegExp(EXTERNAL_PARTY, 'i') },
  { detail: 'integrity', pattern: new RegExp(INTEGRITY, 'gi') },
];
const concealment = new RegExp(CONCEALMENT, 'gi');
const harmOutcome = new RegExp(HARM_OUTCOME, 'gi');
const safetyDomain = new RegExp(SAFETY_DOMAIN, 'i');
const lapse = new RegExp(LAPSE, 'gi');
const harmInCare = new RegExp(HARM_IN_CARE, 'gi');
const harmOutcomeOnce = new RegExp(HARM_OUTCOME, 'i');
const harmInCareOnce = new RegExp(HARM_IN_CARE, 'i');
const nearMiss = new RegExp(NEAR_MISS, 'i');
/** The bare words of a near miss, which people also use of an error that reached someone. */
const nearMissWordsOnly = /\b(?:near[- ]miss|no harm (?:done|came))\b/gi;
/** The speaker completed the act: "I gave", "I administered", "we served" (not "nearly gave"). */
const completedAct =
  /\b(?:i|we)\s+(?:(?:then|once|also|accidentally|mistakenly|wrongly)\s+)?(?:gave|administered|injected|hung|dispensed|handed out|supplied|left)\b/i;
/** "Nobody was hurt", "no one was injured": a denial, not a harm. */
const denied = /\b(?:nobody|no one|no-one|none of (?:them|us)|no)\s+(?:\w+\s+){0,2}$/i;

const unsafeParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid'];

const safetyDomainAll = new RegExp(SAFETY_DOMAIN, 'gi');
/**
 * A word of a safety domain used as a noun: "fire" in "fire the mains" (a kitchen's verb) or
 * "safe" in "played it safe" names no domain of care.
 */
/** A course's marks: where a "penalty" is for late work, not the law's. */
const ACADEMIC = /\b(?:lost|lose|losing|deducted|docked) (?:\w+ ){0,2}marks?\b|\b(?:coursework|module|dissertation|assignment|essay) (?:was|were) (?:handed|submitted) in\b/i;

const SHARE_OF_PEOPLE =
  /\b(?:(?:test )?send(?:s|ing)? to|sent to|survey(?:ed)?|random|representative|statistical) (?:a |the |our )?(?:\w+ )?samples?\b|\bsamples? of (?:\d+ )?(?:our |the )?(?:customers|users|people|respondents|recipients|names|records|accounts|clients|members|the (?:list|audience|data))\b/;

/**
 * Samples of a material, not of a person: "96 plant samples", "the soil samples", "fabric samples".
 * A mix-up of these loses work, not anyone's safety.
 */
const MATERIAL_SAMPLE =
  /\b(?:plant|soil|rock|seed|leaf|sediment|fabric|textile|yarn|wool|paint|colou?r|tile|carpet|wallpaper|audio|sound|product|perfume|fragrance|wine|coffee|tea|paper|ink)\s+samples?$/;

function inSafetyDomain(sentence: Sentence): boolean {
  const lower = sentence.text.toLowerCase();
  return matchesOf(safetyDomainAll, lower).some((m) => {
    const at = sentence.start + m.index;
    const token = sentence.tokens.find((t) => t.start === at);
    // "a test send to a sample", "a random sample of customers": a share of people, not a specimen.
    if (/^samples?$/.test(m[0]) && SHARE_OF_PEOPLE.test(lower.slice(Math.max(0, m.index - 25), m.index + 40)))
      return false;
    if (/^samples?$/.test(m[0]) && MATERIAL_SAMPLE.test(lower.slice(Math.max(0, m.index - 20), m.index + m[0].length)))
      return false;
    // A gerund before a noun ("the safeguarding lead") still names the domain.
    return token === undefined || token.pos !== 'VERB' || /ing$/.test(token.lower);
  });
}

const privateData = new RegExp(PRIVATE_DATA, 'i');
const misdirected = new RegExp(MISDIRECTED, 'i');
/** Verbs by which something is passed on: sent, emailed, posted, put in a chat, handed over. */
const PASSED_ON = new Set('send email e-mail forward post share put upload attach give hand paste copy cc circulate leave'.split(' '));

/**
 * Private data passed on by the speaker to where it should not go: "I emailed the spreadsheet with
 * our tenants' bank details to a contractor instead of my manager", "I put a screenshot with her
 * name and address in the staff WhatsApp". The speaker's verb of passing on, private data and a
 * recipient that is not the one meant, in the same sentence.
 */
function misdirectedData(sentence: Sentence): Clause | null {
  const lower = sentence.text.toLowerCase();
  const data = privateData.exec(lower);
  if (data === null) return null;
  for (const c of sentence.clauses) {
    if ((c.subject?.kind !== 'self' && c.subject?.kind !== 'we') || c.negated) continue;
    const verb = c.tokens.find((t) => t.pos === 'VERB' && PASSED_ON.has(t.lemma));
    if (verb === undefined) continue;
    // What was passed on and where it went both follow the verb: "I emailed | the list with their
    // bank details | to a contractor instead of my manager".
    const from = verb.end - sentence.start;
    if (data.index < from) continue;
    const rest = lower.slice(from);
    if (misdirected.test(rest) || insteadOfSomeone(sentence, verb.end)) return c;
  }
  return null;
}

/** "…to a contractor instead of my manager": "instead of" a person names the recipient meant. */
function insteadOfSomeone(sentence: Sentence, after: number): boolean {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i]!.start < after || tokens[i]!.lower !== 'instead' || tokens[i + 1]!.lower !== 'of') continue;
    let j = i + 2;
    if (tokens[j]?.lower === 'to') j++;
    const phrase: Token[] = [];
    while (j < tokens.length && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PRON' || tokens[j]!.pos === 'ADJ')) j++;
    while (j < tokens.length && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN')) phrase.push(tokens[j++]!);
    if (phrase.length > 0 && classifySubject(phrase) === 'person') return true;
  }
  return false;
}

const CHECK_HEADS = new Set(['check', 'checks', 'test', 'tests', 'inspection', 'inspections', 'assessment', 'count']);

/** "…without doing the flue gas test", "without carrying out a lifting inspection": a safety check left out, read from the object after "without". */
function withoutSafetyCheck(sentence: Sentence): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length - 2; i++) {
    if (tokens[i]!.lower !== 'without' || !/ing$/.test(tokens[i + 1]!.lower)) continue;
    for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
      const t = tokens[j]!;
      if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
      if (CHECK_HEADS.has(t.lower) && tokens.slice(i + 2, j).some((m) => SAFETY_CHECK_WORDS.has(m.lower)))
        return { start: tokens[i]!.start, end: t.end };
    }
  }
  return null;
}

/** The clause of `sentence` holding offset `at` (part offsets). */
const clauseAt = (sentence: Sentence, at: number) =>
  sentence.clauses.find((clause) => at >= clause.start && at <= clause.end) ?? null;

/** After "didn't tell my manager": that the speaker was behind, struggling, or needed help. */
const OWN_STATE_TOLD =
  /^(?:,? ?that)? (?:i|we) (?:was|were|'d|had|needed|need|couldn't|could not|wasn't|was not|am|'m) (?:\w+ ){0,3}?(?:behind|struggling|drowning|stretched|overwhelmed|not coping|coping|help|time|more time|out of my depth|swamped|stuck|falling behind|too much|over capacity|ill|unwell)\b|^ (?:how|just how) (?:far )?(?:behind|stretched|much|busy)\b/i;

export function unsafeFailure(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  // "Nothing happened to her, so it was more of a near miss really": the words of a near miss
  // said of a dose the speaker already gave make the failure small; they do not mean it was caught.
  const anyNearMiss = unsafeParts.some((part) => {
    const norm = story[part].norm;
    if (!hasMatch(nearMiss, norm)) return false;
    if (hasMatch(nearMiss, norm.replace(nearMissWordsOnly, ''))) return true;
    return !unsafeParts.some((q) => hasMatch(completedAct, story[q].norm));
  });
  const opening = story.whatHappened.norm.toLowerCase();
  const harmInOpening =
    hasMatch(harmOutcomeOnce, opening) || (hasMatch(safetyDomain, opening) && hasMatch(harmInCareOnce, opening));
  const academic = unsafeParts.some((part) => ACADEMIC.test(story[part].norm));
  for (const part of unsafeParts) {
    const p = story[part];
    if (p.empty) continue;
    for (const sentence of p.sentences) {
      const text = sentence.text;
      for (const family of families) {
        if (family.needs && !hasMatch(family.needs, text)) continue;
        for (const m of matchesOf(family.pattern, text)) {
          // "the wrong side of a shared driveway": a wrong side is a clinical or physical error only where care is owed.
          if (/^wrong side$/i.test(m[0]) && !inSafetyDomain(sentence)) continue;
          // "We lost ten marks… even with the penalty": a late-work penalty in a course, not a legal one.
          if (/^penalt/i.test(m[0]) && academic) continue;
          // "I mislabelled a tray of 96 plant samples": a material's samples, not a patient's.
          if (MATERIAL_SAMPLE.test(m[0].toLowerCase())) continue;
          const before = text.slice(Math.max(0, m.index - 30), m.index);
          if (denied.test(before) || isNegatedAt(text, m.index, 2)) continue;
          // An error caught before it reached anyone (a dose, a file about to go out) is a near miss.
          if (family.detail !== 'concealment' && anyNearMiss) continue;
          const start = sentence.start + m.index;
          out.push({ kind: 'unsafe-failure', part, start, end: start + m[0].length, detail: family.detail });
        }
      }
      // Harm that reached someone else: the speaker's own illness or hurt feelings are not it.
      if (part !== 'whyItHappened' && !anyNearMiss)
        for (const m of matchesOf(harmOutcome, text)) {
          const start = sentence.start + m.index;
          const clause = clauseAt(sentence, start);
          if (clause?.subject?.kind === 'self' || isNegatedAt(text, m.index, 2)) continue;
          if (denied.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
          out.push({ kind: 'unsafe-failure', part, start, end: start + m[0].length, detail: 'physical' });
        }
      // A lapse of care where care is a matter of safety, security or law (or where the
      // opening says someone came to harm), unless it was caught before it reached anyone.
      const lower = text.toLowerCase();
      const owed = inSafetyDomain(sentence) || harmInOpening;
      if (owed && !anyNearMiss) {
        for (const m of matchesOf(lapse, lower)) {
          const start = sentence.start + m.index;
          out.push({ kind: 'unsafe-failure', part, start, end: start + m[0].length, detail: 'lapse' });
        }
      }
      // In the opening, a harm told in the sentence after the one that names the patient or
      // the child ("…a patient's blood sugar. He became drowsy") is the same story.
      const domainHere =
        inSafetyDomain(sentence) || (part === 'whatHappened' && story.whatHappened.sentences.some(inSafetyDomain));
      if (domainHere && !anyNearMiss && part !== 'whyItHappened')
        for (const m of matchesOf(harmInCare, lower)) {
          const start = sentence.start + m.index;
          out.push({ kind: 'unsafe-failure', part, start, end: start + m[0].length, detail: 'physical' });
        }
      if (!anyNearMiss) {
        const passed = misdirectedData(sentence);
        if (passed !== null) out.push({ kind: 'unsafe-failure', part, start: passed.start, end: passed.end, detail: 'data' });
        const skipped = withoutSafetyCheck(sentence);
        if (skipped !== null) out.push({ kind: 'unsafe-failure', part, ...skipped, detail: 'physical' });
      }
      for (const m of matchesOf(concealment, text)) {
        const start = sentence.start + m.index;
        const clause = clauseAt(sentence, start);
        // Someone else hiding something is their failure, not the speaker's.
        // "…so nobody had to know": the purpose of the speaker's own act, not someone else's.
        const purpose = /^so\b/i.test(m[0]);
        // "When she rang back I told her something untrue": the parse may give the whole sentence
        // the first subject; "I" right before the act settles whose it is.
        const saidBySpeaker = /\b(?:i|we)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
        if (clause?.subject && clause.subject.kind !== 'self' && !purpose && !saidBySpeaker) continue;
        // "I didn't tell my manager I was struggling with my caseload": the speaker's own state kept
        // back is a cause owned, not a mistake hidden.
        if (/\btell\b/i.test(m[0]) && OWN_STATE_TOLD.test(text.slice(m.index + m[0].length))) continue;
        out.push({ kind: 'unsafe-failure', part, start, end: start + m[0].length, detail: 'concealment' });
      }
    }
  }
  return out;
}
