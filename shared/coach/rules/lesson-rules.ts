/**
 * Learning, read from the parse: a lesson that is a slogan (generic lesson), and a lesson
 * that never shows up as practice (no change evidence); lessons not learned are in
 * not-learned-rules.ts. Evidence is a practice placed after
 * the failure ("now", "since then", "in my next job", "that's why I set myself a rule…")
 * that names something done, not something tried or felt ("now I try to plan ahead").
 */
import { adopted, habitTurned, keptUp } from './change-phrases';
import { CHANGE_MARKER, SLOGAN, VAGUE_PRACTICE_VERBS } from '../lexicon/lessons';
import { HEDGE_VERBS } from '../lexicon/judgments';
import type { Clause, Sentence } from '../nlp/parse';
import { hasMatch, matchesOf } from '../text';
import { wholePartFinding, type PartText, type RawFinding, type StoryContext } from './context';
import { withoutCareer } from './role-tie-in';
import { isBlank } from './structure-rules';

const changeMarker = new RegExp(CHANGE_MARKER, 'i');
const slogan = new RegExp(SLOGAN, 'gi');
/** Specific details that give a slogan teeth: numbers, named tools, schedules, triggers. */
const concreteDetail =
  /\d|\b(?:checklist|template|tracker|rota|matrix|glossary|log ?book|second (?:person|check|pair of eyes|signature)|buddy check|every (?:morning|week|day|shift|month|friday|monday|sprint|project|launch|order|patient|client|job|time|handover|release|deploy)|each (?:week|day|shift|time|morning|handover)|before (?:every|each|any) \w+|at the start of|by (?:monday|friday|noon|end of day|\d))\b/i;

/** The speaker's own group: "my team", "our ward", "the team I run". */
const OWN_GROUP = /^(?:my|our) (?:\w+ )?(?:team|department|ward|unit|store|shop|office|practice|crew|squad|group|staff|kitchen|site)$/;
/** "should", "must", "ought to", "need(s) to", "have/has to": a rule, whoever it is for. */
/** "you" or "one" as the subject of a lesson: everyone, not the speaker in particular. */
const GENERIC_YOU = /^(?:you|one)$/;
/** "must be maintained", "should always be checked": a rule in the passive. */
const PASSIVE_RULE =
  /^\s*(?:\w+ )?(?:should|must|ought to|needs? to|ha(?:ve|s) to|got to) (?:always |all |really |now )?be [a-z]+(?:ed|en|wn|ne|lt|pt|ld|ught)\b/;
const predicateText = (clause: Clause) =>
  clause.subject ? clause.text.slice(Math.max(0, clause.subject.end - clause.start)) : clause.text;
const RULE_MODAL = /^\s*(?:\w+ )?(?:should|must|ought to|needs? to|ha(?:ve|s) to|got to)\b/;

/**
 * A generalisation rather than a practice: a rule for other people or for anyone ("people
 * should always test", "nurses must check", "you must always follow procedure"), an order
 * with no one in it ("always look where you are going", "never assume"), or a gerund hanging
 * off a subject that is not the speaker ("it taught me … supporting each other"). A named
 * practice has the speaker (or the team, or a thing now done) as the one who acts.
 */
function generalises(clause: Clause, bullet: boolean): boolean {
  const subject = clause.subject;
  const kind = subject?.kind;
  // The verb group right after the subject: "should always", "must", "have to".
  const verbGroup = subject
    ? clause.text.slice(Math.max(0, subject.end - clause.start), subject.end - clause.start + 24)
    : '';
  const ruled = RULE_MODAL.test(verbGroup);
  // Other people doing something is not the speaker's practice, unless it is a step now done
  // for every one of them ("every supplier now gets the run sheet").
  // "My team now has a rule that two people check…": the speaker's own team, since the failure, is a practice told.
  if (kind === 'person' && OWN_GROUP.test(subject?.text ?? '') && hasMatch(changeMarker, clause.text)) return ruled;
  if (kind === 'person') return ruled || !/^(?:every|each|all)\b/.test(subject?.text ?? '');
  // "You should treat every customer…": "you" in a lesson is anyone, so it names no habit of the speaker's.
  if (subject && GENERIC_YOU.test(subject.text)) return true;
  if (kind === 'self' || kind === 'we') return ruled && clause.tense !== 'past';
  const words = clause.tokens.filter((t) => t.pos !== 'CCONJ' && t.pos !== 'PUNCT');
  const first = words.find((t) => t.pos !== 'ADV' && t.lower !== 'do' && t.lower !== "n't" && t.lower !== 'not');
  // An order: the clause opens on a bare verb ("Always look", "Don't assume", "Double check").
  // A list of steps, or "always test before touch now", is the speaker's own, said short.
  if (
    !subject &&
    !bullet &&
    first !== undefined &&
    first.pos === 'VERB' &&
    first.lower === first.lemma &&
    !/\b(?:now|these days|since then|any ?more|no longer)\b/.test(clause.text)
  )
    return true;
  // "…and supporting each other": a gerund with no doer of its own.
  if (first !== undefined && first.pos === 'VERB' && /ing$/.test(first.lower) && first === words[0]) return true;
  return false;
}

