import path from 'node:path';
import { app, ipcMain, Menu, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../shared/ipc';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { ipcImplementations } from './ipc-implementations';
import { writeFileAtomic } from './atomic-write';
import { applyPreferences, createMainWindow, hardenWebContents } from './main-window';
import { preferencesFile } from './preferences';
import { rememberedKey } from './remembered-key';
import { createPrintJobs } from './print-jobs';
import { buildMenu } from './menu';
import { lockDownSession } from './session-security';
import { createTrustedSenderCheck } from './trusted-sender';

// Must run before `ready`: app:// becomes a standard, secure origin.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

const devServerUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined;
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/preload.cjs');

let mainWindow: BrowserWindow | null = null;
const printJobs = createPrintJobs();
const preferences = preferencesFile(path.join(app.getPath('userData'), 'preferences.json'), writeFileAtomic);

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({
      preloadPath,
      startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      devTools: !app.isPackaged,
    });
    mainWindow.on('closed', () => (mainWindow = null));
    // Read before the window's first paint shows it (it stays hidden until ready-to-show).
    const created = mainWindow;
    void preferences.read().then((saved) => applyPreferences(created, saved));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  lockDownSession(session.defaultSession, process.platform, devOrigin);
  protocol.handle(appSchemePrivileges.scheme, createAppProtocolHandler(rendererDir, printJobs));
  // Until the desktop integration lands: state is kept, nothing is registered yet.
  const desktop = {
    reportState: () => undefined,
    status: () => ({
      quickCapture: { shortcut: '', registered: false, problem: 'Quick capture is not available yet.' },
      notificationsSupported: false,
    }),
    preferencesChanged: () => undefined,
  };
  const remembered = rememberedKey(
    path.join(app.getPath('userData'), 'remembered-key.bin'),
    safeStorage,
    process.platform,
    writeFileAtomic,
  );
  const context = { printJobs, preferences, mainWindow: () => mainWindow, desktop, rememberedKey: remembered };
  registerIpcHandlers(ipcMain, ipcImplementations(context), {
    isTrustedSender: createTrustedSenderCheck({
      windowContentsId: () => mainWindow?.webContents.id ?? null,
      devOrigin,
    }),
    log: (message) => console.warn(`[ipc] ${message}`),
  });
  Menu.setApplicationMenu(buildMenu(process.platform, !app.isPackaged));
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app.whenReady().then(start, (error: unknown) => {
    console.error('Hindsight could not start:', error);
    app.exit(1);
  });
}
