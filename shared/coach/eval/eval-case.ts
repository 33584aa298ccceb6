/**
 * The coach's labelled evaluation set. A case says which kinds the coach must raise and
 * which it must not; anything unlisted is left to the coach's judgment.
 */
import type { StoryPart } from '../../story-parts';
import { findingKinds, type FindingKind, type StoryTextInput } from '../review-schema';

interface CaseBase {
  /** Stable, unique id (shown in test names and in the precision/recall report). */
  id: string;
  profession: string;
  /** `seed` for text quoted from the domain source, `own` for cases written for the set. */
  source: 'seed' | 'own';
  mustFlag: FindingKind[];
  mustNotFlag: FindingKind[];
}

/** One part on its own; only findings on that part are compared. */
export interface PartCase extends CaseBase {
  part: StoryPart;
  text: string;
}

/** A whole story; every finding counts. */
export interface StoryCase extends CaseBase {
  story: StoryTextInput;
}

export type EvalCase = PartCase | StoryCase;

/** Every kind except the listed ones: for strong stories that should stay quiet. */
export function allKindsExcept(...kinds: FindingKind[]): FindingKind[] {
  return findingKinds.filter((k) => !kinds.includes(k));
}

/** True for a single-part case. */
export function isPartCase(c: EvalCase): c is PartCase {
  return 'part' in c;
}
