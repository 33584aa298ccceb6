import type { Page } from '@playwright/test';

/** What the fake main answers, where a test needs more than "nothing happened". */
export interface FakeMain {
  /** `backup.list`'s answer. */
  list?: { backups: unknown[]; lastKnown: { entries: number; stories: number } | null };
  /** `backup.writeAutomatic`'s answer. */
  written?: { written: boolean; drop?: unknown };
  /** `lock.deviceStatus`'s answer (the keychain works unless told otherwise). */
  keychain?: { available: boolean; problem: string | null };
}

/**
 * Plays the desktop's preload bridge in browser mode, so the renderer takes its desktop
 * paths (automatic backups, the lost-journal guard, erasing). Every call is recorded by
 * channel name (`bridgeCalls`).
 */
export async function pretendDesktop(page: Page, main: FakeMain = {}): Promise<void> {
  await page.addInitScript((answers) => {
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
          return Promise.resolve({ ok: true, value: saved ? JSON.parse(saved) : { hideFromScreenCapture: false } });
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
        'desktop.reportState': answer('desktop.reportState', {}),
        'desktop.status': answer('desktop.status', {
          quickCapture: { shortcut: 'CommandOrControl+Shift+L', registered: true, problem: null },
          notificationsSupported: true,
        }),
        'desktop.command': () => () => undefined,
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
  }, main);
}

/** The bridge channels the page has called so far, in order. */
export const bridgeCalls = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('bridgeCalls') ?? '[]') as string[]);
