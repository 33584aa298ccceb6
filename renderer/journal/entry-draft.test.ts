import { describe, expect, it } from 'vitest';
import { EntryFieldsSchema } from '../../shared/entry';
import { fieldErrorsOf } from '../../shared/field-errors';
import { checkDraft, createDraftChecker, emptyDraft, inputOf, type EntryDraft } from './entry-draft';

const draft = () => ({
  ...emptyDraft(new Date('2026-03-14T12:00:00')),
  title: 'Launch slipped',
  type: 'strategic' as const,
});

describe('entry drafts', () => {
  it('default to today and medium stakes', () => {
    expect(emptyDraft(new Date('2026-03-14T12:00:00'))).toMatchObject({ occurredOn: '2026-03-14', stakes: 'medium' });
  });

  it('turn tag text, including a tag still being typed, into tags', () => {
    expect(inputOf({ ...draft(), tagsText: 'Vendor, plann' }).tags).toEqual(['vendor', 'plann']);
  });

  it('save every valid field and hold back only the invalid ones', () => {
    const checked = checkDraft({
      ...draft(),
      title: '',
      whatHappened: 'Still saved.',
      reflection: { ...draft().reflection, whyItHappened: 'x'.repeat(20_001), whatIDid: 'Saved too.' },
    });
    expect(Object.keys(checked.errors).sort()).toEqual(['reflection.whyItHappened', 'title']);
    expect(checked.patch).not.toHaveProperty('title');
    expect(checked.patch.whatHappened).toBe('Still saved.');
    expect(checked.patch.reflection).toEqual({
      whatIDid: 'Saved too.',
      whatILearned: '',
      whatIChanged: '',
      whereIGotLucky: '',
      howINoticed: '',
      whyIWasSurprised: '',
      adviceToSomeone: '',
    });
  });

  it('save an emptied "How it felt" as cleared, not as left out', () => {
    expect(checkDraft({ ...draft(), feelings: '' }).patch.feelings).toBe('');
    expect(checkDraft({ ...draft(), feelings: 'Stung.' }).patch.feelings).toBe('Stung.');
  });

  it('pass a fully valid draft through whole', () => {
    expect(checkDraft(draft()).errors).toEqual({});
  });

  it('give the same messages as checking the whole entry at once', () => {
    const drafts: EntryDraft[] = [
      draft(),
      { ...draft(), title: '   ', type: undefined },
      { ...draft(), title: 'x'.repeat(201), occurredOn: '2026-02-30', whatHappened: 'y'.repeat(20_001) },
      { ...draft(), occurredOn: '1900-01-01', tagsText: `ok, ${'t'.repeat(41)}, also ok, ${'u'.repeat(45)}` },
      { ...draft(), occurredOn: '2999-01-01', feelings: 'z'.repeat(20_001), stakes: 'huge' as 'high' },
      { ...draft(), tagsText: Array.from({ length: 31 }, (_, i) => `tag${i}`).join(',') },
      {
        ...draft(),
        reflection: {
          ...draft().reflection,
          whatIDid: 'w'.repeat(20_001),
          whatIChanged: 'v'.repeat(20_001),
          howINoticed: 'n'.repeat(20_001),
        },
      },
    ];
    for (const candidate of drafts) {
      const whole = EntryFieldsSchema.safeParse(inputOf(candidate));
      expect(checkDraft(candidate).errors).toEqual(whole.success ? {} : fieldErrorsOf(whole.error));
    }
  });

  it('re-check only the fields that changed, with the same result as a fresh check', () => {
    const check = createDraftChecker();
    const first = { ...draft(), title: '', whatHappened: 'Long text.' };
    expect(check(first)).toEqual(checkDraft(first));
    const typed = { ...first, whatHappened: 'Long text, more.' };
    expect(check(typed)).toEqual(checkDraft(typed));
    const fixed = {
      ...typed,
      title: 'Launch slipped',
      reflection: { ...typed.reflection, whatIDid: 'x'.repeat(20_001) },
    };
    expect(check(fixed)).toEqual(checkDraft(fixed));
    expect(Object.keys(check(fixed).errors)).toEqual(['reflection.whatIDid']);
  });
});
