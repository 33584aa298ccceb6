/**
 * Small constructors for the tuning batches' cases (4 to 9). They build the same
 * `EvalCase` objects as the other sets (id, profession, source 'own', part and text or a
 * five-part story, and the two label lists); they only save repeating the field names.
 */
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import type { EvalCase } from './eval-case';

/** One part on its own. */
export function part(
  id: string,
  profession: string,
  which: StoryPart,
  text: string,
  mustFlag: FindingKind[],
  mustNotFlag: FindingKind[],
): EvalCase {
  return { id, profession, source: 'own', part: which, text, mustFlag, mustNotFlag };
}

/** A whole story, its parts in the order they are told: what, why, did, learned, role. */
export function story(
  id: string,
  profession: string,
  parts: [string, string, string, string, string],
  mustFlag: FindingKind[],
  mustNotFlag: FindingKind[],
): EvalCase {
  const [whatHappened, whyItHappened, whatIDid, whatILearned, roleConnection] = parts;
  return {
    id,
    profession,
    source: 'own',
    story: { whatHappened, whyItHappened, whatIDid, whatILearned, roleConnection },
    mustFlag,
    mustNotFlag,
  };
}
