/**
 * Learning: slogans in place of lessons (generic lesson), lessons that never became
 * practice (no change evidence), and lessons that have not landed (not learned).
 */
import { hasChangeEvidence, isSpecific } from '../signals';
import { anyOf, isNegatedAt } from '../text';
import {
  narrativeParts,
  runPhraseRules,
  wholePartFinding,
  type PhraseRule,
  type RawFinding,
  type StoryContext,
} from './context';
import { isBlank } from './structure-rules';

const VIRTUE = String.raw`(?:careful|organi[sz]ed|proactive|thorough|diligent|patient|mindful|attentive|prepared|detail-oriented|vigilant|responsible|focused|communicative|flexible|humble|cautious|disciplined|on top of things|aware)`;
const HABIT_NOUN = String.raw`(?:planning|communication|communicating|teamwork|preparation|organi[sz]ation|time management|attention to detail|being careful|double-checking|checking|testing|listening|documentation|feedback|collaboration|leadership|prioriti[sz]ation|follow-?through|focus|hard work|honesty|transparency|process|processes|asking for help|asking questions|good communication|clear communication|managing expectations|preparing|organi[sz]ing|being organi[sz]ed|staying organi[sz]ed|trust|empathy|patience)`;

/** Lessons any candidate could give about any failure. */
const slogans = anyOf(
  String.raw`\b(?:the )?(?:importance|value|power) of (?:good |better |careful |proper |clear |effective |thorough |open |more |strong |constant |early )?${HABIT_NOUN}\b`,
  String.raw`\bhow important (?:it is (?:to|that)|${HABIT_NOUN} is)\b`,
  String.raw`\b(?:to be|be|being|to become|become) (?:more |a lot more |much more |extra |a bit more |a little more |even more )?${VIRTUE}\b`,
  String.raw`\b(?:communicate|communicating|plan|planning|prepare|preparing|prioriti[sz]e|manage (?:my )?time|listen|work|try|do|think|check (?:my work|things))\s+(?:better|more|harder|more carefully|ahead|earlier|first)\b`,
  String.raw`\b(?:stay|staying|keep|keeping) (?:on top of (?:things|everything)|organi[sz]ed|on track|focused)\b|\bcommunicate (?:with (?:[a-z]+ )?(?:staff|team|people|everyone|others|colleagues|stakeholders|clients)|more|better|clearly|openly|earlier)\b`,
  String.raw`\b${HABIT_NOUN} is (?:key|everything|critical|important|crucial|essential|king|vital)\b`,
  String.raw`\b(?:always )?double[- ]check (?:everything|my work|things)\b|\bpay (?:more |closer |better )?attention\b|\battention to detail\b`,
  String.raw`\blearned (?:a lot|my lesson|so much|a great deal|from (?:it|my mistakes?|the experience|that experience))\b`,
  String.raw`\b(?:a|it was a|was a) (?:valuable|great|good|important|hard|humbling|big|real|huge) (?:lesson|learning experience|learning opportunity|learning curve)\b`,
  String.raw`\beveryone makes mistakes\b|\bmistakes happen\b|\bhindsight is\b|\bnever give up\b|\bfailure is (?:part of|how|a teacher)\b|\bwhat doesn't kill you\b`,
  String.raw`\b(?:to )?(?:slow down|take my time|think before I act|look before I leap)\b`,
);

const genericRules: readonly PhraseRule[] = [
  {
    kind: 'generic-lesson',
    parts: ['whatILearned'],
    pattern: slogans,
    // "I learned to be more careful. Now I read every dose back" is a lesson with teeth.
    unless: (s, _i, p) => {
      if (isSpecific(s.text)) return true;
      const next = p.sentences[p.sentences.indexOf(s) + 1];
      return next !== undefined && isSpecific(next.text);
    },
  },
];

/** Generic lesson: a slogan with nothing concrete in the same or the next sentence. */
export function genericLesson(story: StoryContext): RawFinding[] {
  return runPhraseRules(genericRules, story);
}

/**
 * No change evidence: the lesson is stated but nothing shows it changed how the speaker
 * works. "What I did" counts too, since changes are often told there ("now I always…").
 */
export function noChangeEvidence(story: StoryContext): RawFinding[] {
  const p = story.whatILearned;
  if (isBlank(p)) return [];
  if (hasChangeEvidence(p.norm, true) || hasChangeEvidence(story.whatIDid.norm, false)) return [];
  if (hasChangeEvidence(story.roleConnection.norm, false)) return [];
  return [wholePartFinding('no-change-evidence', p)];
}

/** "I still don't know how to…": the failure has not produced a lesson yet. */
const stillStuck = anyOf(
  String.raw`\bI\s+(?:honestly\s+|really\s+|just\s+|probably\s+)?still\s+(?:don't|do not|dont|can't|cannot|haven't|have not|am not|'m not|have no|am unsure|'m unsure|am figuring|'m figuring|am trying to figure|'m trying to figure|don't really|wouldn't)\b(?!\s+(?:always|every time|perfectly|get it (?:all )?right every))`,
  String.raw`\b(?:I'm|I am)\s+(?:honestly\s+)?still\s+(?:not (?:sure|clear|certain)|unsure|confused|figuring|trying to figure|working out|lost)\b|\bstill (?:have )?no idea\b`,
  String.raw`\b(?:(?:I )?(?:honestly |really )?(?:don't|do not|dont) (?:really )?know|I'm not (?:really )?sure|I am not (?:really )?sure|not sure|I (?:couldn't|can't|cannot) (?:really )?(?:tell you|say)|I have no idea|no idea) (?:what|that|how) I(?:'d| would| could| should)?(?: have)? (?:learned|took away|take away|change|would change|(?:do|done|handle|handled|change|changed|approach)(?: (?:it|things|anything|that))? differently)\b`,
  String.raw`\bI (?:didn't|did not|haven't|have not|never) (?:really )?(?:learn|learned|take away|taken away|took away) (?:much|anything|a lot|a great deal)\b`,
  String.raw`\bI (?:wouldn't|would not) (?:really )?(?:change|do) anything(?: differently)?\b|\bI(?:'d| would) (?:do|make) (?:it|the same (?:call|choice|decision|thing)|exactly the same(?: [a-z]+)?) (?:all over )?again\b`,
  String.raw`\b(?:there (?:was|wasn't|isn't) )?(?:not much|nothing (?:much |really )?) to (?:learn|take away)\b`,
);

// A whole "What I learned" that amounts to "nothing".
const nothingLearned =
  /^(?:nothing|not much|not a lot|nothing really|nothing much|i don't know|i dont know|idk|no idea|not sure|dunno)[.!]?$/i;

// "Not much to learn" only counts when negated: "there was so much to learn" is fine.
const littleToLearn = /\b(?:much|anything|a lot|a great deal|a whole lot)\s+(?:for me\s+)?to (?:learn|take away)\b/gi;

const notLearnedRules: readonly PhraseRule[] = [
  { kind: 'not-learned', parts: narrativeParts, pattern: stillStuck },
  { kind: 'not-learned', parts: narrativeParts, pattern: littleToLearn, unless: (s, i) => !isNegatedAt(s.text, i, 4) },
];

/** Not learned: the speaker says the lesson has not landed. */
export function notLearned(story: StoryContext): RawFinding[] {
  const found = runPhraseRules(notLearnedRules, story);
  const p = story.whatILearned;
  if (!p.empty && nothingLearned.test(p.norm.trim())) found.push(wholePartFinding('not-learned', p));
  return found;
}
