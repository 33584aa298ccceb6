/**
 * Learning, read from the parse: a lesson that is a slogan (generic lesson), and a lesson
 * that never shows up as practice (no change evidence). Evidence is a practice placed after
 * the failure ("now", "since then", "in my next job", "that's why I set myself a rule…")
 * that names something done, not something tried or felt ("now I try to plan ahead").
 */
import { FATALISM, MINIMIZING, NOT_CARING } from '../lexicon/framing';
import { CHANGE_MARKER, DOUBLING_DOWN, RESIGNATION, SLOGAN, VAGUE_PRACTICE_VERBS } from '../lexicon/lessons';
import { HEDGE_VERBS, NEGATIVE_EVALUATION } from '../lexicon/judgments';
import type { Sentence } from '../nlp/parse';
import { hasMatch, matchesOf } from '../text';
import { wholePartFinding, type PartText, type RawFinding, type StoryContext } from './context';
import { isBlank } from './structure-rules';

const changeMarker = new RegExp(CHANGE_MARKER, 'i');
const slogan = new RegExp(SLOGAN, 'gi');
/** Specific details that give a slogan teeth: numbers, named tools, schedules, triggers. */
const concreteDetail =
  /\d|\b(?:checklist|template|tracker|rota|matrix|glossary|log ?book|second (?:person|check|pair of eyes|signature)|buddy check|every (?:morning|week|day|shift|month|friday|monday|sprint|project|launch|order|patient|client|job|time|handover|release|deploy)|each (?:week|day|shift|time|morning|handover)|before (?:every|each|any) \w+|at the start of|by (?:monday|friday|noon|end of day|\d))\b/i;

