import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc';
import { FakeBrowserWindow, FakeWebContents, type fakeSession } from './test-support/electron-mock';

const electron = vi.hoisted(() => ({
  ready: undefined as undefined | (() => void),
  handlers: new Map<string, unknown>(),
}));

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  const session = mock.fakeSession();
  return {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
      getName: () => 'Hindsight',
      getVersion: () => '0.1.0',
      getPath: () => '/data',
      whenReady: () => ({ then: (run: () => void) => void (electron.ready = run) }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    ipcMain: { handle: vi.fn((channel: string, listener: unknown) => electron.handlers.set(channel, listener)) },
    dialog: { showSaveDialog: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn(() => ({})) },
    BrowserWindow: mock.FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn() },
  };
});

const { app, protocol, session } = await import('electron');
await import('./main');

describe('main process start-up', () => {
  it('registers app:// as privileged, enables the sandbox and takes the single-instance lock before ready', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('on ready: locks the session, serves app://, registers IPC and opens one secure window from app://', async () => {
    electron.ready?.();
    const defaultSession = session.defaultSession as unknown as ReturnType<typeof fakeSession>;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...electron.handlers.keys()]).toEqual([...ipcChannels]);
    const [window] = FakeBrowserWindow.created;
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(window?.loadedUrl).toBe('app://hindsight/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload\.cjs$/);
    // The saved preference is applied to the new window (none saved: not hidden from capture).
    await vi.waitFor(() => expect(window?.contentProtection).toBe(false));
  });
});

describe('every webContents the app creates', () => {
  it('is hardened as it is created: new windows denied, foreign navigation and <webview> blocked', () => {
    const calls = vi.mocked(app.on).mock.calls as unknown as [string, unknown][];
    const onCall = calls.find(([event]) => event === 'web-contents-created');
    const listener = onCall?.[1] as ((event: unknown, contents: FakeWebContents) => void) | undefined;
    expect(listener).toBeTypeOf('function');
    const contents = new FakeWebContents();
    listener?.({}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    for (const event of [
      'will-navigate',
      'will-redirect',
      'will-frame-navigate',
      'will-attach-webview',
      'context-menu',
    ]) {
      expect(contents.listeners.get(event)?.length, event).toBe(1);
    }
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
  });
});
