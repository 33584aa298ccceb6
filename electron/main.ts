import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../shared/ipc';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { ipcImplementations } from './ipc-implementations';
import { writeFileAtomic } from './atomic-write';
import { applyPreferences, createMainWindow, hardenWebContents } from './main-window';
import { preferencesFile } from './preferences';
import { createPrintJobs } from './print-jobs';
import { buildMenu } from './menu';
import { attachContextMenu } from './context-menu';
import { showAboutDialog } from './about-dialog';
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
  registerIpcHandlers(ipcMain, ipcImplementations({ printJobs, preferences, mainWindow: () => mainWindow, desktop }), {
    isTrustedSender: createTrustedSenderCheck({
      windowContentsIds: () => (mainWindow ? [mainWindow.webContents.id] : []),
      devOrigin,
    }),
    log: (message) => console.warn(`[ipc] ${message}`),
  });
  Menu.setApplicationMenu(
    buildMenu({
      platform: process.platform,
      developer: !app.isPackaged,
      // Commands reach the renderer once the desktop integration lands; until then they stay disabled.
      state: null,
      send: () => undefined,
      about: () =>
        void showAboutDialog(
          {
            app,
            showMessageBox: (parent, options) =>
              parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options),
            openPath: (folder) => shell.openPath(folder),
          },
          mainWindow,
        ),
    }),
  );
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, devOrigin);
    attachContextMenu(contents);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app.whenReady().then(start, (error: unknown) => {
    console.error('Hindsight could not start:', error);
    app.exit(1);
  });
}
