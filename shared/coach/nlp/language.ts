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

/** Why a part cannot be judged, or null when it can. Short parts are always judged. */
export function cannotJudge(norm: string): CannotJudgeReason | null {
  const letters = [...norm].filter((char) => anyLetter.test(char));
  if (letters.length < 12) return null;
  const latin = letters.filter((char) => latinLetter.test(char)).length;
  if (latin / letters.length < 0.5) return 'not-english';
  const visible = norm.replace(/\s/g, '');
  const symbols = visible.replace(/[\p{L}\p{N}\s'",.!?;:()%£$€&/-]/gu, '').length;
  if (visible.length > 20 && symbols / visible.length > 0.08) return 'not-prose';
  const words = (norm.toLowerCase().match(wordPattern) ?? []).filter((word) => word.replace(/'/g, '').length > 0);
  if (words.length < 8) return null;
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.replace(/^'+|'+$/g, ''))).length;
  return english / words.length < 0.12 ? 'not-english' : null;
}

export const cannotJudgeMessages: Record<CannotJudgeReason, string> = {
  'not-english':
    "The coach reads English, and this doesn't look like English, so it has no notes on it rather than guesses.",
  'not-prose':
    'This looks like code or data rather than sentences, so the coach has no notes on it. Tell it in your own words for feedback.',
};
