/**
 * Real-voice tuning set, part 3: labelled answers in the phrasing people really use, aimed
 * at the kinds hardest to catch (vague openings, missing consequences, empty causes,
 * defensiveness, blame, shrugs, lessons that have not landed, slogans, disqualifying
 * failures), each with near misses, plus strong stories that should stay quiet. Tuning
 * data: read its misses freely. See README.md.
 */
import type { EvalCase } from '../eval-case';
import { actionSafetyCases } from './cases-action-safety';
import { attitudeCases } from './cases-attitude';
import { causeCases } from './cases-causes';
import { lessonCases } from './cases-lessons';
import { openingCases } from './cases-openings';
import { attitudeStories } from './cases-stories-attitude';
import { causeStories } from './cases-stories-cause';
import { eslStories } from './cases-stories-esl';
import { lessonStories } from './cases-stories-lessons';
import { mixedStories } from './cases-stories-mixed';
import { rambleStories } from './cases-stories-rambles';
import { strongStories } from './cases-stories-strong';
import { unsafeStories } from './cases-stories-unsafe';
import { vagueStories } from './cases-stories-vague';
import { voiceStories } from './cases-stories-voices';
import { casualVoiceCases } from './cases-voices-casual';
import { eslVoiceCases } from './cases-voices-esl';

export const realVoiceTuningThird: readonly EvalCase[] = [
  ...openingCases,
  ...causeCases,
  ...lessonCases,
  ...attitudeCases,
  ...actionSafetyCases,
  ...vagueStories,
  ...causeStories,
  ...attitudeStories,
  ...lessonStories,
  ...unsafeStories,
  ...rambleStories,
  ...eslStories,
  ...mixedStories,
  ...voiceStories,
  ...strongStories,
  ...casualVoiceCases,
  ...eslVoiceCases,
];
