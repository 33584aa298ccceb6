import { describe, expect, it } from 'vitest';
import { changeWrittenAtOf, withChangeWrittenAt } from './change-written';
import { emptyReflection } from './entry';

const at = (hour: number) => `2026-03-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
const setback = (whatIChanged: string, extra: { changeWrittenAt?: string; updatedAt?: string } = {}) => ({
  reflection: { ...emptyReflection, whatIChanged },
  updatedAt: at(9),
  ...extra,
});

describe('when a change was first written', () => {
  it('is set when a change is written where there was none, and kept while it is edited', () => {
    const first = withChangeWrittenAt(setback(''), setback('A launch checklist.'), at(10));
    expect(first.changeWrittenAt).toBe(at(10));
    const edited = withChangeWrittenAt(
      first,
      { ...first, reflection: { ...first.reflection, whatIChanged: 'Two.' } },
      at(11),
    );
    expect(edited.changeWrittenAt).toBe(at(10));
  });

  it('is removed when the change is emptied, and starts afresh when one is written again', () => {
    const written = setback('A checklist.', { changeWrittenAt: at(8) });
    const emptied = withChangeWrittenAt(written, setback('   '), at(10));
    expect(emptied).not.toHaveProperty('changeWrittenAt');
    expect(withChangeWrittenAt(emptied, setback('A new habit.'), at(12)).changeWrittenAt).toBe(at(12));
  });

  it('falls back to the last save for a setback stored before it was recorded, and the next save pins that', () => {
    const old = setback('A checklist.', { updatedAt: at(7) });
    expect(changeWrittenAtOf(old)).toBe(at(7));
    const saved = withChangeWrittenAt(old, { ...setback('A checklist, revised.'), updatedAt: at(11) }, at(11));
    expect(saved.changeWrittenAt).toBe(at(7));
    expect(changeWrittenAtOf(saved)).toBe(at(7));
  });

  it('is nothing while there is no change, and a new setback with a change starts now', () => {
    expect(changeWrittenAtOf(setback(''))).toBeNull();
    expect(withChangeWrittenAt(null, setback(''), at(10))).not.toHaveProperty('changeWrittenAt');
    expect(withChangeWrittenAt(null, setback('Pairing on deploys.'), at(10)).changeWrittenAt).toBe(at(10));
  });
});