/** The clause's main verb is a participle after a form of "be": "'m not cut out", "am now trusted". */
function stateOfBeing(clause: Clause): boolean {
  const verb = clause.verb;
  // A participle like its base ("cut", "set", "put") counts: after "be", the base form cannot stand.
  if (!verb || verb.pos !== 'VERB' || /ing$/.test(verb.lower)) return false;
  // "The first thing I do on a Monday is go through…": what is done, named after "is", not a state.
  if (/\b(?:thing|job|step)s? (?:that )?(?:i|we) do\b/.test(clause.text)) return false;
  const before = clause.tokens.slice(0, clause.tokens.indexOf(verb)).filter((t) => t.pos !== 'ADV' && t.pos !== 'PART');
  return /^(?:am|'m|is|are|'re|was|were|be|been)$/.test(before[before.length - 1]?.lower ?? '');
}

/** Verbs of turning on oneself: "beat myself up", "blame myself", "kick myself". */
const SELF_REPROACH = /^(?:beat|blame|hate|kick|punish|critici[sz]e|doubt|question|torture|tell)$/;

/** "my habit now", "our new rule these days": a label for the steps that follow. */
const HABIT_LABEL =
  /^(?:so )?(?:my|our) (?:new |own )?(?:habit|rule|routine|process|system|approach|method)s?(?: now| these days| since then| ever since)?(?: is)?$/;