/** A clause that names something done (a practice), not something tried, felt or known. */
function namesPractice(sentence: Sentence): boolean {
  // "I realised the question has to be asked every visit", "I know now I should have asked":
  // a rule stated or a regret, not yet a practice.
  const stated = /\b(?:realis|realiz|learn|know|understand|taught|showed|see)\w*\b/i.test(sentence.text);
  return sentence.clauses.some((clause) => {
    if (hasMatch(slogan, clause.text)) return false;
    if (
      /\b(?:i|we) (?:\w+ )?(?:should|could|would|might)(?:n't| not)? (?:have|'ve)\b|\b(?:i|we) (?:should|could|would)'ve\b/i.test(
        clause.text,
      )
    )
      return false;
    if (stated && /\b(?:has to|have to|must|needs to|need to|should|ought to) [a-z]/i.test(clause.text)) return false;
    // The speaker doing it, or a thing that now happens ("every number now gets a tag").
    const doer = clause.subject?.kind === 'self' || clause.subject?.kind === 'we';
    if (!doer && !hasMatch(changeMarker, clause.text)) return false;
    const verbs = clause.tokens.filter((t) => t.pos === 'VERB');
    if (verbs.some((verb) => !VAGUE_PRACTICE_VERBS.has(verb.lemma))) return true;
    // "I do a last read", "we have a second person check": a light verb with a thing done.
    if (
      /\b(?:do|does|did|make|makes|have|has|get|gets|take|takes|run|runs|keep|keeps|set|sets) (?:a|an|one|two|three|the|every|each|our|my) (?:[a-z-]+ ){0,2}(?:read|check|review|sample|list|call|test|note|rule|pass|walk-?through|run|backup|copy|tag|draft|plan|meeting|stand-?up|sign-?off|second|buddy)/.test(
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

/** "It pushed me to build a marking timetable", "I set up a review": a practice adopted, told in the past. */
const adopted =
  /\b(?:built|created|set up|introduced|started|began|wrote|designed|put in place|rolled out|made|drew up|brought in|added|changed|redesigned|rewrote|standardi[sz]ed|automated|instituted|to build|to create|to set up|to introduce|to start|to write|to design)\b[^.;]{0,40}\b(?:checklist|template|timetable|schedule|process|system|rule|routine|review|tracker|log|form|guide|glossary|calendar|rota|meeting|call|step|sheet|card|matrix|policy|procedure|ritual|habit)\b/i;

/** True when a sentence shows a practice adopted after the failure. */
function showsChange(sentence: Sentence): boolean {
  const text = sentence.text.toLowerCase();
  return (hasMatch(changeMarker, text) && namesPractice(sentence)) || hasMatch(adopted, text) || hasMatch(keptUp, text);
}

/** "I've done that for every deliverable since", "we've run it for two years": a practice kept up. */
const keptUp =
  /\b(?:i|we)(?:'ve| have) (?:run|done|used|kept|followed|applied|had) (?:that|this|it|them|the \w+)\b[^.;]{0,40}\b(?:for (?:the |every |each |two|three|four|five|six|\d)|since|on every|every)/i;

/** Evidence of change anywhere in a part. */
export function partShowsChange(p: PartText): boolean {
  return !isBlank(p) && p.sentences.some(showsChange);
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
  return sentence !== undefined && (showsChange(sentence) || hasMatch(concreteDetail, sentence.text));
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
  return out;
}

const resignation = new RegExp(RESIGNATION, 'gi');
const doublingDown = new RegExp(DOUBLING_DOWN, 'gim');
const fatalism = new RegExp(FATALISM, 'gi');
const shrugNotCaring = new RegExp(NOT_CARING, 'gi');
const shrugMinimizing = new RegExp(MINIMIZING, 'gi');
/** "I used to say 'that's hospitality'": an old attitude told as the thing that changed. */
const outgrown =
  /\b(?:used to (?:say|think|believe|tell|shrug)|stopped (?:saying|thinking|telling)|no longer (?:say|think|believe))\b/i;

/** Verbs that frame a lesson ("I learned that…", "I realised…") rather than act. */
const FRAMING_VERBS = new Set(['learn', 'realise', 'realize', 'find', 'discover', 'understand', 'see', 'notice']);

/**
 * A lesson about other people: every clause that says something has another person (or
 * people) as its subject ("some landlords are too impatient", "suppliers don't always
 * perform"), none has the speaker or the team doing anything, and no practice changed.
 */
function lessonAboutOthers(p: PartText): boolean {
  let others = false;
  let verdict = false;
  for (const sentence of p.sentences)
    for (const clause of sentence.clauses) {
      const kind = clause.subject?.kind;
      const lemma = clause.verb?.lemma ?? '';
      if (kind === 'self' || kind === 'we') {
        // "I learned to weight culture fit more": a practice, not a frame.
        const framing =
          (FRAMING_VERBS.has(lemma) && !/\blearn(?:ed|t|s)? (?:to|how to)\b/.test(clause.text)) ||
          HEDGE_VERBS.has(lemma);
        if (framing) continue;
        return false;
      }
      // "You" in a lesson is everyone, the speaker included ("you have to check").
      if (kind === 'person' && clause.subject?.text !== 'you') others = true;
      // "The methodology is not perfect", "the docs there were terrible", "old installations
      // always have surprises": a verdict on a thing, not something the speaker will do.
      if ((kind === 'thing' || kind === 'circumstance') && judgesTheWorld(clause.text)) verdict = true;
    }
  if (others) return true;
  // A rule about a thing ("a site visit is not optional", "the list needs to include…", "a
  // strong bid is not enough if you do not answer the criteria") is a lesson, not a verdict.
  return (
    verdict &&
    !p.sentences.some((sentence) => hasMatch(necessity, sentence.text) || /\b(?:if|unless|you)\b/i.test(sentence.text))
  );
}

const judged = new RegExp(
  String.raw`\b(?:is|are|was|were|'s|'re|seemed|looked)\s+(?:\w+\s+){0,2}?${NEGATIVE_EVALUATION}|\b(?:is|are|was|were)(?:n't| not) (?:\w+ )?(?:perfect|reliable|realistic|fair)\b|\b(?:always|never|don't always|doesn't always|do not always|does not always) (?:have|has|tell|work|go|come|perform|show|get|give)\b|\btoo (?:much|many|little|few)\b|\bmade up by\b`,
  'i',
);
const necessity =
  /\b(?:has to|have to|had to|must|need to|needs to|should|ought to|is not optional|isn't optional|is essential|are essential|is a must|requires?|required)\b/i;

function judgesTheWorld(text: string): boolean {
  return hasMatch(judged, text);
}

/**
 * Not learned, read from the lesson: a fact about the world, other people or the trade
 * in place of anything about the speaker (resignation), or doubling down ("I'd do it the
 * same way", "not sure what else I could have done"). A lesson that shows a changed
 * practice has landed, whatever else it says.
 */
export function notLearnedParsed(story: StoryContext): RawFinding[] {
  const lesson = story.whatILearned;
  if (partShowsChange(lesson)) return [];
  const out: RawFinding[] = [];
  if (!isBlank(lesson) && lessonAboutOthers(lesson)) out.push(wholePartFinding('not-learned', lesson, 'others'));
  // A shrug where the lesson should be ("I don't dwell on it", "didn't really care about that
  // job anyway"): whatever it says about tone, nothing was learned. A shrug followed by "but"
  // and something the speaker kept is a different answer.
  if (!isBlank(lesson))
    for (const sentence of lesson.sentences) {
      const text = sentence.text.toLowerCase();
      for (const pattern of [shrugNotCaring, shrugMinimizing])
        for (const m of matchesOf(pattern, text)) {
          if (/^[^.;]{0,80}?,? but\b/.test(text.slice(m.index))) continue;
          const start = sentence.start + m.index;
          out.push({ kind: 'not-learned', part: 'whatILearned', start, end: start + m[0].length });
        }
    }
  for (const part of ['whyItHappened', 'whatIDid', 'whatILearned'] as const) {
    const p = story[part];
    if (isBlank(p)) continue;
    const patterns = part === 'whatILearned' ? [resignation, doublingDown, fatalism] : [doublingDown, fatalism];
    for (const sentence of p.sentences) {
      const text = sentence.text.toLowerCase();
      if (outgrown.test(text)) continue;
      for (const pattern of patterns)
        for (const m of matchesOf(pattern, text)) {
          const start = sentence.start + m.index;
          out.push({ kind: 'not-learned', part, start, end: start + m[0].length });
        }
    }
  }
  return out;
}
