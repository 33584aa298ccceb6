import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from './test-support/electron-mock';

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  return {
    BrowserWindow: mock.FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});

const { shell } = await import('electron');
const { createMainWindow, hardenWebContents, secureWebPreferences } = await import('./main-window');

beforeEach(() => {
  FakeBrowserWindow.created = [];
  // Refused links are logged; keep the test output quiet.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('main window', () => {
  it('runs an isolated, sandboxed renderer with no Node and default web security', () => {
    const preferences = secureWebPreferences('/app/preload.cjs', false);
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      devTools: false,
    });
    // Nothing that weakens the defaults may sneak in.
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('spell-checks only on macOS, where the system checks without downloading dictionaries', () => {
    expect(secureWebPreferences(null, false, 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences(null, false, 'linux').spellcheck).toBe(false);
    expect(secureWebPreferences(null, false, 'win32').spellcheck).toBe(false);
  });

  it('keeps the same guarantees with developer tools on', () => {
    const { devTools, ...withTools } = secureWebPreferences('/p.cjs', true);
    const { devTools: off, ...withoutTools } = secureWebPreferences('/p.cjs', false);
    expect([devTools, off]).toEqual([true, false]);
    expect(withTools).toEqual(withoutTools);
  });

  it('is created with those preferences, hidden until ready to show, loading app://', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', startUrl: 'app://hindsight/index.html', devTools: false });
    const fake = window as unknown as FakeBrowserWindow;
    expect(fake.options.show).toBe(false);
    expect(fake.options.webPreferences).toEqual(secureWebPreferences('/p.cjs', false));
    expect(fake.loadedUrl).toBe('app://hindsight/index.html');
    expect(fake.shown).toBe(false);
    fake.fire('ready-to-show');
    expect(fake.shown).toBe(true);
    expect(fake.maximized).toBe(false);
    expect(fake.options).toMatchObject({ width: 1180, height: 800, backgroundColor: '#f7f5f1' });
  });

  it('opens where it was last time, maximized if it was, with its icon', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      startUrl: 'app://hindsight/index.html',
      devTools: false,
      bounds: { x: 40, y: 30, width: 1000, height: 700 },
      maximized: true,
      icon: '/app/icons/app-256.png',
    });
    const fake = window as unknown as FakeBrowserWindow;
    expect(fake.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, icon: '/app/icons/app-256.png' });
    expect(fake.maximized).toBe(false);
    fake.fire('ready-to-show');
    expect([fake.maximized, fake.shown]).toEqual([true, true]);
  });
});

describe('hardenWebContents', () => {
  const harden = (openExternalLink?: (url: string) => boolean) => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, undefined, openExternalLink);
    return contents;
  };
  const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

  it('denies every new window', () => {
    expect(harden().windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects to any other origin, allows our own', () => {
    const contents = harden();
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = navigation('https://evil.example/');
      contents.emit(event, away, away.url);
      expect(away.preventDefault).toHaveBeenCalled();
      const home = navigation('app://hindsight/index.html#/journal');
      contents.emit(event, home, home.url);
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
    const frame = navigation('file:///etc/passwd');
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it('routes clicked links (new window or navigation) only to the external-link opener', () => {
    const opener = vi.fn(() => false);
    const contents = harden(opener);
    expect(contents.windowOpenHandler?.({ url: 'https://allowed.com/' })).toEqual({ action: 'deny' });
    const away = navigation('https://allowed.com/help');
    contents.emit('will-navigate', away, away.url);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = navigation('app://hindsight/index.html#/stories');
    contents.emit('will-navigate', home, home.url);
    expect(opener.mock.calls).toEqual([['https://allowed.com/'], ['https://allowed.com/help']]);
  });

  it('by default opens nothing outside the app: the shipped allow-list is empty', () => {
    const contents = harden();
    for (const url of ['https://example.com/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      const event = navigation(url);
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const contents = harden();
    const attach = navigation('');
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});
