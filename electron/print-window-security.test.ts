import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './test-support/electron-mock';

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  return {
    BrowserWindow: mock.FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn() },
  };
});

const { openPrintWindow } = await import('./print-window');
const { secureWebPreferences } = await import('./main-window');

beforeEach(() => (FakeBrowserWindow.created = []));

describe('hidden print window', () => {
  it('is as locked down as the main window, and has no bridge to main: sandboxed, isolated, no preload, no Node, no devtools, hidden', async () => {
    await openPrintWindow('app://hindsight/index.html?job=0123456789abcdef0123456789abcdef#/stories/abc/print');
    const [window] = FakeBrowserWindow.created;
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.options.webPreferences).toEqual(secureWebPreferences(null, false));
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window?.loadedUrl).toBe(
      'app://hindsight/index.html?job=0123456789abcdef0123456789abcdef#/stories/abc/print',
    );
  });
});
