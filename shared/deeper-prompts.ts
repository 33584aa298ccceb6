import type { Reflection } from './entry';

/** The optional prompts under "Go deeper": none of them is needed for a setback to count as reflected. */
export const deeperPrompts = [
  'whereIGotLucky',
  'howINoticed',
  'whyIWasSurprised',
  'adviceToSomeone',
] as const satisfies readonly (keyof Reflection)[];
export type DeeperPrompt = (typeof deeperPrompts)[number];

export const deeperPromptLabels: Record<DeeperPrompt, string> = {
  whereIGotLucky: 'Where did I get lucky?',
  howINoticed: 'How did I notice?',
  whyIWasSurprised: 'Why was I surprised?',
  adviceToSomeone: 'What would I tell someone about to make the same call?',
};
