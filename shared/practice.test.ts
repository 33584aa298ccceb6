import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';
import { PracticeRunSchema, practiceDraftId } from './practice';
import { RecordIdSchema } from './record-id';

const run = {
  id: '0b8f3c52-2d0e-4a55-9a51-8f0b6a1c2d3e',
  storyId: '6d1f0b9e-7a2c-4c11-8e3f-2a9b0c4d5e6f',
  practisedAt: '2026-06-15T09:30:00.000+02:00',
  durationSeconds: 102,
  rating: 'getting-there',
  notes: 'Slow down in the opening.',
  createdAt: '2026-06-15T09:32:00.000+02:00',
  updatedAt: '2026-06-15T09:32:00.000+02:00',
};

const errorsOf = (candidate: unknown) => {
  const parsed = PracticeRunSchema.safeParse(candidate);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('a practice run', () => {
  it('is stored as written, with empty notes allowed', () => {
    expect(PracticeRunSchema.parse(run)).toEqual(run);
    const { notes: _notes, ...withoutNotes } = run;
    expect(PracticeRunSchema.parse(withoutNotes).notes).toBe('');
  });

  it('refuses what the form must catch, with words a person can act on', () => {
    expect(errorsOf({ ...run, rating: undefined })).toEqual({ rating: 'Say how natural it felt.' });
    expect(errorsOf({ ...run, durationSeconds: 0 })).toEqual({ durationSeconds: 'A run lasts at least a second.' });
    expect(errorsOf({ ...run, durationSeconds: 3601 }).durationSeconds).toMatch(/under an hour/);
    expect(errorsOf({ ...run, durationSeconds: 1.5 }).durationSeconds).toMatch(/minutes and seconds/);
    expect(errorsOf({ ...run, storyId: '../x' }).storyId).toBeDefined();
    expect(errorsOf({ ...run, extra: true })).not.toEqual({});
  });

  it('keeps its unsaved draft under an id the drafts table accepts', () => {
    expect(RecordIdSchema.safeParse(practiceDraftId(run.storyId)).success).toBe(true);
  });
});
