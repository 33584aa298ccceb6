import { describe, expect, it } from 'vitest';
import { checkStoryDraft, type StoryDraft } from './story-draft';

const draft: StoryDraft = {
  title: 'The migration that shipped a bug',
  whatHappened: 'I co-led a migration that shipped a bug.',
  whyItHappened: 'I skipped the staging run.',
  whatIDid: 'I rolled it back.',
  whatILearned: 'Staging runs are not optional.',
  roleConnection: '',
  followUps: [
    { question: 'How often do you fail?', answer: 'Often enough to plan for it.' },
    { question: '', answer: 'An answer typed before its question.' },
    { question: 'How did your team react?', answer: 'They helped with the rollback.' },
  ],
  targetRole: '',
  targetCompany: '',
  status: 'draft',
  keyPhrases: [],
};

describe('checkStoryDraft', () => {
  it('saves the whole draft, as the same object, when every field is valid', () => {
    const whole = { ...draft, followUps: [draft.followUps[0]!] };
    expect(checkStoryDraft(whole, ['e1'])).toEqual({ patch: whole, errors: {} });
    expect(checkStoryDraft(whole, ['e1']).patch).toBe(whole);
  });

  it('holds back the follow-ups whole while one has no question, so a save never drops a stored answer', () => {
    const { patch, errors } = checkStoryDraft(draft, ['e1']);
    expect(errors).toEqual({ 'followUps.1.question': 'Write the question, or remove it.' });
    expect(patch).not.toHaveProperty('followUps');
    expect(patch.whatILearned).toBe(draft.whatILearned);
  });

  it('leaves out an invalid field and keeps the rest', () => {
    const { patch, errors } = checkStoryDraft({ ...draft, title: ' ', followUps: [] }, ['e1']);
    expect(Object.keys(errors)).toEqual(['title']);
    expect(patch).not.toHaveProperty('title');
    expect(patch).toMatchObject({ whatHappened: draft.whatHappened, followUps: [] });
  });
});