/** A clause that names something done (a practice), not something tried, felt or known. */
function namesPractice(sentence: Sentence): boolean {
  // "I realised the question has to be asked every visit", "I know now I should have asked":
  // a rule stated or a regret, not yet a practice.
  const stated = /\b(?:realis|realiz|learn|know|understand|taught|showed|see)\w*\b/i.test(sentence.text);
  const bullet = /^\s*[-*•]/.test(sentence.text);
  return sentence.clauses.some((clause, index) => {
    if (hasMatch(slogan, clause.text) || moreOfAVirtue(clause)) return false;
    // "I still beat myself up about it most days": a habit of reproach, not a practice.
    if (/\bmyself\b/.test(clause.text) && SELF_REPROACH.test(clause.verb?.lemma ?? '')) return false;
    // "I'm still not cut out for it", "I am now trusted with…": a state or something done to the
    // speaker (a participle after "be"), not something the speaker does.
    if (stateOfBeing(clause)) return false;
    // "now my scripts print the name and ask me to type it": a verb after "and" with no subject
    // of its own shares the one before it; it is no order, and "now" is said for both.
    const previous = index > 0 ? sentence.clauses[index - 1] : undefined;
    // "My habit now: read the order back, then repeat the date": steps under a label of one's own.
    if (previous !== undefined && HABIT_LABEL.test(previous.text) && !clause.subject) {
      // The tagger reads a step's opening verb as a noun at times ("count the tills").
      const [first, second] = clause.tokens;
      const verb =
        clause.tokens.find((t) => t.pos === 'VERB') ??
        (first && second && (second.pos === 'DET' || second.pos === 'PRON') ? first : undefined);
      return verb !== undefined && !VAGUE_PRACTICE_VERBS.has(verb.lemma) && verb.lemma !== 'be';
    }
    const continues =
      previous !== undefined &&
      !stated &&
      !clause.subject &&
      clause.tokens[0]?.pos === 'CCONJ' &&
      !generalises(previous, bullet);
    if (continues) {
      const verb = clause.tokens.find((t) => t.pos === 'VERB');
      return (
        verb !== undefined &&
        !VAGUE_PRACTICE_VERBS.has(verb.lemma) &&
        hasMatch(changeMarker, previous.text.replace(/\b(?:always|still|never|today)\b/g, ''))
      );
    }
    if (generalises(clause, bullet)) return false;
    if (
      /\b(?:i|we) (?:\w+ )?(?:should|could|would|might)(?:n't| not)? (?:have|'ve)\b|\b(?:i|we) (?:should|could|would)'ve\b/i.test(
        clause.text,
      )
    )
      return false;
    if (stated && /\b(?:has to|have to|must|needs to|need to|should|ought to) [a-z]/i.test(clause.text)) return false;
    // The speaker doing it, or a thing that now happens ("every number now gets a tag").
    const doer = clause.subject?.kind === 'self' || clause.subject?.kind === 'we';
    // "Every number now gets a tag" is a practice; "hard work always pays off" is a proverb:
    // for a thing, only a marker of time since the failure, or "every/each", places it after.
    // "Since that day, | no proof leaves my desk…": a time marker split off before the clause places it too.
    const markedBefore =
      previous !== undefined && !previous.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && hasMatch(changeMarker, previous.text);
    if (!doer && !markedBefore && !hasMatch(changeMarker, clause.text.replace(/\b(?:always|still|never|today)\b/g, '')))
      return false;
    // "Every mistake is a chance to grow": a thing that only is something does nothing.
    if (!doer && clause.verb?.lemma === 'be' && !clause.tokens.some((t) => t.pos === 'VERB' && t.lower !== t.lemma))
      return false;
    const verbs = clause.tokens.filter((t) => t.pos === 'VERB');
    if (verbs.some((verb) => !VAGUE_PRACTICE_VERBS.has(verb.lemma))) return true;
    // "…is go through every open ticket", "I go over the rota": a light verb made a step by its particle.
    if (verbs.some((verb) => verb.lemma === 'go' && /^(?:through|over)$/.test(clause.tokens[clause.tokens.indexOf(verb) + 1]?.lower ?? '')))
      return true;
    // "I do a last read", "we have a second person check": a light verb with a thing done.
    if (
      /\b(?:do|does|did|make|makes|have|has|get|gets|take|takes|run|runs|keep|keeps|set|sets) (?:a|an|one|two|three|the|every|each|our|my) (?:[a-z-]+ ){0,2}(?:read|check|review|sample|list|call|test|note|rule|pass|walk-?through|run|backup|copy|tag|draft|plan|meeting|stand-?up|sign-?off|second|buddy|budget|forecast|count|audit|stock-?take|reconciliation|debrief|briefing|handover)/.test(
        clause.text,
      )
    )
      return true;
    // "I now diarise every deadline": a verb the tagger did not know is still what the speaker does.
    const at = clause.tokens.findIndex((t) => t.lower === 'i' || t.lower === 'we');
    const next = clause.tokens.slice(at + 1).find((t) => t.pos !== 'ADV');
    return (
      at >= 0 &&
      next !== undefined &&
      /^[a-z]+$/.test(next.lower) &&
      !VAGUE_PRACTICE_VERBS.has(next.lemma) &&
      next.pos !== 'AUX'
    );
  });
}

/**
 * True when a sentence shows a practice adopted after the failure. In what the speaker did, a
 * clause all in the past uses "every" for the size of the remedy ("I called every guest"), not
 * for a habit since; it needs another marker of time to count.
 */
/** Verbs that tell a state, a feeling or a thought: no habit, whatever follows them. */
const NOT_A_HABIT = new Set(
  'be have feel think know learn realise realize understand see try want hope need get'.split(' '),
);

/**
 * "I put the goggles on before I even take the bottles out": in the lesson, the speaker's own
 * verb in the present, tied to a trigger ("before", "when", "whenever"), is a habit as told.
 */
