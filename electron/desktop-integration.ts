import type { Preferences } from '../shared/ipc/app-contract';
import type { DesktopCommand, DesktopCommandEvent, DesktopState, DesktopStatus } from '../shared/ipc/desktop-contract';
import type { QuickCaptureStatus } from './quick-capture-shortcut';
import type { ReminderSettings } from './reflection-reminder';
import { createMenuUpdater } from './menu';

/** The command-line flag that opens the quick capture window (for desktops where a global shortcut cannot be grabbed). */
export const QUICK_CAPTURE_FLAG = '--quick-capture';

/** True when a command line asks for quick capture. */
export function wantsQuickCapture(argv: readonly string[]): boolean {
  return argv.includes(QUICK_CAPTURE_FLAG);
}

/** The main window as the integration sees it: which webContents it is, and how to send it a command. */
export interface MainWindowTarget {
  contentsId: number;
  send: (event: DesktopCommandEvent) => void;
}

export interface DesktopIntegrationDeps {
  /** The main window if it is open. */
  mainWindow: () => MainWindowTarget | null;
  /** Shows (creating if need be) and focuses the main window. */
  showMainWindow: () => void;
  /** Applies the application menu for a state (called only when the state changes). */
  applyMenu: (state: DesktopState | null) => void;
  shortcut: { apply(accelerator: string): QuickCaptureStatus; status(): QuickCaptureStatus };
  tray: { set(enabled: boolean): boolean };
  reminder: { configure(settings: ReminderSettings): void; setUnreflected(loggedAt: readonly string[]): void };
  notificationsSupported: () => boolean;
}

/** How many commands wait for a window that has not loaded yet; more are the same clicks repeated. */
const MAX_QUEUED = 8;

/**
 * Owns what the desktop integration knows: the state the main window last reported (menus,
 * reminders), the commands waiting for a main window that has not reported yet, and the
 * settings applied to the shortcut, tray and reminder.
 */
export function createDesktopIntegration(deps: DesktopIntegrationDeps) {
  let state: DesktopState | null = null;
  const updateMenu = createMenuUpdater(deps.applyMenu);
  /** The webContents of the main window whose page has reported at least once (it listens for commands). */
  let listening: number | null = null;
  const queued: DesktopCommand[] = [];
  let trayShown = false;

  return {
    /** Builds the first menu (journal commands disabled until the renderer reports). */
    start(): void {
      updateMenu(state);
    },

    /**
     * What the renderer reports. The menus follow the main window's reports only (the quick
     * capture window runs the same renderer but says nothing about the journal on screen);
     * the reminder takes the unreflected setbacks from either, as both read the same journal
     * (a setback logged in quick capture with the main window closed waits too). The main
     * window's first report also says its page now listens: commands queued for it are
     * delivered then.
     */
    reportState(next: DesktopState, senderId: number): void {
      if (next.unreflected) deps.reminder.setUnreflected(next.unreflected);
      const target = deps.mainWindow();
      if (!target || target.contentsId !== senderId) return;
      state = next;
      updateMenu(state);
      listening = senderId;
      for (const command of queued.splice(0)) target.send({ command });
    },

    /** Sends a command to the main window, showing it first; a window still loading gets it after its first report. */
    sendCommand(command: DesktopCommand): void {
      deps.showMainWindow();
      const target = deps.mainWindow();
      if (target && target.contentsId === listening) {
        target.send({ command });
        return;
      }
      if (queued.length < MAX_QUEUED) queued.push(command);
    },

    status(): DesktopStatus {
      return { quickCapture: deps.shortcut.status(), notificationsSupported: deps.notificationsSupported() };
    },

    /** Applies the settings: the quick-capture shortcut, the tray icon, the reminder. */
    preferencesChanged(preferences: Preferences): void {
      deps.shortcut.apply(preferences.quickCaptureShortcut);
      trayShown = deps.tray.set(preferences.showTrayIcon);
      deps.reminder.configure(preferences.reflectionReminder);
    },

    /** With the tray icon showing, closing the last window keeps the app running. */
    keepRunningWithoutWindows(): boolean {
      return trayShown;
    },

    /** The state last reported (for tests and the menu). */
    state(): DesktopState | null {
      return state;
    },
  };
}

export type DesktopIntegration = ReturnType<typeof createDesktopIntegration>;
