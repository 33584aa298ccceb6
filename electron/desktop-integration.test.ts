import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from './preferences';
import { createDesktopIntegration, wantsQuickCapture, type MainWindowTarget } from './desktop-integration';
import type { DesktopCommandEvent, DesktopState } from '../shared/ipc/desktop-contract';

vi.mock('electron', () => ({}));

const logged = ['2026-12-01T09:00:00.000Z', '2026-12-02T09:00:00.000Z'];
const journal: DesktopState = { journalOpen: true, storyOpen: false, lockOn: false, unreflected: logged };

function setUp() {
  type Target = MainWindowTarget & { send: ReturnType<typeof vi.fn<(event: DesktopCommandEvent) => void>> };
  let window: Target | null = null;
  let nextId = 10;
  const deps = {
    mainWindow: () => window,
    showMainWindow: vi.fn(() => {
      window ??= { contentsId: nextId++, send: vi.fn<(event: DesktopCommandEvent) => void>() };
    }),
    applyMenu: vi.fn(),
    shortcut: {
      apply: vi.fn((shortcut: string) => ({ shortcut, registered: shortcut !== '', problem: null })),
      status: vi.fn(() => ({ shortcut: 'CommandOrControl+Shift+L', registered: true, problem: null })),
    },
    tray: { set: vi.fn((enabled: boolean) => enabled) },
    reminder: { configure: vi.fn(), setUnreflected: vi.fn() },
    notificationsSupported: () => true,
  };
  const desktop = createDesktopIntegration(deps);
  return { deps, desktop, window: () => window, closeWindow: () => (window = null) };
}

describe('desktop integration', () => {
  it('builds the menu with nothing reported, then rebuilds it only when the state changes', () => {
    const { deps, desktop } = setUp();
    desktop.start();
    deps.showMainWindow();
    desktop.reportState(journal, 10);
    desktop.reportState({ ...journal }, 10);
    desktop.reportState({ ...journal, storyOpen: true }, 10);
    expect(deps.applyMenu.mock.calls).toEqual([[null], [journal], [{ ...journal, storyOpen: true }]]);
    expect(deps.reminder.setUnreflected).toHaveBeenLastCalledWith(logged);
  });

  it('the menus follow only the main window; the reminder hears the quick capture window too', () => {
    const { deps, desktop } = setUp();
    desktop.reportState(journal, 10);
    deps.showMainWindow();
    const quickCapture = [...logged, '2026-12-06T21:00:00.000Z'];
    desktop.reportState({ ...journal, unreflected: quickCapture }, 99);
    expect(desktop.state()).toBeNull();
    expect(deps.reminder.setUnreflected).toHaveBeenLastCalledWith(quickCapture);
  });

  it('a window whose journal is not open (locked) leaves the reminder what it was told', () => {
    const { deps, desktop } = setUp();
    deps.showMainWindow();
    desktop.reportState(journal, 10);
    desktop.reportState({ journalOpen: false, storyOpen: false, lockOn: true }, 10);
    expect(deps.reminder.setUnreflected).toHaveBeenCalledTimes(1);
    expect(desktop.state()).toMatchObject({ journalOpen: false });
  });

  it('a command to a window just created waits for its first report, then arrives once, in order', () => {
    const { desktop, window } = setUp();
    desktop.sendCommand('reflection-queue');
    desktop.sendCommand('log-setback');
    const target = window();
    expect(target?.send).not.toHaveBeenCalled();
    desktop.reportState(journal, 10);
    desktop.reportState(journal, 10);
    expect(target?.send.mock.calls).toEqual([[{ command: 'reflection-queue' }], [{ command: 'log-setback' }]]);
  });

  it('a command to a window already listening is sent at once, after showing it', () => {
    const { deps, desktop, window } = setUp();
    deps.showMainWindow();
    desktop.reportState(journal, 10);
    desktop.sendCommand('find');
    expect(deps.showMainWindow).toHaveBeenCalledTimes(2);
    expect(window()?.send).toHaveBeenCalledWith({ command: 'find' });
  });

  it('after the main window is closed, the next command goes to a new one once it reports', () => {
    const { deps, desktop, window, closeWindow } = setUp();
    deps.showMainWindow();
    desktop.reportState(journal, 10);
    closeWindow();
    desktop.sendCommand('export-backup');
    const fresh = window();
    expect(fresh?.contentsId).toBe(11);
    expect(fresh?.send).not.toHaveBeenCalled();
    desktop.reportState(journal, 11);
    expect(fresh?.send).toHaveBeenCalledWith({ command: 'export-backup' });
  });

  it('applies the settings to the shortcut, tray and reminder, and reports the status', () => {
    const { deps, desktop } = setUp();
    const preferences = {
      ...DEFAULT_PREFERENCES,
      showTrayIcon: true,
      reflectionReminder: { enabled: true, time: '17:30' },
    };
    desktop.preferencesChanged(preferences);
    expect(deps.shortcut.apply).toHaveBeenCalledWith('CommandOrControl+Shift+L');
    expect(deps.tray.set).toHaveBeenCalledWith(true);
    expect(deps.reminder.configure).toHaveBeenCalledWith({ enabled: true, time: '17:30' });
    expect(desktop.keepRunningWithoutWindows()).toBe(true);
    desktop.preferencesChanged({ ...preferences, showTrayIcon: false });
    expect(desktop.keepRunningWithoutWindows()).toBe(false);
    expect(desktop.status()).toEqual({
      quickCapture: { shortcut: 'CommandOrControl+Shift+L', registered: true, problem: null },
      notificationsSupported: true,
    });
  });

  it('reads --quick-capture from a command line', () => {
    expect(wantsQuickCapture(['/opt/Hindsight/hindsight', '--quick-capture'])).toBe(true);
    expect(wantsQuickCapture(['/opt/Hindsight/hindsight', '--no-sandbox'])).toBe(false);
  });
});
