/**
 * Severity and wording of every finding. Kept apart from detection so the voice stays
 * consistent: plain, warm, humble-not-defeated. Each message says why it matters to an
 * interviewer (which of the five things they test it touches) and quotes the person's own
 * words where it can, so the suggestion reads as advice on their answer, not a template.
 */
import { storyPartLabels, type StoryPart } from '../story-parts';
import type { FindingKind, ScorecardKey, Severity } from './review-schema';

/** How much each kind hurts the answer: problems first, then warnings, then tips. */
export const severityOf: Record<FindingKind, Severity> = {
  'missing-part': 'problem',
  'vague-failure': 'warning',
  'no-impact': 'warning',
  'opening-too-long': 'warning',
  blame: 'problem',
  'vague-cause': 'warning',
  'defensive-tone': 'warning',
  'passive-action': 'warning',
  'generic-lesson': 'warning',
  'no-change-evidence': 'warning',
  'not-learned': 'problem',
  humblebrag: 'problem',
  'unsafe-failure': 'problem',
  indifference: 'problem',
  'self-flagellating': 'warning',
  'no-role-connection': 'tip',
};

/** Which of the five things an interviewer tests each kind speaks to. */
export const concernOf: Record<FindingKind, ScorecardKey> = {
  'missing-part': 'selfAwareness',
  'vague-failure': 'selfAwareness',
  'no-impact': 'judgment',
  'opening-too-long': 'judgment',
  blame: 'accountability',
  'vague-cause': 'selfAwareness',
  'defensive-tone': 'accountability',
  'passive-action': 'trust',
  'generic-lesson': 'learning',
  'no-change-evidence': 'learning',
  'not-learned': 'learning',
  humblebrag: 'selfAwareness',
  'unsafe-failure': 'trust',
  indifference: 'accountability',
  'self-flagellating': 'selfAwareness',
  'no-role-connection': 'judgment',
};

const concernWords: Record<ScorecardKey, string> = {
  accountability: 'accountability',
  learning: 'whether you learn',
  judgment: 'judgment',
  selfAwareness: 'self-awareness',
  trust: 'whether they can trust you with a mistake',
};

interface Wording {
  message: string;
  suggestion: string;
}

/** What the rule knew about the phrase it flagged. */
export interface FindingContext {
  /** The flagged words as the person wrote them, trimmed to a short quote. */
  quote: string;
  /** Detail from the rule: a variant, or `actor:<who>` for blame. */
  detail: string | undefined;
}

const missingSuggestion: Record<StoryPart, string> = {
  whatHappened:
    'In one or two sentences, name the failure and what it cost, e.g. "I signed off a floor plan with the wrong door widths; the fit-out slipped three weeks."',
  whyItHappened:
    'Name the decision or habit of yours that caused it, e.g. "I approved the drawings from the summary sheet and never checked them against the site survey."',
  whatIDid:
    'List what you did as soon as you knew, starting each step with "I": who you told, what you fixed, what you decided.',
  whatILearned:
    'Say what you do differently now and where you have used it since, e.g. "Every drawing set now gets a survey cross-check before I sign — eleven projects so far."',
  roleConnection: 'Add one line tying the lesson to the job you want.',
};

const unsafeMessages: Record<string, string> = {
  data: "Private information that reached the wrong people is a story about care with other people's data, exactly what an employer worries about.",
  clinical:
    'A clinical or medication error that reached someone is a safety story: the listener hears risk before they hear the lesson.',
  physical:
    'Someone was hurt or put at risk. However well you handled it, the listener first weighs whether it could happen on their watch.',
  legal: 'A legal, regulatory or consent obligation missed makes a listener doubt basic reliability.',
  neglect:
    'People left waiting, or a visit or meeting missed, reads as a question of reliability more than of judgment.',
  concealment:
    'Keeping a mistake quiet, or changing the record, costs more trust than the mistake itself: it is the first thing an interviewer will probe.',
  assets: "Losing someone else's work, money or irreplaceable files reads as a reliability risk.",
  lapse:
    'A check skipped where safety, security or the law depends on it makes a listener wonder what else might be skipped on their watch.',
  integrity:
    'A login shared, money taken or a shift worked under the influence is a question of trust rather than of skill: the listener stops listening for the lesson.',
  default:
    'This kind of failure (a forgotten commitment, a missed legal or compliance obligation, or hiding a problem) makes a listener doubt basic reliability, and one answer is rarely enough to win that back.',
};

