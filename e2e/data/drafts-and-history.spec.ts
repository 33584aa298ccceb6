import { expect, test } from '@playwright/test';
import { captureDialog, fillCapture, logSetback, openJournal, openSetback, waitForSaved } from '../pages/journal';

test('the capture draft survives a reload and is cleared by Save', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await fillCapture(page, {
    title: 'Half written',
    whatHappened: 'The migration ran twice',
    type: 'Judgment',
    tags: 'ops, da',
  });
  // The draft is stored within 500 ms of the last keystroke.
  await page.waitForTimeout(500);
  await page.reload();
  const dialog = captureDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Half written');
  await expect(dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue('The migration ran twice');
  await expect(dialog.getByRole('textbox', { name: 'Tags' })).toHaveValue('ops, da');
  await expect(dialog.getByRole('radio', { name: 'Judgment' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('');
});

test('an earlier version is listed with what changed and restored in one click', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Versioned', whatHappened: 'I blamed the vendor.', type: 'Judgment' });
  await openSetback(page, 'Versioned');
  await page.getByRole('textbox', { name: 'What happened' }).fill('I skipped the vendor review myself.');
  await waitForSaved(page);
  const history = page.getByRole('region', { name: 'History' });
  const versions = history.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(1);
  await versions
    .first()
    .getByRole('button', { name: /Show changes/ })
    .click();
  await expect(history.getByRole('deletion').first()).toContainText('blamed');
  await versions
    .first()
    .getByRole('button', { name: /Go back to this version/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');
  // The text it replaced is kept as a version too.
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Before restoring an older version');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');
});

test('right after restoring a version, another setback opened from the address bar shows its own text', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Older setback', whatHappened: 'The vendor slipped.', type: 'Technical' });
  await logSetback(page, { title: 'Versioned', whatHappened: 'I blamed the vendor.', type: 'Judgment' });
  await openSetback(page, 'Older setback');
  const olderHash = new URL(page.url()).hash;
  await openJournal(page);
  await openSetback(page, 'Versioned');
  await page.getByRole('textbox', { name: 'What happened' }).fill('I skipped the vendor review myself.');
  await waitForSaved(page);
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /Go back to this version/ }).click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');

  await page.evaluate((hash) => (window.location.hash = hash), olderHash);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Older setback');
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('The vendor slipped.');
});
