/**
 * Whether the coach can judge a part at all. Its rules read English prose; a part in another
 * language, or a paste of code or data, would only be guessed at, so the coach says it
 * cannot judge it instead of raising findings on it.
 */

export type CannotJudgeReason = 'not-english' | 'not-prose';

/** The commonest English words: in any English prose they are a large share of the words. */
const ENGLISH_FUNCTION_WORDS = new Set(
  `the a an and or but of to in on at for with from by i we you he she it they my our your his her their its me us them
was were is are be been being had have has did do does not no that this these those so as if when then because about
after before into up out what which who there all just more very would could should will can than also only some
any one two how why where while again even still too once most other such own same here now well back over off
got get went made make said told asked`.split(/\s+/),
);

const wordPattern = /[\p{L}']+/gu;
const latinLetter = /\p{Script=Latin}/u;
const anyLetter = /\p{L}/u;

const symbolShare = (text: string) => {
  const visible = text.replace(/\s/g, '');
  if (visible.length === 0) return 0;
  return visible.replace(/[\p{L}\p{N}'",.!?;:()%£$€&/-]/gu, '').length / visible.length;
};

const wordsOf = (text: string) =>
  (text.toLowerCase().match(wordPattern) ?? []).filter((word) => word.replace(/'/g, '').length > 0);

const englishShare = (words: readonly string[]) =>
  words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.replace(/^'+|'+$/g, ''))).length / Math.max(1, words.length);

/** Code reads like English to a word count ("for", "if", "return"): its brackets give it away. */
const looksLikeCode = (chunk: string) =>
  (chunk.match(/[{};=<>[\]]/g) ?? []).length >= 4 && /\w\(|=>|\+\+|==|;\s*\}|\)\s*\{/.test(chunk);

/** A stretch of English sentences: words, few symbols, and the small words English is made of. */
function isEnglishProse(chunk: string): boolean {
  const words = wordsOf(chunk);
  if (words.length < 3 || symbolShare(chunk) > 0.15 || looksLikeCode(chunk)) return false;
  return words.length <= 6 ? englishShare(words) > 0 : englishShare(words) >= 0.12;
}

/**
 * Why a part cannot be judged, or null when it can. A part with any English prose in it is
 * judged (markup or a stray paste beside it does not stop the coach); short parts always are.
 */
export function cannotJudge(norm: string): CannotJudgeReason | null {
  const letters = [...norm].filter((char) => anyLetter.test(char));
  if (letters.length < 12) return null;
  const latin = letters.filter((char) => latinLetter.test(char)).length;
  if (latin / letters.length < 0.5) return 'not-english';
  if (norm.split(/[.!?\n]+/).some(isEnglishProse)) return null;
  if (symbolShare(norm) > 0.08 || looksLikeCode(norm)) return 'not-prose';
  return wordsOf(norm).length >= 8 ? 'not-english' : null;
}

export const cannotJudgeMessages: Record<CannotJudgeReason, string> = {
  'not-english':
    "The coach reads English, and this doesn't look like English, so it has no notes on it rather than guesses.",
  'not-prose':
    'This looks like code or data rather than sentences, so the coach has no notes on it. Tell it in your own words for feedback.',
};
