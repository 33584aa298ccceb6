import { describe, expect, it } from 'vitest';
import { checkPendingRun, pendingRunOf, PendingRunSchema } from './pending-run';

const startedAt = new Date('2026-06-15T09:30:00.000Z');

describe('the self-rating form of a run', () => {
  it('starts from the timer, keeping what was typed for a run not yet saved', () => {
    const first = pendingRunOf(startedAt, 102, null);
    expect(first).toEqual({ startedAt: '2026-06-15T09:30:00.000Z', durationText: '1:42', rating: null, notes: '' });
    const typed = { ...first, rating: 'rough' as const, notes: 'Slow the opening.' };
    expect(pendingRunOf(new Date('2026-06-15T09:40:00.000Z'), 95, typed)).toEqual({
      startedAt: '2026-06-15T09:40:00.000Z',
      durationText: '1:35',
      rating: 'rough',
      notes: 'Slow the opening.',
    });
    expect(PendingRunSchema.safeParse(typed).success).toBe(true);
  });

  it('becomes a run once it says how natural it felt and how long it took', () => {
    const run = pendingRunOf(startedAt, 102, null);
    expect(checkPendingRun(run)).toEqual({ ok: false, errors: { rating: 'Say how natural it felt.' } });
    expect(checkPendingRun({ ...run, rating: 'natural', durationText: 'about two' })).toEqual({
      ok: false,
      errors: { durationSeconds: 'Write how long it took as minutes and seconds, like 1:45.' },
    });
    expect(checkPendingRun({ ...run, rating: 'natural', durationText: '0:00' })).toEqual({
      ok: false,
      errors: { durationSeconds: 'A run lasts at least a second.' },
    });
    expect(checkPendingRun({ ...run, rating: 'natural', durationText: '2', notes: 'Pause.' })).toEqual({
      ok: true,
      fields: { durationSeconds: 120, rating: 'natural', notes: 'Pause.' },
    });
  });
});
