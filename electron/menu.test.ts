import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { DesktopState } from '../shared/ipc/desktop-contract';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn((template: unknown) => template) } }));

const { buildMenu, createMenuUpdater, menuTemplate } = await import('./menu');
const { aboutDialogOptions, showAboutDialog } = await import('./about-dialog');

type Item = MenuItemConstructorOptions;

/** Every role anywhere in the menu template. */
function roles(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: { role?: string; submenu?: unknown }) => [
    ...(item.role ? [item.role] : []),
    ...roles(item.submenu),
  ]);
}

const journal: DesktopState = { journalOpen: true, storyOpen: false, lockOn: false, unreflected: [] };

function template(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const send = vi.fn();
  const about = vi.fn();
  const items = menuTemplate({ platform: 'linux', developer: false, state: journal, send, about, ...overrides });
  const submenu = (label: string) => (items.find((item) => item.label === label)?.submenu ?? []) as Item[];
  const item = (menu: string, label: string) => submenu(menu).find((entry) => entry.label === label);
  const click = (menu: string, label: string) => (item(menu, label)?.click as (() => void) | undefined)?.();
  return { items, submenu, item, click, send, about };
}

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers no developer tools or reload in a packaged build (%s)',
    (platform) => {
      const found = roles(buildMenu({ platform, developer: false, state: null, send: vi.fn(), about: vi.fn() }));
      expect(found).toContain('selectAll');
      expect(found).not.toContain('toggleDevTools');
      expect(found).not.toContain('reload');
      expect(found).not.toContain('forceReload');
    },
  );

  it('offers them while developing', () => {
    expect(roles(template({ developer: true }).items)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('File: the journal commands, then close and (except on macOS) quit', () => {
    const { submenu } = template();
    expect(submenu('File').map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Log a setback',
      'Export PDF…',
      'separator',
      'Export backup…',
      'Import backup…',
      'separator',
      'Lock now',
      'separator',
      'close',
      'quit',
    ]);
    expect(template({ platform: 'darwin' }).submenu('File').at(-1)?.role).toBe('close');
    expect(roles(template({ platform: 'darwin' }).items)[0]).toBe('appMenu');
    expect(roles(template().items)).not.toContain('appMenu');
  });

  it('accelerators: Ctrl/Cmd+N, Find on Ctrl/Cmd+F, Lock now off the quick-capture shortcut', () => {
    const { item } = template();
    expect(item('File', 'Log a setback')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item('File', 'Lock now')?.accelerator).toBe('CmdOrCtrl+Shift+K');
    expect(item('Edit', 'Find')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('before the renderer reports anything, every journal command is disabled', () => {
    const { submenu } = template({ state: null });
    const commands = [...submenu('File'), ...submenu('Edit')].filter((item) => item.click);
    expect(commands).toHaveLength(6);
    expect(commands.every((item) => item.enabled === false)).toBe(true);
  });

  it('enables each command only where it applies', () => {
    const enabled = (state: DesktopState) => {
      const { submenu } = template({ state });
      return [...submenu('File'), ...submenu('Edit')]
        .filter((item) => item.click && item.enabled)
        .map((item) => item.label);
    };
    expect(enabled(journal)).toEqual(['Log a setback', 'Export backup…', 'Import backup…', 'Find']);
    expect(enabled({ ...journal, storyOpen: true })).toContain('Export PDF…');
    expect(enabled({ ...journal, lockOn: true })).toContain('Lock now');
    expect(enabled({ journalOpen: false, storyOpen: true, lockOn: true })).toEqual([]);
  });

  it('each command item sends its command', () => {
    const { click, send } = template({ state: { ...journal, storyOpen: true, lockOn: true } });
    for (const [menu, label] of [
      ['File', 'Log a setback'],
      ['File', 'Export PDF…'],
      ['File', 'Export backup…'],
      ['File', 'Import backup…'],
      ['File', 'Lock now'],
      ['Edit', 'Find'],
    ] as const) {
      click(menu, label);
    }
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'log-setback',
      'export-pdf',
      'export-backup',
      'import-backup',
      'lock-now',
      'find',
    ]);
  });

  it('Edit has the standard roles; View zooms and goes full screen; Help has About', () => {
    const { submenu, about, items } = template();
    expect(roles(submenu('Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
    expect(roles(submenu('View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(items)).toContain('windowMenu');
    const help = items.find((item) => item.role === 'help')?.submenu as Item[];
    (help[0]?.click as () => void)();
    expect(help[0]?.label).toBe('About Hindsight');
    expect(about).toHaveBeenCalledOnce();
  });
});

describe('menu updates', () => {
  it('rebuilds only when the reported state changes', () => {
    const apply = vi.fn();
    const update = createMenuUpdater(apply);
    update(null);
    update(journal);
    update({ ...journal });
    update({ ...journal, storyOpen: true });
    expect(apply.mock.calls).toEqual([[null], [journal], [{ ...journal, storyOpen: true }]]);
  });
});

describe('About Hindsight', () => {
  const app = { getName: () => 'Hindsight', getVersion: () => '0.1.0', getPath: () => '/home/ana/.config/Hindsight' };

  it('shows the name, version and data folder, and can open that folder', async () => {
    const options = aboutDialogOptions(app);
    expect(options.message).toBe('Hindsight 0.1.0');
    expect(options.detail).toContain('/home/ana/.config/Hindsight');
    const openPath = vi.fn(() => Promise.resolve(''));
    await showAboutDialog({ app, openPath, showMessageBox: () => Promise.resolve({ response: 0 }) }, null);
    expect(openPath).toHaveBeenCalledWith('/home/ana/.config/Hindsight');
    openPath.mockClear();
    await showAboutDialog({ app, openPath, showMessageBox: () => Promise.resolve({ response: 1 }) }, null);
    expect(openPath).not.toHaveBeenCalled();
  });
});
