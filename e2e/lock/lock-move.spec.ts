import { expect, test } from '@playwright/test';
import { captureDialog, journalList, logSetback, openJournal, seedJournal } from '../pages/journal';
import { lockNow, lockScreen, startTurningOnLock, unlock } from '../pages/lock';

// Long enough that the move takes several seconds here (and still one or two on a machine
// three times faster): time to write while it runs. The test checks it did.
const SEEDED = 10_000;

test('while the journal moves into the lock the app stays in use, and what is written meanwhile is kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openJournal(page);
  await seedJournal(page, SEEDED);
  // Read again: the seeded rows were written past the app.
  await page.reload();
  await expect(journalList(page).getByRole('link', { name: /Setback 1\b/ })).toBeVisible();
  await startTurningOnLock(page);

  const moving = page.getByRole('complementary', { name: 'Locking your journal' });
  await expect(moving).toBeVisible();
  await expect(moving.getByRole('progressbar', { name: 'Locking your journal' })).toBeVisible();
  // Settings says so, and nothing there can start another move or erase the journal meanwhile.
  await expect(page.getByRole('button', { name: 'Lock with a passphrase' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Erase everything…' })).toBeDisabled();
  await logSetback(page, { title: 'Written while the lock went on', type: 'Judgment' });
  await expect(moving).toBeVisible();

  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 90_000 });
  await expect(moving).toHaveCount(0);
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('link', { name: /Written while the lock went on/ })).toBeVisible();

  await lockNow(page);
  await unlock(page);
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('link', { name: /Written while the lock went on/ })).toBeVisible();
});

test('another window saves what it was typing and waits while the journal moves, then asks for the passphrase', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openJournal(page);
  await seedJournal(page, 1500);
  const other = await context.newPage();
  await openJournal(other);
  await other.getByRole('button', { name: 'Log a setback' }).click();
  await captureDialog(other).getByRole('textbox', { name: 'Title' }).fill('Typed in the other window');

  // Not reloaded: this window would offer the other window's draft, saved meanwhile, at once.
  await startTurningOnLock(page);
  await expect(other.getByRole('heading', { name: 'Locking your journal' })).toBeVisible();
  // The draft was saved: once the move is over, this window offers it too.
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Typed in the other window', {
    timeout: 90_000,
  });

  // The other window starts again, locked now, and its draft is there once unlocked.
  await expect(lockScreen(other)).toBeVisible({ timeout: 30_000 });
  await unlock(other);
  await expect(captureDialog(other).getByRole('textbox', { name: 'Title' })).toHaveValue('Typed in the other window');
});