function presentHabitWithTrigger(sentence: Sentence): boolean {
  return sentence.clauses.some((clause, i) => {
    // "I put the goggles on before I take the bottles out": "put", "set", "cut" read as past are
    // present when the trigger after them is.
    const sameForm = AMBIGUOUS_TENSE.test(clause.verb?.lower ?? '') && sentence.clauses[i + 1]?.tense === 'present';
    if (
      clause.subject?.kind !== 'self' ||
      (clause.tense !== 'present' && !sameForm) ||
      clause.negated ||
      clause.marker !== null
    )
      return false;
    if (clause.verb === null || NOT_A_HABIT.has(clause.verb.lemma) || HEDGE_VERBS.has(clause.verb.lemma)) return false;
    if (/\b(?:should|must|would|could|will|'ll|'d|need to|have to)\b/.test(clause.text)) return false;
    const next = sentence.clauses[i + 1];
    if (next !== undefined && next.marker !== null && TRIGGERS.has(next.marker)) return true;
    // The trigger left inside the clause by the parse: "I reconcile any new dashboard … before it goes live".
    const after = clause.text.slice(clause.text.indexOf(clause.verb.lower) + clause.verb.lower.length);
    return TRIGGER_INSIDE.test(after);
  });
}

/** Verbs whose past and present are the same word. */
const AMBIGUOUS_TENSE = /^(?:put|set|cut|let|shut|hit|read|cost|spread|upset|split|shut)$/;

/** A trigger with a doer of its own, after the verb: "before it goes live", "when a client rings". */
const TRIGGER_INSIDE =
  /\b(?:before|when|whenever|after|until|once)\s+(?:(?:it|he|she|anyone|someone|anything|something|(?:the|a|an|any|every|each|my|our) \w+)\s+(?:\w+ )?[a-z]+s\b|(?:i|we|they)\s+(?:even |first |actually )?(?!was\b|were\b|had\b|did\b|\w+ed\b)(?:take|open|start|send|leave|sign|print|book|post|lift|use|move|give|hand|go|ring|call|submit|publish|close|lock|load|drive|pour|cut|fit|switch|turn|pick)\b)/;

/** A relative clause ("…another candidate, who is still there"): a time marker in it dates that noun, not a practice. */
const relativeClause = (clause: Clause) => /^(?:who|which)$/.test(clause.subject?.text ?? '');

function showsChange(whole: Sentence, part: PartText['part']): boolean {
  const sentence = part === 'roleConnection' ? withoutCareer(whole) : whole;
  if (sentence === null) return false;
  if (part === 'whatILearned' && presentHabitWithTrigger(sentence)) return true;
  const lower = sentence.clauses.some(relativeClause)
    ? sentence.clauses
        .filter((c) => !relativeClause(c))
        .map((c) => c.text)
        .join(' ')
    : sentence.text.toLowerCase();
  const remedyInPast = part === 'whatIDid' && sentence.clauses.every((c) => c.verb === null || c.tense === 'past');
  // In the role tie-in "I always put my patients first" claims a trait; it places nothing after the failure.
  const trait = part === 'roleConnection' ? lower.replace(/\b(?:always|still)\b/g, '') : lower;
  // In a remedy all in the past, "every" sizes it ("I called every guest"); in any sentence all in the
  // past, "still" means "even so" ("we still got a 2:1", "he still went missing"): neither places a
  // habit after the failure.
  const allPast = sentence.clauses.every((c) => c.verb === null || c.tense === 'past');
  const evenSo = allPast ? trait.replace(/\bstill\b/g, '') : trait;
  const text = remedyInPast ? evenSo.replace(/\b(?:every|each)\b/g, '') : evenSo;
  return (
    (hasMatch(changeMarker, text) && namesPractice(sentence)) ||
    hasMatch(adopted, text) ||
    hasMatch(keptUp, text) ||
    hasMatch(habitTurned, text)
  );
}

/** Evidence of change anywhere in a part. */
export function partShowsChange(p: PartText): boolean {
  return !isBlank(p) && p.sentences.some((sentence) => showsChange(sentence, p.part));
}

/** No change evidence: a lesson, and nothing that shows it became practice. */
export function noChangeEvidenceParsed(story: StoryContext): RawFinding[] {
  const p = story.whatILearned;
  if (isBlank(p)) return [];
  if (partShowsChange(p) || partShowsChange(story.whatIDid) || partShowsChange(story.roleConnection)) return [];
  return [wholePartFinding('no-change-evidence', p)];
}

/** A sentence (or line) of the lesson that is concrete enough to teach something. */
function concrete(sentence: Sentence | undefined): boolean {
  return sentence !== undefined && (showsChange(sentence, 'whatILearned') || hasMatch(concreteDetail, sentence.text));
}

