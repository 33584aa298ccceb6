/**
 * Words and speaking time: what the editor and the print sheet show, without loading the
 * coach's reading of the text (the NLP model), which only the review needs.
 */
import { storyParts, type StoryPart } from '../story-parts';
import type { StoryTextInput } from './review-schema';
import { countWords } from './text';

export { countWords } from './text';

/** The band a spoken failure story should land in: about one and a half to two and a half minutes. */
export const SPEAKING_BAND_SECONDS = { min: 90, max: 150 } as const;

/** Words per minute of a calm interview answer. */
export const SPEAKING_WORDS_PER_MINUTE = 150;

// A part that is present but not text (a caller bug) counts as empty, not thrown on.
function partOf(input: StoryTextInput, part: StoryPart): string {
  const value: unknown = input[part];
  return typeof value === 'string' ? value : '';
}

/**
 * Estimated speaking time in whole seconds at {@link SPEAKING_WORDS_PER_MINUTE}, for one
 * text or for the five parts of a story (the title is not spoken).
 */
export function speakingSeconds(textOrStory: string | StoryTextInput): number {
  const words =
    typeof textOrStory === 'string'
      ? countWords(textOrStory)
      : storyParts.reduce((sum, part) => sum + countWords(partOf(textOrStory, part)), 0);
  return Math.round((words * 60) / SPEAKING_WORDS_PER_MINUTE);
}
