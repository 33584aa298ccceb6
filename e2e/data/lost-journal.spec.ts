import { expect, test, type Page } from '@playwright/test';
import { bridgeCalls, pretendDesktop } from '../support/fake-desktop';

/** Main "remembers" a journal of `entries` setbacks from its automatic backups. */
const pretendDesktopRemembering = (page: Page, entries: number) =>
  pretendDesktop(page, { list: { backups: [], lastKnown: { entries, stories: entries === 0 ? 0 : 3 } } });

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
  await expect.poll(async () => (await bridgeCalls(page)).includes('backup.list')).toBe(true);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await expect(page.getByRole('dialog', { name: 'Log a setback' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your journal looks empty' })).toHaveCount(0);
});