/** Determiners that point at particular people or things, not at everyone: "my manager", "the client". */
const PARTICULAR = /^(?:the|my|our|his|her|their|that|this|these|those|some|one of)\b/;
/** Subordinators that give a rule its trigger: "when a client goes quiet", "before I sign off". */
const TRIGGERS = new Set(['when', 'whenever', 'if', 'unless', 'before', 'after', 'until', 'once']);
const TEACHING_VERBS = new Set(['teach', 'show', 'remind', 'prove', 'make']);

/** Verbs that frame a lesson ("I learned that…", "I realised…") rather than act. */
export const FRAMING_VERBS = new Set([
  'learn',
  'realise',
  'realize',
  'find',
  'discover',
  'understand',
  'see',
  'notice',
]);

/** A clause that only frames the lesson: "I learned that…", "It taught me…", "I think…". */
export function framesLesson(clause: Clause): boolean {
  const kind = clause.subject?.kind;
  const lemma = clause.verb?.lemma ?? '';
  if (kind === 'self' || kind === 'we')
    return (
      (FRAMING_VERBS.has(lemma) || HEDGE_VERBS.has(lemma) || lemma === 'learn') &&
      !/\blearn\w* (?:to|how to)\b/.test(clause.text)
    );
  return (
    kind === 'thing' &&
    TEACHING_VERBS.has(lemma) &&
    /^(?:it|this|that|the (?:experience|incident|mistake|situation))$/.test(clause.subject?.text ?? '')
  );
}

/** A subject that lets nothing through: "no proof", "nothing", "no order". */
const OWN_GATE = /^(?:no|nothing)\b/;

/**
 * A sentence that states a general truth and nothing the speaker does: "communication is key
 * in every team", "customers remember how you made them feel", "people should always test
 * their code", "good teachers build relationships first". Present tense, about everyone or
 * about a thing, with no trigger that makes it a rule of the speaker's own ("when a client
 * goes quiet, that is the time to call") and no number.
 */
function generalTruth(sentence: Sentence): boolean {
  if (/\d/.test(sentence.text)) return false;
  // The tagger reads a leading "When" as an adverb; a trigger is a trigger wherever it starts.
  const triggered = sentence.clauses.some((c) => TRIGGERS.has(c.tokens[0]?.lower ?? ''));
  let general = false;
  for (const clause of sentence.clauses) {
    if (!clause.verb || framesLesson(clause)) continue;
    const subject = clause.subject;
    const kind = subject?.kind;
    if (kind === 'self' || kind === 'we') return false;
    if (clause.tense === 'past') return false;
    if (kind === 'person' && PARTICULAR.test(subject?.text ?? '')) return false;
    // "The medical bags are the priority on every trip": particular things, on every occasion,
    // is a rule of the speaker's own work (not "communication is key in every team").
    if (PARTICULAR.test(subject?.text ?? '') && /\b(?:every|each)\b/.test(clause.text)) return false;
    // "No proof leaves my desk without a second pair of eyes": nothing passing the speaker's own
    // desk or hands unless a step is taken is the speaker's rule, not a truth about the world.
    if (OWN_GATE.test(subject?.text ?? '') && /\b(?:my|our)\b/.test(clause.text) && /\b(?:without|unless|until)\b/.test(clause.text))
      return false;
    const verbGroup = subject
      ? clause.text.slice(Math.max(0, subject.end - clause.start), subject.end - clause.start + 24)
      : '';
    // "people should always…", "you should treat…": a rule for everyone, whatever its trigger.
    if ((kind === 'person' || GENERIC_YOU.test(subject?.text ?? '')) && RULE_MODAL.test(verbGroup)) return true;
    // "Equipment must be maintained properly": a rule in the passive with no one to do it and
    // no trigger is a truth about the world, not a step anyone takes.
    if (
      subject &&
      !triggered &&
      RULE_MODAL.test(verbGroup) &&
      PASSIVE_RULE.test(verbGroup) &&
      !/\bby\b/.test(predicateText(clause)) &&
      !/\b(?:every|each)\b/.test(clause.text) &&
      !hasMatch(concreteDetail, sentence.text)
    ) {
      general = true;
      continue;
    }
    // An order ("test old saves") or a rule for a thing ("a handover list needs to include
    // pending bloods") names what to do: specific or not, it is not a truth about the world.
    if (!subject || RULE_MODAL.test(verbGroup) || /^(?:need|require)$/.test(clause.verb.lemma)) return false;
    if (triggered) return false;
    general = true;
  }
  return general;
}

