import { describe, expect, it, vi } from 'vitest';
import { createQuickCaptureShortcut, isUsableAccelerator, shortcutLabel } from './quick-capture-shortcut';

function fakeGlobalShortcut(taken: string[] = []) {
  const active = new Map<string, () => void>();
  return {
    active,
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (accelerator.includes('Nonsense')) throw new Error('conversion failure');
      if (taken.includes(accelerator)) return false;
      active.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => void active.delete(accelerator)),
  };
}

function setUp(options: { taken?: string[]; platform?: NodeJS.Platform; sessionType?: string } = {}) {
  const globalShortcut = fakeGlobalShortcut(options.taken);
  const onPress = vi.fn();
  const shortcut = createQuickCaptureShortcut({
    globalShortcut,
    onPress,
    platform: options.platform ?? 'win32',
    sessionType: options.sessionType,
  });
  return { globalShortcut, onPress, shortcut };
}

describe('quick capture shortcut', () => {
  it('registers the accelerator from the preferences; a press opens quick capture', () => {
    const { globalShortcut, onPress, shortcut } = setUp();
    expect(shortcut.apply('CommandOrControl+Shift+L')).toEqual({
      shortcut: 'CommandOrControl+Shift+L',
      registered: true,
      problem: null,
    });
    globalShortcut.active.get('CommandOrControl+Shift+L')?.();
    expect(onPress).toHaveBeenCalledOnce();
    expect(shortcut.status().registered).toBe(true);
  });

  it('on change unregisters the old one first; the same one again changes nothing', () => {
    const { globalShortcut, shortcut } = setUp();
    shortcut.apply('CommandOrControl+Shift+L');
    shortcut.apply('CommandOrControl+Shift+L');
    expect(globalShortcut.register).toHaveBeenCalledOnce();
    shortcut.apply('Alt+Shift+J');
    expect(globalShortcut.unregister).toHaveBeenCalledWith('CommandOrControl+Shift+L');
    expect([...globalShortcut.active.keys()]).toEqual(['Alt+Shift+J']);
  });

  it("'' turns it off: nothing registered, no problem", () => {
    const { globalShortcut, shortcut } = setUp();
    shortcut.apply('CommandOrControl+Shift+L');
    expect(shortcut.apply('')).toEqual({ shortcut: '', registered: false, problem: null });
    expect(globalShortcut.active.size).toBe(0);
  });

  it('a shortcut another app holds: says so, with the label as this platform writes it', () => {
    const { shortcut } = setUp({ taken: ['CommandOrControl+Shift+L'] });
    expect(shortcut.apply('CommandOrControl+Shift+L')).toEqual({
      shortcut: 'CommandOrControl+Shift+L',
      registered: false,
      problem: 'Another app is already using Ctrl+Shift+L. Choose another shortcut in Settings.',
    });
    const mac = setUp({ taken: ['CommandOrControl+Shift+L'], platform: 'darwin' }).shortcut;
    expect(mac.apply('CommandOrControl+Shift+L').problem).toContain('Cmd+Shift+L');
  });

  it('an accelerator Electron refuses (register throws) is not a shortcut Hindsight can use', () => {
    const { shortcut } = setUp();
    const status = shortcut.apply('Ctrl+Nonsense');
    expect(status.registered).toBe(false);
    expect(status.problem).toMatch(/^Ctrl\+Nonsense is not a shortcut Hindsight can use/);
  });

  it('refuses shortcuts that would take a typing key from every app, without asking Electron', () => {
    const { globalShortcut, shortcut } = setUp();
    for (const accelerator of ['L', 'Shift+L', 'Ctrl+', 'Ctrl+Shift', 'Ctrl+A+B']) {
      expect(shortcut.apply(accelerator).problem, accelerator).toMatch(/is not a shortcut Hindsight can use/);
    }
    expect(globalShortcut.register).not.toHaveBeenCalled();
  });

  it('on a Wayland session a failed registration says why and how to bind --quick-capture instead', () => {
    const { shortcut } = setUp({ taken: ['CommandOrControl+Shift+L'], platform: 'linux', sessionType: 'wayland' });
    const problem = shortcut.apply('CommandOrControl+Shift+L').problem ?? '';
    expect(problem).toContain('Wayland');
    expect(problem).toContain('--quick-capture');
    expect(problem).toContain('Ctrl+Shift+L');
    const x11 = setUp({ taken: ['CommandOrControl+Shift+L'], platform: 'linux', sessionType: 'x11' }).shortcut;
    expect(x11.apply('CommandOrControl+Shift+L').problem).toMatch(/^Another app is already using/);
  });

  it('a failed change leaves nothing registered; dispose releases the shortcut', () => {
    const { globalShortcut, shortcut } = setUp({ taken: ['Alt+Shift+J'] });
    shortcut.apply('CommandOrControl+Shift+L');
    expect(shortcut.apply('Alt+Shift+J').registered).toBe(false);
    expect(globalShortcut.active.size).toBe(0);
    shortcut.apply('CommandOrControl+Shift+L');
    shortcut.dispose();
    expect(globalShortcut.active.size).toBe(0);
  });
});

describe('shortcut helpers', () => {
  it('labels and checks accelerators', () => {
    expect(shortcutLabel('CmdOrCtrl+Alt+K', 'linux')).toBe('Ctrl+Alt+K');
    expect(shortcutLabel('CmdOrCtrl+Alt+K', 'darwin')).toBe('Cmd+Option+K');
    expect(isUsableAccelerator('Super+Space')).toBe(true);
    expect(isUsableAccelerator('F5')).toBe(false);
  });
});
