import { z } from 'zod';

/** The parts of a failure story, in the order they are told (DESIGN.md contract). */
export const storyParts = ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned', 'roleConnection'] as const;

export const StoryPartSchema = z.enum(storyParts);
export type StoryPart = z.infer<typeof StoryPartSchema>;

/** The human label of each part, as shown in the editor, the coach and the PDF. */
export const storyPartLabels: Record<StoryPart, string> = {
  whatHappened: 'What happened',
  whyItHappened: 'Why it happened',
  whatIDid: 'What I did',
  whatILearned: 'What I learned',
  roleConnection: 'Connection to the role',
};

/** Longest text accepted in any one free-text field. */
export const MAX_TEXT_LENGTH = 20_000;
