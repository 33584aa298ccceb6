/**
 * The shape of the answer: are all four beats there, is the opening short and concrete,
 * and does the story land on the role.
 */
import { hasImpact, mentionsRole } from '../signals';
import { narrativeParts, wholePartFinding, type PartText, type RawFinding, type StoryContext } from './context';

// Text people leave in a field meaning "I'll write this later".
const placeholder =
  /^(?:n\/?a|tbd|tbc|todo|to do|tk|x{2,}|\?+|-+|\.+|none|later|coming soon|fill (?:this )?in(?: later)?|\.\.\.)[.!]?$/i;

/** True when a part has no real content yet. */
export function isBlank(p: PartText): boolean {
  return p.empty || placeholder.test(p.norm.trim());
}

/** A required part that is empty or a placeholder. */
export function missingParts(story: StoryContext): RawFinding[] {
  return narrativeParts
    .filter((part) => isBlank(story[part]))
    .map((part) => wholePartFinding('missing-part', story[part]));
}

/** More than two sentences in the opening: the failure gets buried in set-up. */
export function openingTooLong(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  const third = p.sentences[2];
  const last = p.sentences[p.sentences.length - 1];
  if (third === undefined || last === undefined) return [];
  return [
    {
      kind: 'opening-too-long',
      part: 'whatHappened',
      start: third.start,
      end: last.end,
      detail: String(p.sentences.length),
    },
  ];
}

/** An opening with no size: no number, money, time, scale or affected people. */
export function noImpact(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  if (isBlank(p) || hasImpact(p.norm)) return [];
  return [wholePartFinding('no-impact', p)];
}

/** No tie-in to the role, neither in its own field nor inside the other parts. */
export function noRoleConnection(story: StoryContext): RawFinding[] {
  const p = story.roleConnection;
  if (!isBlank(p)) return [];
  if (narrativeParts.some((part) => mentionsRole(story[part].norm))) return [];
  return [wholePartFinding('no-role-connection', p)];
}
