import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { boundedEditDistance } from './edit-distance';
import { normalizeTerm, tokenize, tokenSpans } from './tokenize';

describe('tokenize', () => {
  it('lower-cases words and splits on anything that is not a letter or digit', () => {
    expect(tokenize('The Q3 launch—slipped (again)!')).toEqual(['the', 'q3', 'launch', 'slipped', 'again']);
  });

  it('keeps contractions whole and folds accents, so queries need neither', () => {
    expect(tokenize('I didn’t tell the café owner')).toEqual(['i', 'didnt', 'tell', 'the', 'cafe', 'owner']);
    expect(tokenize("didn't")).toEqual(['didnt']);
    expect(normalizeTerm('Ÿes')).toBe('yes');
  });

  it('indexes Chinese and Japanese as overlapping character pairs, Korean as words', () => {
    expect(tokenize('上线失败')).toEqual(['上线', '线失', '失败']);
    expect(tokenize('失')).toEqual(['失']);
    expect(tokenize('React的bug')).toEqual(['react', '的', 'bug']);
    expect(tokenize('배포 실패')).toEqual(['배포', '실패']);
  });

  it('keeps emoji as terms of their own', () => {
    expect(tokenize('shipped 🎉 late')).toEqual(['shipped', '🎉', 'late']);
  });

  it('gives each term its place in the original text', () => {
    const text = 'Café — a déjà vu';
    for (const span of tokenSpans(text)) expect(normalizeTerm(text.slice(span.start, span.end))).toBe(span.term);
    expect(tokenSpans('上线失败').map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
    ]);
  });

  it('cuts very long terms', () => {
    expect(tokenize('x'.repeat(500))[0]).toHaveLength(40);
  });
});

describe('parseQuery', () => {
  it('treats the last word as still being typed unless a space follows', () => {
    expect(parseQuery('vendor deadl')).toMatchObject({ terms: ['vendor', 'deadl'], lastIsPrefix: true });
    expect(parseQuery('vendor deadline ')).toMatchObject({ lastIsPrefix: false });
  });

  it('reads punctuation and regex characters as separators, never as syntax', () => {
    expect(parseQuery('.*+?^${}()|[]\\').terms).toEqual([]);
    expect(parseQuery('(rollback|outage)*').terms).toEqual(['rollback', 'outage']);
  });

  it('reads only the start of a long paste', () => {
    const paste = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const parsed = parseQuery(paste);
    expect(parsed.terms).toHaveLength(12);
    expect(parsed.truncated).toBe(true);
    expect(parsed.lastIsPrefix).toBe(false);
  });
});

describe('boundedEditDistance', () => {
  it('counts inserts, deletes, substitutions and swaps', () => {
    expect(boundedEditDistance('deadline', 'deadline', 2)).toBe(0);
    expect(boundedEditDistance('dedline', 'deadline', 2)).toBe(1);
    expect(boundedEditDistance('deadlnie', 'deadline', 2)).toBe(1);
    expect(boundedEditDistance('vendor', 'vender', 1)).toBe(1);
    expect(boundedEditDistance('rollback', 'callback', 2)).toBe(2);
  });

  it('gives up past the bound', () => {
    expect(boundedEditDistance('vendor', 'budget', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
