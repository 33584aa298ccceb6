import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from './test-support/electron-mock';

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  return { BrowserWindow: mock.FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: false } };
});

const { createMainWindow, hardenWebContents, secureWebPreferences } = await import('./main-window');

beforeEach(() => (FakeBrowserWindow.created = []));

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
      devTools: false,
    });
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
  });
});

describe('hardenWebContents', () => {
  const harden = () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
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

  it('refuses to attach a <webview>', () => {
    const contents = harden();
    const attach = navigation('');
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});
