import { describe, expect, it } from 'vitest';
import { EntryFieldsSchema, EntrySchema, normalizeTags, parseTagText } from './entry';
import { reflectionStateOf } from './reflection-state';
import { isCalendarDate } from './text-fields';

const valid = { title: 'Launch slipped', occurredOn: '2026-03-14', type: 'strategic' };

describe('tags', () => {
  it('are trimmed, lower-cased and de-duplicated in first-written order', () => {
    expect(normalizeTags(['  Hiring', 'team  work ', 'hiring', '', 'TEAM work'])).toEqual(['hiring', 'team work']);
  });

  it('parse from comma-separated text, keeping a last tag still being typed', () => {
    expect(parseTagText('ops, Deadlines,,  vend')).toEqual(['ops', 'deadlines', 'vend']);
    expect(parseTagText('  ,  ')).toEqual([]);
  });
});

describe('EntryFieldsSchema', () => {
  it('fills defaults: no tags, medium stakes, an empty reflection', () => {
    const parsed = EntryFieldsSchema.parse(valid);
    expect(parsed).toMatchObject({ whatHappened: '', tags: [], stakes: 'medium' });
    expect(parsed.reflection).toEqual({ whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' });
  });

  it('trims the title and refuses an empty one with a message a person can act on', () => {
    expect(EntryFieldsSchema.parse({ ...valid, title: '  Spaced  ' }).title).toBe('Spaced');
    const result = EntryFieldsSchema.safeParse({ ...valid, title: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/short title/);
  });

  it.each([
    ['2026-02-30', /real date/],
    ['14/03/2026', /real date/],
    ['', /real date/],
    ['1900-01-01', /too far back/],
    ['2999-01-01', /future/],
  ])('refuses the date %s', (occurredOn, message) => {
    const result = EntryFieldsSchema.safeParse({ ...valid, occurredOn });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message);
  });

  it('refuses an unknown type or stakes, and text over 20,000 characters', () => {
    expect(EntryFieldsSchema.safeParse({ ...valid, type: 'luck' }).error?.issues[0]?.message).toMatch(
      /Choose the kind/,
    );
    expect(EntryFieldsSchema.safeParse({ ...valid, stakes: 'huge' }).success).toBe(false);
    const long = EntryFieldsSchema.safeParse({ ...valid, reflection: { whatIDid: 'x'.repeat(20_001) } });
    expect(long.error?.issues[0]?.path).toEqual(['reflection', 'whatIDid']);
    expect(long.error?.issues[0]?.message).toMatch(/too long/);
    expect(EntryFieldsSchema.safeParse({ ...valid, whatHappened: 'x'.repeat(20_000) }).success).toBe(true);
  });
});

describe('EntrySchema', () => {
  const stored = {
    ...EntryFieldsSchema.parse(valid),
    id: 'a1',
    createdAt: '2026-03-14T10:00:00.000Z',
    updatedAt: '2026-03-14T10:00:00.000Z',
    deletedAt: null,
  };

  it('accepts a stored entry and refuses unknown keys', () => {
    expect(EntrySchema.parse(stored)).toEqual(stored);
    expect(EntrySchema.safeParse({ ...stored, isAdmin: true }).success).toBe(false);
  });

  it('needs real timestamps', () => {
    expect(EntrySchema.safeParse({ ...stored, updatedAt: 'yesterday' }).success).toBe(false);
  });
});

describe('reflectionStateOf', () => {
  const reflection = { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' };
  it('is waiting until something is written, in progress until why/what/learned are all there', () => {
    expect(reflectionStateOf({ reflection })).toBe('waiting');
    expect(reflectionStateOf({ reflection: { ...reflection, whatIChanged: '   ' } })).toBe('waiting');
    expect(reflectionStateOf({ reflection: { ...reflection, whyItHappened: 'I skipped the check.' } })).toBe(
      'in-progress',
    );
    expect(
      reflectionStateOf({ reflection: { ...reflection, whyItHappened: 'a', whatIDid: 'b', whatILearned: 'c' } }),
    ).toBe('reflected');
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });
});
