import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc';
import { FakeBrowserWindow, FakeWebContents, type fakeSession } from './test-support/electron-mock';
import { emitApp, mainProcess } from './test-support/main-process';

vi.mock('electron', async () => (await import('./test-support/main-process')).mockedElectron());
vi.mock('./storage-logs', () => ({ clearStorageLogs: vi.fn(() => []) }));

const { app, protocol, session, powerMonitor, nativeTheme } = await import('electron');
const { clearStorageLogs } = await import('./storage-logs');
await import('./main');

type Handler = (event: unknown, input?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
const call = (channel: string, window: FakeBrowserWindow, input: unknown = {}) =>
  (mainProcess.handlers.get(channel) as Handler)(
    { sender: { id: window.webContents.id }, senderFrame: { url: window.loadedUrl, parent: null } },
    input,
  );
/** The File menu of the menu last applied. */
const fileMenu = () =>
  ((mainProcess.menus.at(-1) as { label?: string; submenu?: unknown }[]).find((menu) => menu.label === 'File')
    ?.submenu ?? []) as { label?: string; enabled?: boolean; click?: (item?: unknown, from?: unknown) => void }[];
const journal = { journalOpen: true, storyOpen: false, lockOn: false, unreflected: [] };

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
    const windowsWhenCleared: number[] = [];
    vi.mocked(clearStorageLogs).mockImplementation(() => {
      windowsWhenCleared.push(FakeBrowserWindow.created.length);
      return [];
    });
    mainProcess.ready?.();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    // LevelDB's own logs went before any window could open the storage.
    expect(clearStorageLogs).toHaveBeenCalledWith('/nonexistent-hindsight-test-data');
    expect(windowsWhenCleared).toEqual([0]);
    const defaultSession = session.defaultSession as unknown as ReturnType<typeof fakeSession>;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...mainProcess.handlers.keys()]).toEqual([...ipcChannels]);
    const [window] = FakeBrowserWindow.created;
    expect(window?.loadedUrl).toBe('app://hindsight/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload\.cjs$/);
    // The saved preference is applied to the new window (none saved: not hidden from capture).
    expect(window?.contentProtection).toBe(false);
    // Dark mode follows the system: main never picks a theme (themeSource stays 'system').
    expect(nativeTheme).not.toHaveProperty('themeSource');
  });

  it('applies the preferences read at start: the default quick-capture shortcut is registered', () => {
    expect([...mainProcess.shortcuts.keys()]).toEqual(['CommandOrControl+Shift+L']);
    expect(powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function));
    expect(powerMonitor.on).toHaveBeenCalledWith('unlock-screen', expect.any(Function));
  });

  it('reports the desktop status to the main window', async () => {
    const [window] = FakeBrowserWindow.created;
    expect(await call('desktop.status', window as FakeBrowserWindow)).toEqual({
      ok: true,
      value: {
        quickCapture: { shortcut: 'CommandOrControl+Shift+L', registered: true, problem: null },
        notificationsSupported: false,
      },
    });
  });
});

describe('menus and commands', () => {
  it('journal commands are disabled until the main window reports, then follow what it reports', async () => {
    const [window] = FakeBrowserWindow.created as [FakeBrowserWindow];
    expect(fileMenu().find((item) => item.label === 'Log a setback')?.enabled).toBe(false);
    await call('desktop.reportState', window, journal);
    expect(fileMenu().find((item) => item.label === 'Log a setback')?.enabled).toBe(true);
    expect(fileMenu().find((item) => item.label === 'Export PDF…')?.enabled).toBe(false);
    await call('desktop.reportState', window, { ...journal, storyOpen: true });
    expect(fileMenu().find((item) => item.label === 'Export PDF…')?.enabled).toBe(true);
  });

  it("a menu command reaches the main window's page on desktop.command", () => {
    const [window] = FakeBrowserWindow.created as [FakeBrowserWindow];
    fileMenu()
      .find((item) => item.label === 'Export PDF…')
      ?.click?.();
    expect(window.webContents.sent.at(-1)).toEqual(['desktop.command', { command: 'export-pdf' }]);
  });
});

