import { describe, expect, it } from 'vitest';
import { checkInsOf, checkInStateOf, isAnswered } from './check-in-schedule';
import { emptyReflection } from './entry';

const DAY = 86_400_000;
const written = '2026-01-01T10:00:00.000Z';
const day = (days: number) => Date.parse(written) + days * DAY;
const setback = {
  reflection: { ...emptyReflection, whatIChanged: 'A pre-mortem before every launch.' },
  updatedAt: '2026-01-02T10:00:00.000Z',
  changeWrittenAt: written,
  deletedAt: null,
};
const answered = (check: 30 | 90, days: number) => ({ check, answeredAt: new Date(day(days)).toISOString() });

describe('check-ins on a change', () => {
  it('fall due 30 and 90 days after the change was written', () => {
    expect(checkInsOf(setback).map(({ check, dueAt }) => [check, dueAt])).toEqual([
      [30, '2026-01-31T10:00:00.000Z'],
      [90, '2026-04-01T10:00:00.000Z'],
    ]);
    expect(checkInsOf({ ...setback, reflection: emptyReflection })).toEqual([]);
  });

  it('ask one at a time: nothing before day 30, the first until day 90, then the second until day 180', () => {
    const dueOn = (days: number) => checkInStateOf(setback, [], day(days)).due?.check ?? null;
    expect([dueOn(29), dueOn(30), dueOn(89), dueOn(90), dueOn(179), dueOn(180)]).toEqual([null, 30, 30, 90, 90, null]);
    expect(checkInStateOf(setback, [], day(10)).next?.check).toBe(30);
    expect(checkInStateOf(setback, [], day(40)).next?.check).toBe(90);
    expect(checkInStateOf(setback, [], day(100)).next).toBeNull();
  });

  it('are done once answered after falling due, and never asked of a setback in the Trash', () => {
    expect(checkInStateOf(setback, [answered(30, 31)], day(40)).due).toBeNull();
    expect(checkInStateOf(setback, [answered(30, 31)], day(95)).due?.check).toBe(90);
    expect(checkInStateOf({ ...setback, deletedAt: written }, [], day(40))).toEqual({ due: null, next: null });
  });

  it('do not count answers about an earlier change, emptied and written again since', () => {
    const [first] = checkInsOf(setback);
    expect(isAnswered(first!, [answered(30, 29)])).toBe(false);
    expect(isAnswered(first!, [answered(90, 31)])).toBe(false);
    expect(isAnswered(first!, [answered(30, 30)])).toBe(true);
  });

  it('use the last save for a change written before its date was recorded', () => {
    const old = { ...setback, changeWrittenAt: undefined };
    expect(checkInsOf(old)[0]?.dueAt).toBe('2026-02-01T10:00:00.000Z');
  });
});
