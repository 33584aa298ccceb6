import { describe, expect, it } from 'vitest';
import { countWords, isNegatedAt, normalizeText, splitSentences } from './text';

describe('normalizeText', () => {
  it('folds curly quotes and dashes without changing length', () => {
    const raw = 'I didn’t “really” know—at all';
    const norm = normalizeText(raw);
    expect(norm).toBe('I didn\'t "really" know-at all');
    expect(norm.length).toBe(raw.length);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, with offsets into the original', () => {
    const text = 'First one. Second one!\nThird one? Fourth';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['First one.', 'Second one!', 'Third one?', 'Fourth']);
  });

  it('keeps abbreviations, initials, decimals and lower-case continuations together', () => {
    const text =
      'We met Dr. Patel at 9 a.m. on the site, e.g. the north yard. Costs rose 2.5% vs. plan. J. Smith agreed.';
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   \n  ')).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts numbers with separators, contractions and hyphenated words once', () => {
    expect(countWords('We lost 2,000 orders — it didn’t look like a nice-to-have.')).toBe(10);
    expect(countWords('')).toBe(0);
  });
});

describe('isNegatedAt', () => {
  it('sees a negator in the few words before a phrase', () => {
    const t = "it wasn't really my fault";
    expect(isNegatedAt(t, t.indexOf('my fault'))).toBe(true);
    const u = 'that was my fault';
    expect(isNegatedAt(u, u.indexOf('my fault'))).toBe(false);
  });
});
