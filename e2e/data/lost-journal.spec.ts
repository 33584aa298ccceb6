import { expect, test, type Page } from '@playwright/test';

/**
 * Plays the desktop's preload bridge in browser mode: main "remembers" a journal of 12
 * setbacks from its automatic backups, while this browser's journal is empty.
 */
async function pretendDesktopRemembering(page: Page, entries: number) {
  await page.addInitScript((remembered) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    Object.defineProperty(window, 'hindsight', {
      value: Object.freeze({
        'app.info': () =>
          ok({
            name: 'Hindsight',
            version: '0.1.0',
            platform: 'linux',
            electron: '45.4.1',
            chrome: '142',
            dataPath: '/d',
          }),
        'pdf.export': () => ok({ saved: false }),
        'backup.save': () => ok({ saved: false }),
        'backup.open': () => ok({ opened: false }),
        'backup.list': () => {
          Object.assign(window, { __backupsListed: true });
          return ok({ backups: [], lastKnown: { entries: remembered, stories: remembered === 0 ? 0 : 3 } });
        },
        'backup.writeAutomatic': () => ok({ written: false }),
        'backup.readAutomatic': () => Promise.resolve({ ok: false, error: 'none' }),
      }),
    });
  }, entries);
}

test('an empty journal that the backups remember stops and offers to restore', async ({ page }) => {
  await pretendDesktopRemembering(page, 12);
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { name: 'Your journal looks empty' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('12 setbacks and 3 stories');
  await expect(page.getByRole('button', { name: 'Log a setback' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore from automatic backup' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Restore from automatic backup' })).toBeVisible();
});

test('starting fresh anyway is a deliberate choice', async ({ page }) => {
  await pretendDesktopRemembering(page, 12);
  await page.goto('/#/journal');
  await page.getByRole('button', { name: 'Start a new journal anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log a setback' })).toBeVisible();
});

test('a journal the backups do not know about opens normally', async ({ page }) => {
  await pretendDesktopRemembering(page, 0);
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  // The guard has asked main what it remembers; only then is "no guard" a real answer.
  await page.waitForFunction(() => '__backupsListed' in window);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await expect(page.getByRole('dialog', { name: 'Log a setback' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your journal looks empty' })).toHaveCount(0);
});
