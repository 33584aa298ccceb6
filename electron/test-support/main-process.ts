import { vi } from 'vitest';
import { FakeBrowserWindow, fakeSession } from './electron-mock';

/** What the mocked Electron of the main-process tests records. */
export const mainProcess = {
  ready: undefined as undefined | (() => void),
  handlers: new Map<string, unknown>(),
  appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
  shortcuts: new Map<string, () => void>(),
  menus: [] as unknown[],
};

/** Fires an app event the way Electron would. */
export function emitApp(event: string, ...args: unknown[]): void {
  for (const listener of mainProcess.appListeners.get(event) ?? []) listener(...args);
}

/** The `electron` module as main.ts sees it, with nothing native behind it. */
export function mockedElectron() {
  const session = fakeSession();
  return {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((event: string, listener: (...args: unknown[]) => unknown) => {
        mainProcess.appListeners.set(event, [...(mainProcess.appListeners.get(event) ?? []), listener]);
      }),
      quit: vi.fn(),
      exit: vi.fn(),
      focus: vi.fn(),
      getName: () => 'Hindsight',
      getVersion: () => '0.1.0',
      getPath: () => '/nonexistent-hindsight-test-data',
      whenReady: () => new Promise<void>((resolve) => (mainProcess.ready = resolve)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    ipcMain: {
      handle: vi.fn((channel: string, listener: unknown) => mainProcess.handlers.set(channel, listener)),
    },
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })) },
    Menu: {
      setApplicationMenu: vi.fn((menu: unknown) => mainProcess.menus.push(menu)),
      buildFromTemplate: vi.fn((template: unknown) => template),
    },
    BrowserWindow: Object.assign(FakeBrowserWindow, { fromWebContents: () => null }),
    nativeTheme: { shouldUseDarkColors: false },
    nativeImage: { createFromPath: () => ({ isEmpty: () => true }) },
    Tray: vi.fn(),
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    globalShortcut: {
      register: vi.fn((accelerator: string, callback: () => void) => {
        mainProcess.shortcuts.set(accelerator, callback);
        return true;
      }),
      unregister: vi.fn((accelerator: string) => void mainProcess.shortcuts.delete(accelerator)),
    },
    Notification: Object.assign(vi.fn(), { isSupported: () => false }),
    powerMonitor: { on: vi.fn() },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      getSelectedStorageBackend: () => 'basic_text',
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
    },
  };
}
