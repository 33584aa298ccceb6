/** Public surface of the coach: import from here outside `shared/coach`. */
export { reviewStory, speakingSeconds, countWords, SPEAKING_WORDS_PER_MINUTE } from './review-story';
export { storyPartGuidance } from './part-guidance';
export * from './review-schema';