describe('quick capture', () => {
  it('the shortcut opens one quick capture window; pressing it again focuses the same one', () => {
    mainProcess.shortcuts.get('CommandOrControl+Shift+L')?.();
    mainProcess.shortcuts.get('CommandOrControl+Shift+L')?.();
    const quick = FakeBrowserWindow.created.filter((window) => window.loadedUrl?.endsWith('#/quick-capture'));
    expect(quick).toHaveLength(1);
    // Hidden from screen capture exactly when the main window is (the setting is off here).
    expect(quick[0]?.contentProtection).toBe(false);
  });

  it('accepts IPC from the quick capture window, but its reports do not drive the menu', async () => {
    const quick = FakeBrowserWindow.created.find((window) => window.loadedUrl?.endsWith('#/quick-capture'));
    expect(await call('app.info', quick as FakeBrowserWindow)).toMatchObject({ ok: true });
    const menusBefore = mainProcess.menus.length;
    expect(await call('desktop.reportState', quick as FakeBrowserWindow, { ...journal, lockOn: true })).toMatchObject({
      ok: true,
    });
    expect(mainProcess.menus).toHaveLength(menusBefore);
  });

  it('on the app menu with quick capture focused (macOS), Log a setback stays there and Lock now locks every window', async () => {
    const [main] = FakeBrowserWindow.created as [FakeBrowserWindow];
    const quick = FakeBrowserWindow.created.find((window) => window.loadedUrl?.endsWith('#/quick-capture'));
    expect(quick).toBeDefined();
    await call('desktop.reportState', main, { ...journal, lockOn: true });
    const sentBefore = main.webContents.sent.length;
    quick!.focused = false;
    const item = (label: string) => fileMenu().find((entry) => entry.label === label);
    item('Log a setback')?.click?.(undefined, quick);
    expect(quick!.focused).toBe(true);
    expect(main.webContents.sent).toHaveLength(sentBefore);

    item('Lock now')?.click?.(undefined, quick);
    for (const window of [main, quick!])
      expect(window.webContents.sent.at(-1)).toEqual(['desktop.command', { command: 'lock-now' }]);
    // From the main window, Log a setback is the main window's.
    item('Log a setback')?.click?.(undefined, main);
    expect(main.webContents.sent.at(-1)).toEqual(['desktop.command', { command: 'log-setback' }]);
  });

  it('the OS locking the screen or going to sleep asks every open window to lock, and opens none', () => {
    const open = FakeBrowserWindow.created.filter((window) => window.loadedUrl?.startsWith('app://'));
    const created = FakeBrowserWindow.created.length;
    const listeners = vi.mocked(powerMonitor.on).mock.calls;
    for (const name of ['lock-screen', 'suspend']) {
      const listener = listeners.find(([event]) => event === name)?.[1] as (() => void) | undefined;
      expect(listener, name).toBeTypeOf('function');
      listener?.();
      for (const window of open)
        expect(window.webContents.sent.at(-1)).toEqual(['desktop.command', { command: 'lock-now' }]);
    }
    expect(FakeBrowserWindow.created).toHaveLength(created);
  });

  it('still refuses any other webContents, such as a print window', async () => {
    const stranger = new FakeBrowserWindow({ webPreferences: {} });
    stranger.loadedUrl = 'app://hindsight/index.html';
    expect(await call('app.info', stranger)).toMatchObject({ ok: false });
  });

  it('a second instance with --quick-capture opens quick capture; without it, shows the main window', async () => {
    const quick = FakeBrowserWindow.created.find((window) => window.loadedUrl?.endsWith('#/quick-capture'));
    quick?.close();
    const before = FakeBrowserWindow.created.length;
    emitApp('second-instance', {}, ['/opt/Hindsight/hindsight', '--quick-capture'], '/');
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(before + 1));
    expect(FakeBrowserWindow.created.at(-1)?.loadedUrl).toBe('app://hindsight/index.html#/quick-capture');
    const [main] = FakeBrowserWindow.created as [FakeBrowserWindow];
    main.focused = false;
    emitApp('second-instance', {}, ['/opt/Hindsight/hindsight'], '/');
    await vi.waitFor(() => expect(main.focused).toBe(true));
    expect(FakeBrowserWindow.created).toHaveLength(before + 1);
  });
});

describe('closing the last window', () => {
  it('quits (outside macOS) while the tray icon is off', () => {
    emitApp('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('every webContents the app creates', () => {
  it('is hardened as it is created: new windows denied, foreign navigation and <webview> blocked', () => {
    const contents = new FakeWebContents();
    emitApp('web-contents-created', {}, contents);
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

describe('quitting', () => {
  it('deletes LevelDB’s own logs once nothing is left to save', () => {
    vi.mocked(clearStorageLogs).mockClear();
    emitApp('will-quit', { preventDefault: vi.fn() });
    expect(clearStorageLogs).toHaveBeenCalledWith('/nonexistent-hindsight-test-data');
  });
});
