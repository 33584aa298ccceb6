import { describe, expect, it } from 'vitest';
import { acceleratorLabel, acceleratorOf, type KeyPress } from './accelerator';

const press = (code: string, modifiers: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('acceleratorOf', () => {
  it('turns Ctrl (Cmd on a Mac) into CommandOrControl, in Electron’s order', () => {
    expect(acceleratorOf(press('KeyL', { ctrlKey: true, shiftKey: true }), false)).toBe('CommandOrControl+Shift+L');
    expect(acceleratorOf(press('KeyL', { metaKey: true, shiftKey: true }), true)).toBe('CommandOrControl+Shift+L');
    expect(acceleratorOf(press('KeyJ', { shiftKey: true, altKey: true, ctrlKey: true }), false)).toBe(
      'CommandOrControl+Alt+Shift+J',
    );
  });

  it('keeps the other modifier apart: Control on a Mac, Super elsewhere', () => {
    expect(acceleratorOf(press('KeyL', { ctrlKey: true, metaKey: true }), true)).toBe('CommandOrControl+Control+L');
    expect(acceleratorOf(press('KeyL', { ctrlKey: true, metaKey: true }), false)).toBe('CommandOrControl+Super+L');
  });

  it('reads the physical key, so Alt and the layout do not change it', () => {
    expect(acceleratorOf(press('Digit5', { altKey: true }), true)).toBe('Alt+5');
    expect(acceleratorOf(press('F9', { ctrlKey: true }), false)).toBe('CommandOrControl+F9');
    expect(acceleratorOf(press('Space', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+Space');
    expect(acceleratorOf(press('ArrowUp', { ctrlKey: true }), false)).toBe('CommandOrControl+Up');
    expect(acceleratorOf(press('Slash', { ctrlKey: true }), false)).toBe('CommandOrControl+/');
    expect(acceleratorOf(press('Numpad7', { ctrlKey: true }), false)).toBe('CommandOrControl+num7');
  });

  it('is not an accelerator yet with modifiers alone, or without Ctrl/Cmd or Alt', () => {
    expect(acceleratorOf(press('ControlLeft', { ctrlKey: true }), false)).toBeNull();
    expect(acceleratorOf(press('ShiftLeft', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(acceleratorOf(press('KeyL'), false)).toBeNull();
    expect(acceleratorOf(press('KeyL', { shiftKey: true }), false)).toBeNull();
    expect(acceleratorOf(press('IntlRo', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('acceleratorLabel', () => {
  it('reads as the keys are named on this system', () => {
    expect(acceleratorLabel('CommandOrControl+Shift+L', false)).toBe('Ctrl+Shift+L');
    expect(acceleratorLabel('CommandOrControl+Shift+L', true)).toBe('Cmd+Shift+L');
    expect(acceleratorLabel('CommandOrControl+Alt+Space', true)).toBe('Cmd+Option+Space');
    expect(acceleratorLabel('CmdOrCtrl+Super+num3', false)).toBe('Ctrl+Super+Num 3');
  });

  it('round-trips what acceleratorOf records', () => {
    const recorded = acceleratorOf(press('KeyK', { ctrlKey: true, altKey: true }), false);
    expect(recorded && acceleratorLabel(recorded, false)).toBe('Ctrl+Alt+K');
  });
});
