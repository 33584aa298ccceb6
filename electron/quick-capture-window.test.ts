import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './test-support/electron-mock';

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  return { BrowserWindow: mock.FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: true }, shell: {} };
});

const { secureWebPreferences } = await import('./main-window');
const { createQuickCaptureWindows, quickCaptureUrl } = await import('./quick-capture-window');

beforeEach(() => (FakeBrowserWindow.created = []));

const open = (platform: NodeJS.Platform = 'linux') =>
  createQuickCaptureWindows({
    preloadPath: '/app/preload.cjs',
    baseUrl: 'app://hindsight/index.html',
    devTools: false,
    platform,
  });

describe('quick capture window', () => {
  it('is a small window on top, without a menu bar, the same secure preferences and preload', () => {
    const windows = open();
    const window = windows.open() as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({
      width: 480,
      height: 400,
      alwaysOnTop: true,
      skipTaskbar: true,
      minimizable: false,
      show: false,
      backgroundColor: '#16181d',
    });
    expect(Number(window.options['minWidth'])).toBeGreaterThanOrEqual(360);
    expect(Number(window.options['minHeight'])).toBeGreaterThanOrEqual(320);
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs', false, 'linux'));
    expect(window.menu).toBeNull();
  });

  it('loads the #/quick-capture route and shows itself, focused, when ready', () => {
    const window = open().open() as unknown as FakeBrowserWindow;
    expect(window.loadedUrl).toBe('app://hindsight/index.html#/quick-capture');
    expect(window.shown).toBe(false);
    window.fire('ready-to-show');
    expect([window.shown, window.focused]).toEqual([true, true]);
  });

  it('there is only one: opening it again brings it forward', () => {
    const windows = open();
    const first = windows.open() as unknown as FakeBrowserWindow;
    first.focused = false;
    first.minimized = true;
    expect(windows.open()).toBe(first);
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect([first.minimized, first.focused]).toEqual([false, true]);
    expect(windows.current()).toBe(first);
  });

  it('once closed, the next open makes a new one', () => {
    const windows = open();
    const first = windows.open() as unknown as FakeBrowserWindow;
    first.close();
    expect(windows.current()).toBeNull();
    expect(windows.open()).not.toBe(first);
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('stays in the Dock on macOS (there is no taskbar to leave)', () => {
    const window = open('darwin').open() as unknown as FakeBrowserWindow;
    expect(window.options['skipTaskbar']).toBe(false);
  });

  it('builds its URL from the dev server too', () => {
    expect(quickCaptureUrl('http://localhost:5173/')).toBe('http://localhost:5173/#/quick-capture');
    expect(quickCaptureUrl('http://localhost:5173/#/journal')).toBe('http://localhost:5173/#/quick-capture');
  });
});
