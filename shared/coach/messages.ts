/**
 * Severity and wording of every finding. Kept apart from detection so the voice stays
 * consistent: plain, warm, humble-not-defeated, and always with a concrete rewrite.
 */
import { storyPartLabels, type StoryPart } from '../story-parts';
import type { FindingKind, Severity } from './review-schema';

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

interface Wording {
  message: string;
  suggestion: string;
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
  data: "Sending private information to the wrong place is a story about carelessness with other people's data, which is exactly what an employer worries about.",
  default:
    'This kind of failure (a forgotten commitment, a missed legal or compliance obligation, or hiding a problem) makes a listener doubt basic reliability, and one answer is rarely enough to win that back.',
};

/** The message and suggestion for one finding. */
export function wordingFor(kind: FindingKind, part: StoryPart, detail: string | undefined): Wording {
  const label = storyPartLabels[part];
  switch (kind) {
    case 'missing-part':
      return {
        message: `"${label}" is still empty. Interviewers listen for all four beats, and a gap here is the first thing they will probe.`,
        suggestion: missingSuggestion[part],
      };
    case 'vague-failure':
      return {
        message: "This could describe almost anyone's career: it doesn't name one failure the listener can picture.",
        suggestion:
          'Name a single event: what you were responsible for, what went wrong and when. "I sent the spring catalogue to print with last year\'s prices" lands; "I\'ve made mistakes" doesn\'t.',
      };
    case 'no-impact':
      return {
        message: "The opening doesn't say how big the miss was or who felt it, so the stakes stay invisible.",
        suggestion:
          'Add one measurable consequence: how late, how much, how many people — "three days late", "£12k over", "40 patients rebooked".',
      };
    case 'opening-too-long':
      return {
        message: `The opening runs to ${detail ?? 'more than two'} sentences. The listener should know what failed within the first one or two.`,
        suggestion: 'Keep the failure and its cost in two sentences and move the background into "Why it happened".',
      };
    case 'blame':
      return {
        message:
          'This puts the cause on someone or something else, and nothing nearby says what your part was. Interviewers hear that as "it wasn\'t me".',
        suggestion:
          'Keep the fact if it matters, then add your share: "The supplier slipped, and I had no fallback lined up — that one is on me."',
      };
    case 'vague-cause':
      return {
        message:
          detail === 'short'
            ? "This is too thin to show a root cause; the listener still doesn't know why it went wrong."
            : 'This describes bad weather, not a cause: nobody could act on it, and it hides your own part.',
        suggestion: 'Name the cause in your own decisions: "I assumed…", "I didn\'t check…", "I chose speed over…".',
      };
    case 'defensive-tone':
      return {
        message: 'This reads as an argument for your innocence. It makes the listener wonder what you are leaving out.',
        suggestion:
          'Drop the excuse and say the gap you could have closed: "The brief was thin, and I didn\'t ask the questions that would have filled it."',
      };
    case 'passive-action':
      return {
        message:
          detail === 'no-actor'
            ? 'This part never says what you did yourself, so your initiative disappears.'
            : 'Nobody acts in this sentence, so it sounds as if the problem solved itself.',
        suggestion:
          'Start with "I" and a verb: "I called the client that afternoon, rolled the change back and wrote up what broke."',
      };
    case 'generic-lesson':
      return {
        message: "Any candidate could say this about any failure; it doesn't show what this one taught you.",
        suggestion:
          'Swap the slogan for the rule you now follow: "I confirm every delivery date in writing two weeks out" instead of "be more careful".',
      };
    case 'no-change-evidence':
      return {
        message: 'The lesson is there, but nothing shows it changed how you work.',
        suggestion:
          'Add the practice you adopted and proof you\'ve used it: "Since then I run a short pre-mortem before every launch — four so far, all on time."',
      };
    case 'not-learned':
      return {
        message:
          "This tells the interviewer the lesson hasn't landed yet, which is the one thing the question is checking.",
        suggestion:
          'Pick a failure you have learned from, or state what you now understand and what you do about it: "I now…, and I\'m still refining…".',
      };
    case 'humblebrag':
      return {
        message:
          'This sounds like a strength dressed up as a failure. Interviewers tend to hear it as dodging the question.',
        suggestion:
          "Choose a real miss with a real cost: a call you got wrong, a risk that didn't pay off, a plan that slipped.",
      };
    case 'unsafe-failure':
      return {
        message: unsafeMessages[detail ?? 'default'] ?? unsafeMessages.default ?? '',
        suggestion:
          'Choose a failure of judgment instead: a timeline, budget, hire or bet you misjudged while being careful, then show how you recalibrated.',
      };
    case 'indifference':
      return {
        message: "Saying you didn't care (or didn't invest) tells the interviewer you might not care here either.",
        suggestion:
          'Pick a story you were invested in, or own the disengagement as the failure and say what you do now to stay committed.',
      };
    case 'self-flagellating':
      return {
        message: 'This dwells on how bad you feel. The listener wants to see that you took the hit and moved forward.',
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
