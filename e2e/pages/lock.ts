import { expect, type Page } from '@playwright/test';
import { openSettings } from './journal';

export const PASSPHRASE = 'correct horse battery staple';

/** Turns the lock on from Settings; returns the recovery key it showed. */
export async function turnOnLock(page: Page): Promise<string> {
  const key = await startTurningOnLock(page);
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 60_000 });
  return key;
}

/** Settings → Lock with a passphrase → the recovery key → Done: the journal starts moving into the lock. */
export async function startTurningOnLock(page: Page): Promise<string> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Lock with a passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on lock' }).click();
  const recovery = page.getByLabel('Recovery key');
  await expect(recovery).toBeVisible({ timeout: 30_000 });
  const key = (await recovery.textContent()) ?? '';
  expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  await page.getByRole('button', { name: 'Done' }).click();
  return key;
}

export const lockScreen = (page: Page) => page.getByRole('heading', { name: 'Hindsight is locked' });

export async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockScreen(page)).toBeVisible();
}

export async function unlock(page: Page, passphrase = PASSPHRASE) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
