/**
 * Sealed real-voice evaluation set (second, independent set). Written blind to the coach's
 * rules and to the other eval sets; used once, at the end, to measure generalization.
 * Never tune rules against it. See README.md.
 */
import type { EvalCase } from '../eval-case';
import { sealedActionParts } from './cases-part-action';
import { sealedCauseParts } from './cases-part-cause';
import { sealedLearningParts } from './cases-part-learning';
import { sealedOpeningParts } from './cases-part-opening';
import { sealedMixedStoriesA } from './cases-stories-mixed-a';
import { sealedMixedStoriesB } from './cases-stories-mixed-b';
import { sealedMixedStoriesC } from './cases-stories-mixed-c';
import { sealedStrongStories } from './cases-stories-strong';
import { sealedWeakStoriesA } from './cases-stories-weak-a';
import { sealedWeakStoriesB } from './cases-stories-weak-b';
import { sealedWeakStoriesC } from './cases-stories-weak-c';
import { sealedWeakStoriesD } from './cases-stories-weak-d';

export const realVoiceSealed: readonly EvalCase[] = [
  ...sealedStrongStories,
  ...sealedWeakStoriesA,
  ...sealedWeakStoriesB,
  ...sealedWeakStoriesC,
  ...sealedWeakStoriesD,
  ...sealedMixedStoriesA,
  ...sealedMixedStoriesB,
  ...sealedMixedStoriesC,
  ...sealedOpeningParts,
  ...sealedCauseParts,
  ...sealedActionParts,
  ...sealedLearningParts,
];
