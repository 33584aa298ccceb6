import { describe, expect, it } from 'vitest';
import { parsePrintQuery, printLocation, PrintRequestSchema, suggestedPdfName } from './print-request';
import { decodeQuery, encodeQuery } from './query-string';

describe('print locations', () => {
  it('round-trip a single story and its options through the query string', () => {
    const request = PrintRequestSchema.parse({
      storyIds: ['s-1'],
      options: {
        variant: 'cue-card',
        includeFollowUps: false,
        redactions: ['Acme & Co = a client', 'Zoë'],
        pageSize: 'Letter',
      },
    });
    const { path, search } = printLocation(request);
    expect(path).toBe('/stories/s-1/print');
    expect(parsePrintQuery(`?${search}`)).toMatchObject({ options: request.options, ids: [] });
  });

  it('round-trip a pack with its cover details', () => {
    const request = PrintRequestSchema.parse({
      storyIds: ['a', 'b'],
      options: {},
      pack: { company: 'Contoso', role: 'Head of Platform', date: '3 Dec' },
    });
    const { path, search } = printLocation(request);
    expect(path).toBe('/pack/print');
    expect(parsePrintQuery(search)).toEqual({ options: request.options, pack: request.pack, ids: ['a', 'b'] });
  });

  it('falls back to safe defaults on a tampered query and drops ids that are not ids', () => {
    const parsed = parsePrintQuery('?variant=evil&size=A0&ids=ok-1,../x,a%20b');
    expect(parsed.options).toEqual({ variant: 'sheet', includeFollowUps: true, redactions: [], pageSize: 'A4' });
    expect(parsed.ids).toEqual(['ok-1']);
  });
});

describe('query strings', () => {
  it('encode and decode pairs, repeated keys and odd characters included', () => {
    const pairs: [string, string][] = [
      ['a', '1 2'],
      ['a', '&='],
      ['b', '東京'],
    ];
    expect(decodeQuery(`?${encodeQuery(pairs)}`)).toEqual(pairs);
    expect(decodeQuery('x&y=%E0%A4%A')).toEqual([
      ['x', ''],
      ['y', ''],
    ]);
  });
});

describe('text the person typed into an export', () => {
  it('a lone surrogate in a redaction name or a pack detail never throws, and reads back replaced', () => {
    const request = PrintRequestSchema.parse({
      storyIds: ['a'],
      options: { redactions: ['Zo\uD83D = Z'] },
      pack: { company: 'Acme\uDC00' },
    });
    const { search } = printLocation(request);
    const parsed = parsePrintQuery(search);
    expect(parsed.options.redactions).toEqual(['Zo\uFFFD = Z']);
    expect(parsed.pack.company).toBe('Acme\uFFFD');
  });

  it('suggests a file name with the redacted names already hidden', () => {
    const options = { redactions: ['Priya', 'Contoso = a client'] };
    expect(suggestedPdfName('How Priya and I lost Contoso', options.redactions)).toBe('How Name A and I lost a client');
    expect(suggestedPdfName('Interview pack Contoso', options.redactions)).toBe('Interview pack a client');
    expect(suggestedPdfName('???', [])).toBe('Hindsight story');
  });
});
