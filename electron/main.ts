import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  type BaseWindow,
  app,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import { APP_ORIGIN } from '../shared/ipc';
import { DESKTOP_COMMAND_EVENT } from '../shared/ipc-channels';
import type { Preferences } from '../shared/ipc/app-contract';
import type { DesktopCommand } from '../shared/ipc/desktop-contract';
import { showAboutDialog } from './about-dialog';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { attachContextMenu } from './context-menu';
import { createDesktopIntegration, wantsQuickCapture } from './desktop-integration';
import { registerIpcHandlers } from './ipc-handlers';
import { ipcImplementations } from './ipc-implementations';
import { jsonStateFile } from './json-state-file';
import { applyPreferences, createMainWindow, hardenWebContents } from './main-window';
import { buildMenu } from './menu';
import { DEFAULT_PREFERENCES, preferencesFile } from './preferences';
import { createPrintJobs } from './print-jobs';
import { createQuickCaptureShortcut } from './quick-capture-shortcut';
import { createQuickCaptureWindows } from './quick-capture-window';
import { createReflectionReminder, ReminderRecordSchema } from './reflection-reminder';
import { rememberedKey } from './remembered-key';
import { lockDownSession } from './session-security';
import { clearStorageLogs } from './storage-logs';
import { createTrayController } from './tray';
import { createTrustedSenderCheck } from './trusted-sender';
import { placeOnScreen, trackWindowState, WindowStateSchema, type WindowState } from './window-state';

// Must run before `ready`: app:// becomes a standard, secure origin.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

const developer = !app.isPackaged;
const devServerUrl = (developer && process.env['ELECTRON_RENDERER_URL']) || undefined;
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const startUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/preload.cjs');
const userData = app.getPath('userData');
// Linux takes the window icon from the window; Windows and macOS from the installed app.
const linuxIcon = path.join(rendererDir, 'icons/app-256.png');
const windowIcon = process.platform === 'linux' && existsSync(linuxIcon) ? linuxIcon : undefined;
const warn = (area: string) => (message: string) => console.warn(`[${area}] ${message}`);

const printJobs = createPrintJobs();
const preferences = preferencesFile(path.join(userData, 'preferences.json'), writeFileAtomic);
const windowStateFile = jsonStateFile(path.join(userData, 'window-state.json'), WindowStateSchema, writeFileAtomic);
let currentPreferences: Preferences = DEFAULT_PREFERENCES;
let savedPlace: WindowState | null = null;
let mainWindow: BrowserWindow | null = null;
let windowTracker: ReturnType<typeof trackWindowState> | null = null;
/** Shown notifications, kept so their click handlers are not collected before a click. */
const shownNotifications = new Set<Notification>();

const quickCapture = createQuickCaptureWindows({
  preloadPath,
  baseUrl: startUrl,
  devTools: developer,
  platform: process.platform,
  icon: windowIcon,
});

function openQuickCapture(): void {
  // A global shortcut fires while another app is in front; macOS only raises ours when asked.
  if (process.platform === 'darwin') app.focus({ steal: true });
  // What is typed there is as private as the journal: hidden from screen capture like the main window.
  applyPreferences(quickCapture.open(), currentPreferences);
}

function showMainWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  }
  const place = savedPlace && placeOnScreen(savedPlace, screen.getAllDisplays(), screen.getPrimaryDisplay());
  const created = createMainWindow({
    preloadPath,
    startUrl,
    devTools: developer,
    bounds: place ?? undefined,
    maximized: savedPlace?.maximized,
    icon: windowIcon,
  });
  mainWindow = created;
  // Applied before the first paint shows it (it stays hidden until ready-to-show).
  applyPreferences(created, currentPreferences);
  windowTracker = trackWindowState(created, {
    save: (state) => {
      savedPlace = state;
      return windowStateFile.write(state);
    },
    log: warn('window'),
  });
  created.on('closed', () => {
    if (mainWindow === created) mainWindow = null;
  });
  return created;
}

const shortcut = createQuickCaptureShortcut({
  globalShortcut,
  onPress: openQuickCapture,
  platform: process.platform,
  sessionType: process.env['XDG_SESSION_TYPE'],
});

const tray = createTrayController({
  // macOS menu bars want a template image (black and alpha, tinted by the system; the name
  // says so, and @2x is picked up beside it); other trays show the app's tile.
  iconPath: path.join(rendererDir, process.platform === 'darwin' ? 'icons/trayTemplate.png' : 'icons/tray-32.png'),
  logSetback: openQuickCapture,
  open: () => void showMainWindow(),
  quit: () => app.quit(),
  log: warn('tray'),
});

/** Locks the journal in every open window. Sent straight to them: it must not open one. */
function lockEveryWindow(): void {
  for (const window of [mainWindow, quickCapture.current()])
    if (window && !window.isDestroyed()) window.webContents.send(DESKTOP_COMMAND_EVENT, { command: 'lock-now' });
}

