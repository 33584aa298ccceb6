import { expect, it } from 'vitest';
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import { reviewStory } from '../review-story';

/**
 * One row of a rule's table: the part, a sentence of our own (none from any eval set), the
 * kinds it must get, and the kinds it must not (its look-alikes stay quiet).
 */
export type Row = [StoryPart, string, FindingKind[], FindingKind[]];

const kindsOn = (part: StoryPart, text: string) =>
  reviewStory({ [part]: text })
    .findings.filter((f) => f.part === part)
    .map((f) => f.kind);

/** One test per row: the part reviewed on its own has every kind it must, and none it must not. */
export function check(rows: Row[]) {
  it.each(rows)('%s: %s', (part, text, must, mustNot) => {
    const kinds = kindsOn(part, text);
    expect(kinds).toEqual(expect.arrayContaining(must));
    for (const k of mustNot) expect(kinds).not.toContain(k);
  });
}
