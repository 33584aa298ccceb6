/** The full evaluation set, in a stable order. */
import type { EvalCase } from './eval-case';
import { actionCases } from './part-cases-action';
import { learningCases } from './part-cases-learning';
import { roleCases } from './part-cases-role';
import { causeCases } from './part-cases-cause';
import { openingCases } from './part-cases-opening';
import { quietCases } from './part-cases-quiet';
import { seedCases } from './seed-cases';
import { strongStoryCases } from './story-cases-strong';
import { weakStoryCases } from './story-cases-weak';

export const evalCases: readonly EvalCase[] = [
  ...seedCases,
  ...strongStoryCases,
  ...weakStoryCases,
  ...openingCases,
  ...causeCases,
  ...actionCases,
  ...learningCases,
  ...roleCases,
  ...quietCases,
];

export type { EvalCase, PartCase, StoryCase } from './eval-case';
export { isPartCase } from './eval-case';
