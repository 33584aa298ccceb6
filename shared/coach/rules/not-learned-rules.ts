/**
 * Lessons not learned, read from the parse: resignation, fatalism and shrugs where the lesson
 * should be, a decision still defended, a lesson about other people or a wish that they change,
 * a strength offered as the lesson. Split from lesson-rules.ts (slogans and evidence of change),
 * whose reading of a framing clause and of change it shares.
 */
import { FATALISM, MINIMIZING, NOT_CARING } from '../lexicon/framing';
import { DOUBLING_DOWN, RESIGNATION } from '../lexicon/lessons';
import { HEDGE_VERBS, NEGATIVE_EVALUATION } from '../lexicon/judgments';
import type { Sentence } from '../nlp/parse';
import { hasMatch, matchesOf } from '../text';
import { wholePartFinding, type PartText, type RawFinding, type StoryContext } from './context';
import { isBlank } from './structure-rules';
import { agentKind } from './accountability-rules';
import { FRAMING_VERBS, framesLesson, partShowsChange } from './lesson-rules';

const resignation = new RegExp(RESIGNATION, 'gi');
const doublingDown = new RegExp(DOUBLING_DOWN, 'gim');
const fatalism = new RegExp(FATALISM, 'gi');
const shrugNotCaring = new RegExp(NOT_CARING, 'gi');
const shrugMinimizing = new RegExp(MINIMIZING, 'gi');
/** "I used to say 'that's hospitality'": an old attitude told as the thing that changed. */
const outgrown =
  /\b(?:used to (?:say|think|believe|tell|shrug)|stopped (?:saying|thinking|telling)|no longer (?:say|think|believe))\b/i;

/** A rule: "should", "must", "need(s) to", "ha(s|ve) to", "ought to". */
const RULE = /\b(?:should|must|needs? to|ha(?:s|ve) to|ought to)\b/;

/** Verbs of wanting, which frame a change in someone else: "I'd hope the team…". */
const WISH_VERBS = new Set(['hope', 'wish', 'expect', 'want']);

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
          HEDGE_VERBS.has(lemma) ||
          // "Next time I'd hope the team pulls its weight": a wish for someone else's change.
          (WISH_VERBS.has(lemma) && !/\b(?:hope|wish|want|expect)(?:ed|s)? to\b/.test(clause.text)) ||
          // "What I took from it is that…", "the thing I took away was…": a frame, like "I learned".
          (lemma === 'take' && /\b(?:took|take|taken) (?:away|from (?:it|this|that|the \w+))\b/.test(clause.text));
        if (framing) continue;
        return false;
      }
      // "You" in a lesson is everyone, the speaker included ("you have to check").
      if (kind === 'person' && clause.subject?.text !== 'you') others = true;
      // "Staffing needs to be looked at by management": other people as the doers, in the passive.
      if (agentKind(clause.tokens) === 'person') others = true;
      // "Targets should take territory into account", "deadlines need to be realistic": a demand on
      // whoever sets the circumstance, not something the speaker will do.
      if (kind === 'circumstance' && RULE.test(clause.text)) others = true;
      // "The methodology is not perfect", "the docs there were terrible", "old installations
      // always have surprises": a verdict on a thing, not something the speaker will do.
      if ((kind === 'thing' || kind === 'circumstance') && judgesTheWorld(clause.text)) verdict = true;
    }
  if (others) return true;
  // A rule about a thing ("a site visit is not optional", "the list needs to include…", "a
  // strong bid is not enough if you do not answer the criteria") is a lesson, not a verdict.
  return (
    verdict &&
    !p.sentences.some(
      // "…if you do not answer the criteria", "you have to…": a rule with a condition or a duty.
      (sentence) =>
        hasMatch(necessity, sentence.text) ||
        /\b(?:if|unless|you (?:\w+ )?(?:do|don't|can|can't|need|have|must|should))\b/i.test(sentence.text),
    )
  );
}

/** Nouns for what a failure teaches. */
const LESSON_NOUNS = new Set(['lesson', 'takeaway', 'learning', 'moral']);

/**
 * "I learned that I work well under pressure": what was learned is a strength the speaker already
 * has, in the present, in a clause after a verb of learning.
 */
function strengthAsLesson(sentence: Sentence): boolean {
  return sentence.clauses.some((clause, i) => {
    const before = sentence.clauses[i - 1];
    if (i === 0 || before === undefined || !framesLesson(before)) return false;
    if (clause.subject?.kind !== 'self' || clause.tense !== 'present' || clause.negated) return false;
    if (/\b(?:need|must|should|have to|has to|when|if|unless|before|better|more|less)\b/.test(clause.text))
      return false;
    return /\b(?:well|best|good at|great at|strong|capable|resilient|calm)\b/.test(clause.text);
  });
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
  if (!isBlank(lesson))
    for (const sentence of lesson.sentences) {
      // "I don't think there was much of a lesson in it", "no real takeaway": the lesson denied.
      const denied = sentence.tokens.find(
        (t, i) =>
          LESSON_NOUNS.has(t.lemma) &&
          (t.negated ||
            sentence.tokens.slice(Math.max(0, i - 3), i).some((u) => u.lower === 'no' || u.lower === 'little')),
      );
      if (denied !== undefined) {
        out.push({ kind: 'not-learned', part: 'whatILearned', start: sentence.start, end: sentence.end });
        continue;
      }
      if (strengthAsLesson(sentence))
        out.push({ kind: 'not-learned', part: 'whatILearned', start: sentence.start, end: sentence.end });
    }
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
