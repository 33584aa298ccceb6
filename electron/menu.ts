import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { DesktopCommand, DesktopState } from '../shared/ipc/desktop-contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Outside packaged builds: reload and the developer tools. */
  developer: boolean;
  /** What the main window last reported; null until it has reported anything. */
  state: DesktopState | null;
  /**
   * Sends a command to the main window (showing it first). `from`: the window focused when
   * it was chosen (on macOS the menu is the whole app's, so that may be quick capture).
   */
  send: (command: DesktopCommand, from: BaseWindow | undefined) => void;
  /** Help → About Hindsight. */
  about: () => void;
}

/**
 * The application menu as a template, so it can be checked without Electron. Journal
 * commands are disabled until the renderer has said the journal is open; each sends one
 * command to the main window, which does the work.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const state = options.state;
  const journalOpen = state?.journalOpen ?? false;
  const command = (label: string, name: DesktopCommand, enabled: boolean, accelerator?: string) => ({
    label,
    enabled,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: (_item: unknown, from: BaseWindow | undefined) => options.send(name, from),
  });
  const separator = { type: 'separator' as const };
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('Log a setback', 'log-setback', journalOpen, 'CmdOrCtrl+N'),
        command('Export PDF…', 'export-pdf', journalOpen && (state?.storyOpen ?? false)),
        separator,
        command('Export backup…', 'export-backup', journalOpen),
        command('Import backup…', 'import-backup', journalOpen),
        separator,
        // CmdOrCtrl+Shift+L is the global quick-capture shortcut.
        command('Lock now', 'lock-now', journalOpen && (state?.lockOn ?? false), 'CmdOrCtrl+Shift+K'),
        separator,
        { role: 'close' },
        ...(mac ? [] : [{ role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
        separator,
        command('Find', 'find', journalOpen, 'CmdOrCtrl+F'),
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(options.developer ? [separator, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Hindsight', click: options.about }] },
  ];
}

/** Builds the application menu from `menuTemplate`. */
export function buildMenu(options: MenuOptions): Menu {
  return Menu.buildFromTemplate(menuTemplate(options));
}

/**
 * Keeps the application menu in step with the reported state: rebuilt only when the state
 * changes (a rebuild resets an open menu and costs a native round trip).
 */
export function createMenuUpdater(apply: (state: DesktopState | null) => void) {
  let current: string | undefined;
  return (state: DesktopState | null): void => {
    const key = JSON.stringify(state);
    if (key === current) return;
    current = key;
    apply(state);
  };
}
