import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  trays: [] as {
    image: unknown;
    tooltip?: string;
    menu?: unknown;
    destroyed: boolean;
    listeners: Map<string, () => void>;
  }[],
  emptyImage: false,
  loaded: [] as string[],
}));

vi.mock('electron', () => ({
  nativeImage: {
    createFromPath: (file: string) => {
      fake.loaded.push(file);
      return { isEmpty: () => fake.emptyImage };
    },
  },
  Menu: { buildFromTemplate: (template: unknown) => template },
  Tray: class {
    record;
    constructor(image: unknown) {
      this.record = { image, destroyed: false, listeners: new Map<string, () => void>() } as (typeof fake.trays)[0];
      fake.trays.push(this.record);
    }
    setToolTip(text: string) {
      this.record.tooltip = text;
    }
    setContextMenu(menu: unknown) {
      this.record.menu = menu;
    }
    on(event: string, listener: () => void) {
      this.record.listeners.set(event, listener);
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const { createTrayController, trayMenuTemplate } = await import('./tray');

beforeEach(() => {
  fake.trays = [];
  fake.emptyImage = false;
  fake.loaded = [];
});

const setUp = () => {
  const actions = { logSetback: vi.fn(), open: vi.fn(), quit: vi.fn() };
  const log = vi.fn();
  return { actions, log, tray: createTrayController({ ...actions, iconPath: '/app/renderer/icons/tray-32.png', log }) };
};

describe('tray', () => {
  it('its menu: Log a setback, Open Hindsight, separator, Quit Hindsight', () => {
    const { actions } = setUp();
    const template = trayMenuTemplate(actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Log a setback',
      'Open Hindsight',
      'separator',
      'Quit Hindsight',
    ]);
    for (const item of template) (item.click as (() => void) | undefined)?.();
    expect([actions.logSetback, actions.open, actions.quit].map((action) => action.mock.calls.length)).toEqual([
      1, 1, 1,
    ]);
  });

  it('is created when turned on (once), with the tooltip and menu, and destroyed when turned off', () => {
    const { tray, actions } = setUp();
    expect(tray.isShown()).toBe(false);
    expect(tray.set(true)).toBe(true);
    expect(tray.set(true)).toBe(true);
    expect(fake.trays).toHaveLength(1);
    expect(fake.loaded).toEqual(['/app/renderer/icons/tray-32.png']);
    const [created] = fake.trays;
    expect(created?.tooltip).toBe('Hindsight');
    expect((created?.menu as MenuItemConstructorOptions[])[0]?.label).toBe('Log a setback');
    created?.listeners.get('click')?.();
    expect(actions.open).toHaveBeenCalledOnce();
    expect(tray.set(false)).toBe(false);
    expect(created?.destroyed).toBe(true);
    expect(tray.isShown()).toBe(false);
    tray.set(true);
    expect(fake.trays).toHaveLength(2);
  });

  it('without its image: no tray, and a plain warning without the path', () => {
    fake.emptyImage = true;
    const { tray, log } = setUp();
    expect(tray.set(true)).toBe(false);
    expect(fake.trays).toHaveLength(0);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]?.[0])).not.toContain('/app');
  });
});
