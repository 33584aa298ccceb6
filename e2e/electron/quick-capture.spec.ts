import { expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary';
import { journalList } from '../pages/journal';
import { freshUserDataDir, launchHindsight, skipWithoutElectron } from './launch';

const binary = findElectronBinary();

test.describe('quick capture (real Electron)', () => {
  skipWithoutElectron(binary, 'quick capture');

  test('--quick-capture opens the small form; Enter saves; the main window shows the setback', async () => {
    if (!binary.available) return;
    const userData = freshUserDataDir();
    try {
      const capture = await launchHindsight(binary.path, userData.dir, ['--quick-capture']);
      try {
        const window = await capture.firstWindow();
        await expect(window).toHaveURL(/^app:\/\/hindsight\/index\.html#\/quick-capture$/);
        // Only the quick capture window opens on a first launch with the flag.
        expect(capture.windows()).toHaveLength(1);
        await window.getByRole('textbox', { name: 'Title' }).fill('Missed the release cut-off');
        await window.getByRole('textbox', { name: 'What happened' }).fill('The build was late by a day.');
        await window
          .getByRole('radiogroup', { name: 'Type', exact: true })
          .getByRole('radio', { name: 'Technical' })
          .check();
        const closed = window.waitForEvent('close');
        await window.getByRole('textbox', { name: 'Title' }).press('Enter');
        // The form closes itself once saved; with no tray icon the app then quits.
        await closed;
      } finally {
        await capture.close().catch(() => undefined);
      }

      const app = await launchHindsight(binary.path, userData.dir);
      try {
        const main = await app.firstWindow();
        await expect(main.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
        await expect(journalList(main).getByRole('link', { name: /Missed the release cut-off/ })).toBeVisible();
      } finally {
        await app.close();
      }
    } finally {
      userData.remove();
    }
  });
});
