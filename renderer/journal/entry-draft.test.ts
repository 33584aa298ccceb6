import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, inputOf } from './entry-draft';

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
      reflection: { whyItHappened: 'x'.repeat(20_001), whatIDid: 'Saved too.', whatILearned: '', whatIChanged: '' },
    });
    expect(Object.keys(checked.errors).sort()).toEqual(['reflection.whyItHappened', 'title']);
    expect(checked.patch).not.toHaveProperty('title');
    expect(checked.patch.whatHappened).toBe('Still saved.');
    expect(checked.patch.reflection).toEqual({ whatIDid: 'Saved too.', whatILearned: '', whatIChanged: '' });
  });

  it('pass a fully valid draft through whole', () => {
    expect(checkDraft(draft()).errors).toEqual({});
  });
});
