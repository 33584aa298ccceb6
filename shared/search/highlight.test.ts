import { describe, expect, it } from 'vitest';
import { matchRanges, snippetFor, snippetOf } from './highlight';

const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('matchRanges', () => {
  it('marks matched words and words starting with the one being typed', () => {
    const text = 'The Vendor missed the deadline; vendors rarely do.';
    expect(marked(text, matchRanges(text, new Set(['vendor']), 'dead'))).toEqual(['Vendor', 'deadline']);
    expect(marked(text, matchRanges(text, new Set(), 'vend'))).toEqual(['Vendor', 'vendors']);
  });

  it('marks words the way they were written, accents and apostrophes included', () => {
    const text = 'I didn’t ask the Café.';
    expect(marked(text, matchRanges(text, new Set(['didnt', 'cafe']), null))).toEqual(['didn’t', 'Café']);
  });

  it('merges overlapping CJK pairs into one mark', () => {
    const text = '这次上线失败了';
    expect(marked(text, matchRanges(text, new Set(['上线', '线失', '失败']), null))).toEqual(['上线失败']);
  });
});

describe('snippetOf', () => {
  const long = `${'Setup words come first here. '.repeat(20)}Then the vendor missed the deadline badly. ${'More words follow after that. '.repeat(20)}`;

  it('shows the text around the first match, with ellipses and moved marks', () => {
    const ranges = matchRanges(long, new Set(['vendor']), null);
    const snippet = snippetOf(long, ranges, 120);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['vendor']);
  });

  it('collapses line breaks and keeps marks in place', () => {
    const text = 'First line.\n\n   Second line with a deadline.';
    const snippet = snippetOf(text, matchRanges(text, new Set(['deadline']), null));
    expect(snippet.text).toBe('First line. Second line with a deadline.');
    expect(marked(snippet.text, snippet.ranges)).toEqual(['deadline']);
  });

  it('collapses every kind of whitespace run, tabs and non-breaking spaces included, marks still in place', () => {
    const text = 'Plan\t\u00a0 slipped\u2003\u2003past the\r\ndeadline again.';
    const snippet = snippetOf(text, matchRanges(text, new Set(['deadline', 'slipped']), null));
    expect(snippet.text).toBe('Plan slipped past the deadline again.');
    expect(marked(snippet.text, snippet.ranges)).toEqual(['slipped', 'deadline']);
  });

  it('starts at the beginning when nothing matched', () => {
    expect(snippetOf('Short text.', []).text).toBe('Short text.');
  });
});

describe('snippetFor', () => {
  it('finds the same stretch as a full pass, reading only around the first match', () => {
    const text = `${'Setup words come first here. '.repeat(200)}Then the vendor missed the deadline badly. ${'More words. '.repeat(200)}`;
    const terms = new Set(['vendor', 'deadline']);
    const fast = snippetFor(text, terms, null);
    expect(marked(fast.text, fast.ranges)).toEqual(['vendor', 'deadline']);
    expect(fast.text).toContain('Then the vendor missed the deadline badly.');
    expect(fast.text.startsWith('…')).toBe(true);
  });

  it('matches whole words only, and a prefix at the start of a word', () => {
    const text = `${'The vendors were late. '.repeat(40)}A vendor call. ${'x '.repeat(300)}`;
    expect(
      marked(snippetFor(text, new Set(['vendor']), null).text, snippetFor(text, new Set(['vendor']), null).ranges),
    ).toEqual(['vendor']);
    const prefixed = snippetFor(text, new Set(), 'vend');
    expect(marked(prefixed.text, prefixed.ranges)[0]).toBe('vendors');
  });

  it('falls back to a full pass for text with accents or CJK', () => {
    const text = `${'Café notes. '.repeat(100)}上线失败`;
    const snippet = snippetFor(text, new Set(['上线', '线失', '失败']), null);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['上线失败']);
  });
});