/**
 * A command chosen from the app's menu. On macOS the menu is the whole app's, also while quick
 * capture has focus: there, Log a setback is that window itself, and Lock now locks every
 * window, as the OS locking does. Everything else is the main window's.
 */
function menuCommand(command: DesktopCommand, from: BaseWindow | undefined): void {
  if (command === 'lock-now') return lockEveryWindow();
  const quick = quickCapture.current();
  if (command === 'log-setback' && quick && from === quick) return void quick.focus();
  desktop.sendCommand(command);
}

const desktop = createDesktopIntegration({
  mainWindow: () =>
    mainWindow && !mainWindow.isDestroyed()
      ? {
          contentsId: mainWindow.webContents.id,
          send: (event) => mainWindow?.webContents.send(DESKTOP_COMMAND_EVENT, event),
        }
      : null,
  showMainWindow: () => void showMainWindow(),
  applyMenu: (state) =>
    Menu.setApplicationMenu(
      buildMenu({
        platform: process.platform,
        developer,
        state,
        send: menuCommand,
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
    ),
  shortcut,
  tray,
  reminder: {
    configure: (settings) => reminder.configure(settings),
    setUnreflected: (loggedAt) => reminder.setUnreflected(loggedAt),
  },
  notificationsSupported: () => Notification.isSupported(),
});

const reminder = createReflectionReminder({
  now: () => new Date(),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  notify: (text, onClick) => {
    if (!Notification.isSupported()) return false;
    const notification = new Notification(text);
    notification.on('click', () => {
      shownNotifications.delete(notification);
      onClick();
    });
    notification.on('close', () => shownNotifications.delete(notification));
    shownNotifications.add(notification);
    notification.show();
    return true;
  },
  open: () => desktop.sendCommand('reflection-queue'),
  store: jsonStateFile(path.join(userData, 'reflection-reminder.json'), ReminderRecordSchema, writeFileAtomic),
  log: warn('reminder'),
});

async function start(): Promise<void> {
  // Before any window opens the storage (why: storage-logs.ts).
  clearStorageLogs(userData);
  lockDownSession(session.defaultSession, process.platform, devOrigin);
  protocol.handle(appSchemePrivileges.scheme, createAppProtocolHandler(rendererDir, printJobs));
  registerIpcHandlers(
    ipcMain,
    ipcImplementations({
      printJobs,
      preferences,
      mainWindow: () => mainWindow,
      rememberedKey: rememberedKey(
        path.join(userData, 'remembered-key.bin'),
        safeStorage,
        process.platform,
        writeFileAtomic,
      ),
      desktop: {
        reportState: (state, senderId) => desktop.reportState(state, senderId),
        status: () => desktop.status(),
        preferencesChanged: (saved) => {
          currentPreferences = saved;
          applyPreferences(quickCapture.current(), saved);
          desktop.preferencesChanged(saved);
        },
      },
    }),
    {
      isTrustedSender: createTrustedSenderCheck({
        windowContentsIds: () =>
          [mainWindow, quickCapture.current()].flatMap((window) =>
            window && !window.isDestroyed() ? [window.webContents.id] : [],
          ),
        devOrigin,
      }),
      log: warn('ipc'),
    },
  );
  [currentPreferences, savedPlace] = await Promise.all([preferences.read(), windowStateFile.read()]);
  desktop.start();
  desktop.preferencesChanged(currentPreferences);
  // The OS locking the screen or going to sleep locks the journal in every window (when the
  // lock is on; the renderer decides).
  powerMonitor.on('lock-screen', lockEveryWindow);
  powerMonitor.on('suspend', lockEveryWindow);
  powerMonitor.on('resume', () => reminder.check());
  powerMonitor.on('unlock-screen', () => reminder.check());
  void reminder.start();
  if (wantsQuickCapture(process.argv)) openQuickCapture();
  else showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const started = app.whenReady().then(start);
  started.catch((error: unknown) => {
    console.error('Hindsight could not start:', error);
    app.exit(1);
  });
  app.on('second-instance', (_event, argv) => {
    // Before start-up has finished the first window is on its way; a failed start has already exited.
    void started.then(
      () => (wantsQuickCapture(argv) ? openQuickCapture() : void showMainWindow()),
      () => undefined,
    );
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, devOrigin);
    attachContextMenu(contents);
  });
  app.on('window-all-closed', () => {
    // With the tray icon the app stays, so quick capture and reminders keep working.
    if (process.platform !== 'darwin' && !desktop.keepRunningWithoutWindows()) app.quit();
  });
  app.on(
    'activate',
    () =>
      void started.then(
        () => void showMainWindow(),
        () => undefined,
      ),
  );
  app.on('will-quit', (event) => {
    // The window's last place is still being written; quit once it is on disk.
    const pending = windowTracker?.pending();
    if (pending) {
      event.preventDefault();
      void pending.finally(() => app.quit());
      return;
    }
    shortcut.dispose();
    reminder.stop();
    clearStorageLogs(userData);
  });
}
