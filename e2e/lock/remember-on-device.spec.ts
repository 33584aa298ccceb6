import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal, openSettings } from '../pages/journal';
import { lockNow, lockScreen, turnOnLock, unlock } from '../pages/lock';
import { bridgeCalls, pretendDesktop } from '../support/fake-desktop';

const WORD = 'lanternfish';
const remember = (page: Page) => page.getByRole('checkbox', { name: 'Remember on this device' });

/** Hindsight started afresh on this computer: a new window, the same journal and keychain. */
async function startAgain(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await pretendDesktop(page);
  await page.goto('/');
  return page;
}

test('remember on this device: opens at start without the passphrase, never after locking on purpose', async ({
  page,
  context,
}) => {
  await pretendDesktop(page);
  await openJournal(page);
  await logSetback(page, { title: `The ${WORD} release`, type: 'Technical' });
  await turnOnLock(page);
  await openSettings(page);
  await expect(remember(page)).not.toBeChecked();
  await remember(page).click();
  await expect(remember(page)).toBeChecked();
  // The keychain holds the key; the journal's own database holds only a check on it.
  expect(await page.evaluate(() => localStorage.getItem('keychain'))).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  await page.close();

  const started = await startAgain(context);
  await expect(journalList(started).getByRole('link', { name: new RegExp(WORD) })).toBeVisible();
  await expect(lockScreen(started)).toHaveCount(0);

  // Lock now asks for the passphrase, also after a reload of the same window.
  await lockNow(started);
  await started.reload();
  await expect(lockScreen(started)).toBeVisible();
  await expect(started.getByText(WORD)).toHaveCount(0);
  await unlock(started);
  await expect(started.getByRole('button', { name: 'Lock now' })).toBeVisible();

  // Turned off: the keychain forgets the key, and the next start asks again.
  await openSettings(started);
  await remember(started).click();
  await expect(remember(started)).not.toBeChecked();
  expect(await started.evaluate(() => localStorage.getItem('keychain'))).toBeNull();
  await started.close();
  const asked = await startAgain(context);
  await expect(lockScreen(asked)).toBeVisible();
});

test('a key in the keychain that is not this journal’s opens nothing, and is forgotten', async ({ page, context }) => {
  await pretendDesktop(page);
  await openJournal(page);
  await turnOnLock(page);
  await openSettings(page);
  await remember(page).click();
  await expect(remember(page)).toBeChecked();
  // Another lock's key left behind (or a tampered keychain entry).
  await page.evaluate(() => localStorage.setItem('keychain', btoa(String.fromCharCode(...new Uint8Array(32).fill(9)))));
  await page.close();

  const started = await startAgain(context);
  await expect(lockScreen(started)).toBeVisible();
  expect(await bridgeCalls(started)).toContain('lock.forgetKey');
  expect(await started.evaluate(() => localStorage.getItem('keychain'))).toBeNull();
  await unlock(started);
  await expect(started.getByRole('button', { name: 'Lock now' })).toBeVisible();
});

test('where the keychain keeps secrets as plain text, the choice is refused with the reason', async ({ page }) => {
  const problem = 'This computer has no keyring Hindsight can use, so it cannot keep the key safely here.';
  await pretendDesktop(page, { keychain: { available: false, problem } });
  await openJournal(page);
  await turnOnLock(page);
  await openSettings(page);
  await expect(remember(page)).toBeDisabled();
  await expect(page.getByText(problem)).toBeVisible();
});