/** Nouns for a quality, by their ending: "resilience", "patience", "humility", "ownership". */
const QUALITY = /(?:ence|ance|ness|ity|ship|ment|ism|tion|sion)$/;

/**
 * "I learned resilience", "I learnt patience and humility": the speaker learned a quality, named
 * by an abstract noun with no article, no "to" and no "that", so no practice can follow from it.
 */
function learnedAQuality(clause: Clause): boolean {
  if (clause.subject?.kind !== 'self' || clause.verb?.lemma !== 'learn') return false;
  const at = clause.tokens.indexOf(clause.verb);
  const rest = clause.tokens.slice(at + 1).filter((t) => t.pos !== 'PUNCT');
  if (rest.length === 0 || rest.length > 5) return false;
  if (rest.some((t) => t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'SCONJ'))
    return false;
  const nouns = rest.filter((t) => t.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((t) => QUALITY.test(t.lower) || t.lower === 'patience');
}

/**
 * "I'm more careful now", "these days I'm much more aware of deadlines": the speaker says they
 * are more of something, now; a state claimed, not a thing done.
 */
function moreOfAVirtue(clause: Clause): boolean {
  if (clause.subject?.kind !== 'self') return false;
  const words = clause.tokens.filter((t) => t.pos !== 'PUNCT');
  const be = words.findIndex((t) => t.lower === 'am' || t.lower === "'m");
  if (be < 0) return false;
  // "a lot more", "much more", "far more": a measure of more, then what there is more of.
  const rest = words
    .slice(be + 1)
    .map((t) => t.lower)
    .join(' ')
    .replace(/^(?:(?:a lot|a bit|much|far|way|so|even|definitely|really|now) )*/, '');
  return /^more (?!than\b)[a-z]+/.test(rest);
}

/** The whole lesson is general truths: nothing in it is the speaker's own, and nothing changed. */
function onlyGeneralTruths(p: PartText): Sentence | null {
  let first: Sentence | null = null;
  for (const sentence of p.sentences) {
    if (!sentence.clauses.some((c) => c.verb !== null && !framesLesson(c))) continue;
    if (!generalTruth(sentence) || showsChange(sentence, 'whatILearned')) return null;
    first ??= sentence;
  }
  return first;
}

/**
 * Generic lesson: a slogan with nothing concrete in the same sentence or the next. A short
 * line of a bullet list with no verb ("Consistency is key", "Communication with colleagues")
 * is a slogan too.
 */
export function genericLessonParsed(story: StoryContext): RawFinding[] {
  const p = story.whatILearned;
  if (isBlank(p)) return [];
  const out: RawFinding[] = [];
  p.sentences.forEach((sentence, index) => {
    const text = sentence.text.toLowerCase();
    const bulletSlogan =
      /^[-*•]\s*/.test(sentence.text) &&
      sentence.tokens.filter((t) => t.pos !== 'PUNCT').length <= 5 &&
      !sentence.tokens.some((t) => t.pos === 'NUM');
    const hits = matchesOf(slogan, text);
    if (hits.length === 0 && !bulletSlogan) return;
    if (concrete(sentence) || concrete(p.sentences[index + 1])) return;
    const first = hits[0];
    const start = first ? sentence.start + first.index : sentence.start;
    const end = first ? start + first[0].length : sentence.end;
    out.push({ kind: 'generic-lesson', part: 'whatILearned', start, end });
  });
  if (out.length === 0 && !partShowsChange(p))
    for (const sentence of p.sentences) {
      const clause = sentence.clauses.find((c) => learnedAQuality(c) || moreOfAVirtue(c));
      if (clause && !concrete(sentence)) {
        out.push({ kind: 'generic-lesson', part: 'whatILearned', start: clause.start, end: clause.end });
        break;
      }
    }
  if (out.length === 0 && !partShowsChange(p)) {
    const truth = onlyGeneralTruths(p);
    if (truth)
      out.push({ kind: 'generic-lesson', part: 'whatILearned', start: truth.start, end: truth.end, detail: 'truth' });
  }
  return out;
}
