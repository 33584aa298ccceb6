/**
 * Real-voice tuning set, part 2: labelled answers for the kinds the coach finds hardest
 * (blame, defensive tone, vague openings, unsafe failures, humblebrags, lessons that have
 * not landed, indifference, self-flagellation), each with near misses. Tuning data: read
 * its misses freely. See README.md.
 */
import type { EvalCase } from '../eval-case';
import { actionCases } from './cases-action';
import { blameCases } from './cases-blame';
import { defensiveCases } from './cases-defensive';
import { humblebragCases } from './cases-humblebrag';
import { indifferenceCases } from './cases-indifference';
import { lessonCases } from './cases-lessons';
import { notLearnedCases } from './cases-not-learned';
import { openingCases } from './cases-openings';
import { selfFlagellatingCases } from './cases-self-flagellating';
import { attitudeStories } from './cases-stories-attitude';
import { blameStories } from './cases-stories-blame';
import { careStories } from './cases-stories-care';
import { learningStories } from './cases-stories-learning';
import { mixedStories } from './cases-stories-mixed';
import { officeStories } from './cases-stories-office';
import { publicStories } from './cases-stories-public';
import { tradesStories } from './cases-stories-trades';
import { unsafeStories } from './cases-stories-unsafe';
import { unsafeStories2 } from './cases-stories-unsafe-2';
import { unsafeCases } from './cases-unsafe';
import { casualVoiceCases } from './cases-voices-casual';
import { eslVoiceCases } from './cases-voices-esl';
import { voiceStories } from './cases-stories-voices';
import { unsafeLookAlikeCases } from './cases-unsafe-look-alikes';

export const realVoiceTuningExtra: readonly EvalCase[] = [
  ...openingCases,
  ...blameCases,
  ...defensiveCases,
  ...unsafeCases,
  ...unsafeLookAlikeCases,
  ...humblebragCases,
  ...notLearnedCases,
  ...lessonCases,
  ...indifferenceCases,
  ...selfFlagellatingCases,
  ...actionCases,
  ...eslVoiceCases,
  ...casualVoiceCases,
  ...unsafeStories,
  ...unsafeStories2,
  ...blameStories,
  ...attitudeStories,
  ...learningStories,
  ...careStories,
  ...tradesStories,
  ...officeStories,
  ...publicStories,
  ...mixedStories,
  ...voiceStories,
];
