import type { Recheck, RecheckDay, StillDoing } from './recheck';

export const stillDoingLabels: Record<StillDoing, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** How an answer reads in a list of check-ins: "Still doing it", "Partly", "Stopped". */
export const stillDoingSummaries: Record<StillDoing, string> = {
  yes: 'Still doing it',
  partly: 'Partly doing it',
  no: 'Stopped doing it',
};

/** "a month on", "three months on": the check as a person would say it. */
export const checkInNames: Record<RecheckDay, string> = { 30: 'a month on', 90: 'three months on' };

// Words that start a phrase in lower case mid-sentence; anything else (a project's name,
// an acronym) keeps the capital it was typed with.
const LOWER_CASE_OPENERS =
  /^(the|a|an|our|my|their|his|her|its|every|each|both|all|most|some|several|this|that|these|those|on|in|at|for|during|with|when|while|whenever|across|before|after|to|by|since|once|twice|about|roughly|almost|nearly|always|usually|often|sometimes|daily|weekly|monthly|yearly|any|one|two|three|four|five)\b/i;
const PREPOSITION = /^(on|in|at|for|during|with|when|while|whenever|across|before|after|to|by|since|throughout)\b/i;

/** `text` trimmed, without closing punctuation, lower-cased at the start when it opens with a common word. */
function phrase(text: string): string {
  const clean = text.trim().replace(/[\s.!;,:]+$/u, '');
  return LOWER_CASE_OPENERS.test(clean) ? clean.charAt(0).toLowerCase() + clean.slice(1) : clean;
}

/** "on the Q3 launch" from "the Q3 launch" or "On the Q3 launch." */
function usedWhere(whereUsed: string): string {
  const where = phrase(whereUsed);
  return PREPOSITION.test(where) ? where : `on ${where}`;
}

type AnswerText = Pick<Recheck, 'stillDoing' | 'howOften' | 'whereUsed'>;

/** A check-in in one line: "Still doing it · weekly · used it on the Q3 launch" (the date is added by the screen). */
export function answerSummary(answer: AnswerText): string {
  return [
    stillDoingSummaries[answer.stillDoing],
    answer.howOften.trim() && phrase(answer.howOften),
    answer.whereUsed.trim() && `used it ${usedWhere(answer.whereUsed)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The check-in as a sentence of evidence for a story's "What I learned" ("A month on, I
 * still do it weekly; I've used it on the Q3 launch."), or null for a change that did not
 * stick: that is worth knowing, but it is not evidence of change.
 */
export function evidenceSentence(answer: AnswerText & Pick<Recheck, 'check'>): string | null {
  if (answer.stillDoing === 'no') return null;
  const lead = checkInNames[answer.check];
  const often = answer.howOften.trim() ? phrase(answer.howOften) : '';
  const doing =
    answer.stillDoing === 'yes'
      ? `I still do it${often ? ` ${often}` : ''}`
      : `I still do it in part${often ? `, ${often}` : ''}`;
  const where = answer.whereUsed.trim() ? `; I've used it ${usedWhere(answer.whereUsed)}` : '';
  return `${lead.charAt(0).toUpperCase()}${lead.slice(1)}, ${doing}${where}.`;
}

/** `text` with `sentence` added at its end, after a space (or alone, when `text` is empty). */
export function appendSentence(text: string, sentence: string): string {
  const kept = text.trimEnd();
  return kept ? `${kept} ${sentence}` : sentence;
}