/** Why it matters, said once at the end of a message. */
const matters = (kind: FindingKind) => ` Interviewers listen here for ${concernWords[concernOf[kind]]}.`;

/** `“words”` for a message, or nothing when there is no quote. */
const quoted = (quote: string) => (quote ? `“${quote}”` : 'this');

/** The person a blaming clause is about ("the reviewer"), from the rule's detail. */
function actorOf(detail: string | undefined): string | null {
  if (!detail?.startsWith('actor:')) return null;
  const actor = detail.slice('actor:'.length).trim();
  if (!actor || /^i$/i.test(actor) || actor.length > 40) return null;
  // "The reviewer" opened a sentence; mid-sentence it is "the reviewer" ("QA" stays as written).
  return /^(?:The|A|An|Our|My|Their|His|Her|Your|This|That|These|Those|Some|Two|Three)\b/.test(actor)
    ? actor.charAt(0).toLowerCase() + actor.slice(1)
    : actor;
}

/** The message and suggestion for one finding. */
export function wordingFor(kind: FindingKind, part: StoryPart, { quote, detail }: FindingContext): Wording {
  const label = storyPartLabels[part];
  switch (kind) {
    case 'missing-part':
      return {
        message: `"${label}" is still empty. Interviewers listen for all four beats, and a gap here is the first thing they will probe.`,
        suggestion: missingSuggestion[part],
      };
    case 'vague-failure':
      return {
        message: `${quoted(quote)} could describe almost anyone's career: it doesn't name one failure the listener can picture.${matters(kind)}`,
        suggestion:
          'Name the single event: what you were responsible for, what you did, what went wrong and when. "I sent the spring catalogue to print with last year\'s prices" lands; "I made a mistake with the catalogue" doesn\'t.',
      };
    case 'no-impact':
      return {
        message: `The opening says what went wrong but not what it cost or who felt it, so the stakes stay invisible (a date or a name is not a consequence).${matters(kind)}`,
        suggestion:
          'Add one consequence: who was affected and how much or how long — "three days late", "£12k over", "40 patients rebooked", "the client moved their account".',
      };
    case 'opening-too-long':
      return {
        message: `The opening runs to ${detail ?? 'several'} sentences of set-up. The listener should know what failed within the first one or two.${matters(kind)}`,
        suggestion: 'Keep the failure and its cost in two sentences and move the background into "Why it happened".',
      };
    case 'blame': {
      const actor = actorOf(detail);
      return {
        message: actor
          ? `You describe ${actor} (${quoted(quote)}), and nothing nearby says what your part was, so it can sound like "it wasn't me".${matters(kind)}`
          : `${quoted(quote)} puts the cause on someone or something else, and nothing nearby says what your part was.${matters(kind)}`,
        suggestion: actor
          ? `Keep the fact if it matters, then say what you could have checked, asked or changed yourself about ${actor}: "…and I didn't check it myself before it went out — that one is on me."`
          : 'Keep the fact if it matters, then add your share: "The supplier slipped, and I had no fallback lined up — that one is on me."',
      };
    }
    case 'vague-cause':
      return {
        message:
          detail === 'short'
            ? `${quoted(quote)} is too thin to show a root cause: the listener still doesn't know why it went wrong.${matters(kind)}`
            : detail === 'verdict'
              ? `${quoted(quote)} is a verdict on yourself, not a cause: nobody could act on it.${matters(kind)}`
              : detail === 'guess'
                ? `${quoted(quote)} is a guess at the cause, not one you have worked out: the listener hears that you never looked.${matters(kind)}`
                : `${quoted(quote)} describes bad weather, not a cause: nobody could act on it, and it hides your own part.${matters(kind)}`,
        suggestion: 'Name the cause in your own decisions: "I assumed…", "I didn\'t check…", "I chose speed over…".',
      };
    case 'defensive-tone':
      return {
        message: `${quoted(quote)} argues your side. It makes the listener wonder what you are leaving out.${matters(kind)}`,
        suggestion:
          'Drop the defence and say the gap you could have closed: "The brief was thin, and I didn\'t ask the questions that would have filled it."',
      };
    case 'passive-action':
      return {
        message:
          detail === 'no-actor'
            ? `This part never says what you did yourself, so your initiative disappears.${matters(kind)}`
            : detail === 'others'
              ? `Here someone else puts it right while you stand by, so the interviewer can't see what you would do next time.${matters(kind)}`
              : detail === 'standing-by'
                ? `In ${quoted(quote)} you carry on, wait or feel it, but nothing is put right, so the interviewer can't see what you would do next time.${matters(kind)}`
                : `In ${quoted(quote)} nobody acts: it sounds as if the problem solved itself.${matters(kind)}`,
        suggestion:
          'Start with "I" and a verb: "I called the client that afternoon, rolled the change back and wrote up what broke."',
      };
    case 'generic-lesson':
      return {
        message:
          detail === 'truth'
            ? `${quoted(quote)} is true of everyone, so it says nothing about what you now do; the interviewer hears a maxim, not a lesson.${matters(kind)}`
            : `${quoted(quote)} is a lesson any candidate could give about any failure; it doesn't show what this one taught you.${matters(kind)}`,
        suggestion:
          'Swap the slogan for the rule you now follow, with when and how: "I confirm every delivery date in writing two weeks out" instead of "be more careful".',
      };
    case 'no-change-evidence':
      return {
        message: `The lesson is there, but nothing shows it changed how you work (a plan to "try" or "be more aware" is not yet a change).${matters(kind)}`,
        suggestion:
          'Add the practice you adopted and proof you\'ve used it: "Since then I run a short pre-mortem before every launch — four so far, all on time."',
      };
    case 'not-learned':
      return {
        message: `${quoted(quote)} tells the interviewer the lesson hasn't landed yet, which is the one thing the question is checking.${matters(kind)}`,
        suggestion:
          'Pick a failure you have learned from, or state what you now understand and what you do about it: "I now…, and I\'m still refining…".',
      };
    case 'humblebrag':
      return {
        message: `${quoted(quote)} sounds like a strength dressed up as a failure. Interviewers tend to hear it as dodging the question.${matters(kind)}`,
        suggestion:
          "Choose a real miss with a real cost: a call you got wrong, a risk that didn't pay off, a plan that slipped.",
      };
    case 'unsafe-failure':
      return {
        message: `${unsafeMessages[detail ?? 'default'] ?? unsafeMessages['default'] ?? ''}${matters(kind)}`,
        suggestion:
          'If you tell it, lead with what you did the moment you knew and the safeguard you built. If you have a choice, a failure of judgment (a timeline, budget, hire or bet you misjudged) makes a safer story.',
      };
    case 'indifference':
      return {
        message: `${quoted(quote)} tells the interviewer you might not care here either.${matters(kind)}`,
        suggestion:
          'Pick a story you were invested in, or own the disengagement as the failure and say what you do now to stay committed.',
      };
    case 'self-flagellating':
      return {
        message: `${quoted(quote)} dwells on how bad you feel about yourself. The listener wants to see that you took the hit and moved forward.${matters(kind)}`,
        suggestion:
          'Say it once, calmly — "I got this wrong and I owned it" — and spend the words on what you changed.',
      };
    case 'no-role-connection':
      return {
        message: 'Nothing links this story to the job you are interviewing for.',
        suggestion:
          'Close with one line tying the lesson to the role: "Your team ships weekly, and the release checklist I built is a habit I\'d bring on day one."',
      };
  }
}

/** The flagged words as a short quote: whitespace folded, cut at a word near 70 characters. */
export function quoteOf(text: string, start: number, end: number): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (words.length <= 70) return words;
  const cut = words.slice(0, 70);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
