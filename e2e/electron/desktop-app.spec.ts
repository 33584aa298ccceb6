import { expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary';
import { freshUserDataDir, launchHindsight, skipWithoutElectron } from './launch';

const binary = findElectronBinary();

test.describe('desktop app (real Electron)', () => {
  skipWithoutElectron(binary, 'desktop app');

  test('opens the journal from app://, with the bridge and no Node in the page', async () => {
    if (!binary.available) return;
    const userData = freshUserDataDir();
    const app = await launchHindsight(binary.path, userData.dir);
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
      expect(window.url()).toMatch(/^app:\/\/hindsight\//);
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const info = await window.evaluate(() =>
        (window as unknown as { hindsight: { 'app.info': (input: object) => Promise<unknown> } }).hindsight['app.info'](
          {},
        ),
      );
      expect(info).toMatchObject({ ok: true, value: { name: expect.any(String) } });
    } finally {
      await app.close();
      userData.remove();
    }
  });
});
