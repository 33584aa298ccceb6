import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn((template: unknown) => template) } }));

const { buildMenu } = await import('./menu');

/** Every role anywhere in the menu template. */
function roles(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: { role?: string; submenu?: unknown }) => [
    ...(item.role ? [item.role] : []),
    ...roles(item.submenu),
  ]);
}

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers no developer tools or reload in a packaged build (%s)',
    (platform) => {
      const found = roles(buildMenu(platform, false));
      expect(found).toContain('editMenu');
      expect(found).not.toContain('toggleDevTools');
      expect(found).not.toContain('reload');
      expect(found).not.toContain('forceReload');
    },
  );

  it('offers them while developing', () => {
    expect(roles(buildMenu('linux', true))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
