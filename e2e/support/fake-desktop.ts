import type { Page } from '@playwright/test';
import type { DesktopState } from '../../shared/ipc/desktop-contract';

/** What the fake main answers, where a test needs more than "nothing happened". */
export interface FakeMain {
  /** `backup.list`'s answer. */
  list?: { backups: unknown[]; lastKnown: { entries: number; stories: number } | null };
  /** `backup.writeAutomatic`'s answer. */
  written?: { written: boolean; drop?: unknown };
  /** `desktop.status`'s answer (the shortcut's part takes the saved preference's shortcut). */
  status?: { registered: boolean; problem: string | null; notificationsSupported: boolean };
  /** `lock.deviceStatus`'s answer (the keychain works unless told otherwise). */
  keychain?: { available: boolean; problem: string | null };
}

/** The preferences main starts with (electron/preferences.ts). */
export const defaultPreferences = {
  hideFromScreenCapture: false,
  quickCaptureShortcut: 'CommandOrControl+Shift+L',
  showTrayIcon: false,
  reflectionReminder: { enabled: false, time: '18:00' },
};

/**
 * Plays the desktop's preload bridge in browser mode, so the renderer takes its desktop
 * paths (automatic backups, the lost-journal guard, erasing, menus). Every call is recorded by
 * channel name (`bridgeCalls`); each state reported is kept (`reportedStates`); a test sends
 * main's commands with `sendCommand`, and `window.close()` is recorded (`closeCalls`).
 */
export async function pretendDesktop(page: Page, main: FakeMain = {}): Promise<void> {
  await page.addInitScript(
    ({ answers, defaults }) => {
      // Kept in sessionStorage: a call made just before a reload is still seen after it.
      const record = (channel: string) => {
        const calls = JSON.parse(sessionStorage.getItem('bridgeCalls') ?? '[]') as string[];
        sessionStorage.setItem('bridgeCalls', JSON.stringify([...calls, channel]));
      };
      const answer = (channel: string, value: unknown) => () => {
        record(channel);
        return Promise.resolve({ ok: true, value });
      };
      Object.defineProperty(window, 'hindsight', {
        value: Object.freeze({
          'app.info': answer('app.info', {
            name: 'Hindsight',
            version: '0.1.0',
            platform: 'linux',
            electron: '45.4.1',
            chrome: '142',
            dataPath: '/d',
          }),
          'app.preferences': () => {
            record('app.preferences');
            const saved = sessionStorage.getItem('preferences');
            return Promise.resolve({ ok: true, value: saved ? JSON.parse(saved) : defaults });
          },
          'app.setPreferences': (preferences: unknown) => {
            record('app.setPreferences');
            sessionStorage.setItem('preferences', JSON.stringify(preferences));
            return Promise.resolve({ ok: true, value: preferences });
          },
          'pdf.export': answer('pdf.export', { saved: false }),
          'backup.save': answer('backup.save', { saved: false }),
          'backup.open': answer('backup.open', { opened: false }),
          'backup.list': answer('backup.list', answers.list ?? { backups: [], lastKnown: null }),
          'backup.writeAutomatic': answer('backup.writeAutomatic', answers.written ?? { written: false }),
          'backup.readAutomatic': () => Promise.resolve({ ok: false, error: 'none' }),
          'backup.eraseAutomatic': answer('backup.eraseAutomatic', { erased: 3 }),
          'desktop.reportState': (state: unknown) => {
            record('desktop.reportState');
            const states = JSON.parse(sessionStorage.getItem('reportedStates') ?? '[]') as unknown[];
            sessionStorage.setItem('reportedStates', JSON.stringify([...states, state]));
            return Promise.resolve({ ok: true, value: {} });
          },
          'desktop.status': () => {
            record('desktop.status');
            const saved = sessionStorage.getItem('preferences');
            const shortcut = (saved ? JSON.parse(saved) : defaults).quickCaptureShortcut as string;
            const status = answers.status ?? { registered: true, problem: null, notificationsSupported: true };
            return Promise.resolve({
              ok: true,
              value: {
                quickCapture: { shortcut, registered: status.registered, problem: status.problem },
                notificationsSupported: status.notificationsSupported,
              },
            });
          },
          'desktop.command': (listener: (payload: unknown) => void) => {
            const listeners = ((window as unknown as { commandListeners?: unknown[] }).commandListeners ??= []);
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
          // The OS keychain, played by localStorage: it outlives this tab, as the keychain outlives the app.
          'lock.deviceStatus': answer('lock.deviceStatus', answers.keychain ?? { available: true, problem: null }),
          'lock.rememberKey': ({ dataKey }: { dataKey: string }) => {
            record('lock.rememberKey');
            localStorage.setItem('keychain', dataKey);
            return Promise.resolve({ ok: true, value: {} });
          },
          'lock.recallKey': () => {
            record('lock.recallKey');
            return Promise.resolve({ ok: true, value: { dataKey: localStorage.getItem('keychain') } });
          },
          'lock.forgetKey': () => {
            record('lock.forgetKey');
            localStorage.removeItem('keychain');
            return Promise.resolve({ ok: true, value: {} });
          },
        }),
      });
      window.close = () => {
        sessionStorage.setItem('closeCalls', String(Number(sessionStorage.getItem('closeCalls') ?? '0') + 1));
      };
    },
    { answers: main, defaults: defaultPreferences },
  );
}

/** Sends a command as main does (from a menu, the tray or a notification). */
export async function sendCommand(page: Page, command: string): Promise<void> {
  await page.evaluate((sent) => {
    const listeners = (window as unknown as { commandListeners?: ((payload: unknown) => void)[] }).commandListeners;
    for (const listener of listeners ?? []) listener({ command: sent });
  }, command);
}

/** Every state the page reported to main so far, in order. */
export const reportedStates = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('reportedStates') ?? '[]') as DesktopState[]);

/** How many times the page called window.close(). */
export const closeCalls = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('closeCalls') ?? '0'));

/** The bridge channels the page has called so far, in order. */
export const bridgeCalls = (page: Page) =>
  page
    .evaluate(() => JSON.parse(sessionStorage.getItem('bridgeCalls') ?? '[]') as string[])
    // A page reloading (after Erase everything, or locking) has no context for a moment: read
    // as nothing seen yet, so a poll asks again. Every caller looks for a call, never its absence.
    .catch((error: unknown) => {
      if (String(error).includes('Execution context was destroyed')) return [] as string[];
      throw error;
    });
