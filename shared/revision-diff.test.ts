import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, type DiffPart } from './revision-diff';

const side = (parts: DiffPart[], drop: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind !== drop)
    .map((part) => part.text)
    .join('');

describe('diffWords', () => {
  it('marks the words that changed, keeping the rest', () => {
    expect(diffWords('I shipped it late', 'I shipped it two weeks late')).toEqual([
      { kind: 'same', text: 'I shipped it ' },
      { kind: 'added', text: 'two weeks ' },
      { kind: 'same', text: 'late' },
    ]);
    expect(diffWords('blame the team', 'own the miss')).toEqual([
      { kind: 'removed', text: 'blame' },
      { kind: 'added', text: 'own' },
      { kind: 'same', text: ' the ' },
      { kind: 'removed', text: 'team' },
      { kind: 'added', text: 'miss' },
    ]);
  });

  it('property: the old side rebuilds the old text, the new side the new text', () => {
    const words = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '  ', 'dd', '\n'), { maxLength: 30 })
      .map((w) => w.join(''));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = diffWords(before, after);
        return side(parts, 'added') === before && side(parts, 'removed') === after;
      }),
    );
  });
});
