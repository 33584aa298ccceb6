import { standardFollowUps, type FollowUp } from './story';

/** One question of the follow-up drill. */
export interface DrillQuestion {
  question: string;
  /** The answer the person prepared on the story page; '' when there is none yet. */
  answer: string;
  /** For the guide's own questions: what a strong answer does, in a sentence. */
  guidance?: string;
}

/**
 * What a strong answer to each of the guide's follow-ups does, keyed by the question as
 * `standardFollowUps` words it.
 */
const guidanceFor: ReadonlyMap<string, string> = new Map([
  [
    standardFollowUps[0]!.question,
    'Name the safeguards you work with now, and allow that you may still fail in new ways; what you can promise is how you meet a failure: an honest look, a quick correction, nothing hidden.',
  ],
  [
    standardFollowUps[1]!.question,
    'Treat the odd failure as the price of aiming high: give an honest, rough rate, and say that you fail small and learn on purpose.',
  ],
  [
    standardFollowUps[2]!.question,
    'Admit the disappointment, then show you were open and accountable from the start; if a colleague later told you the honesty helped, say so.',
  ],
]);

/** Questions compared loosely: "How often do you fail" is the guide's "How often do you fail?". */
const sameQuestion = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The drill's questions: the guide's three follow-ups first (with the answer the story holds
 * for each, if it has one), then the story's own questions in its order. Blank questions are
 * left out; a question the story asks twice is asked once.
 */
export function drillQuestionsOf(followUps: readonly FollowUp[]): DrillQuestion[] {
  const own = followUps.filter((followUp) => followUp.question.trim() !== '');
  const answerOf = new Map<string, string>();
  for (const followUp of own) {
    const key = sameQuestion(followUp.question);
    if (!answerOf.has(key) || answerOf.get(key) === '') answerOf.set(key, followUp.answer.trim());
  }
  const asked = new Set<string>();
  const drill: DrillQuestion[] = [];
  for (const { question } of standardFollowUps) {
    const key = sameQuestion(question);
    asked.add(key);
    drill.push({ question, answer: answerOf.get(key) ?? '', guidance: guidanceFor.get(question) ?? '' });
  }
  for (const followUp of own) {
    const key = sameQuestion(followUp.question);
    if (asked.has(key)) continue;
    asked.add(key);
    drill.push({ question: followUp.question.trim(), answer: answerOf.get(key) ?? '' });
  }
  return drill;
}
