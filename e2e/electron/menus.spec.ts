import { expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';
import { freshUserDataDir, launchHindsight, skipWithoutElectron } from './launch';

const binary = findElectronBinary();

interface MenuItemFacts {
  label: string;
  role: string | undefined;
  type: string;
  enabled: boolean;
}

/** The File menu's items as the main process has them. */
function fileMenu(app: ElectronApplication): Promise<MenuItemFacts[]> {
  return app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    return (file?.submenu?.items ?? []).map((item) => ({
      label: item.label,
      role: item.role,
      type: item.type,
      enabled: item.enabled,
    }));
  });
}

const enabled = async (app: ElectronApplication, label: string) =>
  (await fileMenu(app)).find((item) => item.label === label)?.enabled;

test.describe('menus (real Electron)', () => {
  skipWithoutElectron(binary, 'menus');

  test('File has the journal commands; Export PDF applies only on a story', async () => {
    if (!binary.available) return;
    const userData = freshUserDataDir();
    const app = await launchHindsight(binary.path, userData.dir);
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
      // Enabled once the renderer has reported the journal open.
      await expect.poll(() => enabled(app, 'Log a setback')).toBe(true);
      const items = await fileMenu(app);
      expect(items.filter((item) => item.type !== 'separator' && !item.role).map((item) => item.label)).toEqual([
        'Log a setback',
        'Export PDF…',
        'Export backup…',
        'Import backup…',
        'Lock now',
      ]);
      expect(await enabled(app, 'Export PDF…')).toBe(false);
      expect(await enabled(app, 'Lock now')).toBe(false);

      await logReflectedSetback(window, migrationSetback);
      await promoteToStory(window);
      await expect.poll(() => enabled(app, 'Export PDF…')).toBe(true);

      await window.getByRole('link', { name: 'Journal' }).click();
      await expect.poll(() => enabled(app, 'Export PDF…')).toBe(false);
    } finally {
      await app.close();
      userData.remove();
    }
  });
});
