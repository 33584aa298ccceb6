import { expect, test, type Page } from '@playwright/test';
import { logSetback, openJournal, openSetback, waitForSaved } from '../pages/journal';

const broughtBack = (page: Page) =>
  page.getByRole('note').filter({ hasText: 'could not be saved when you left this setback are back in the form' });

test('text that could not be saved (the disk was full) comes back when the setback is opened again', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Disk full', whatHappened: 'The first account.', type: 'Technical' });
  await openSetback(page, 'Disk full');
  const what = page.getByRole('textbox', { name: 'What happened' });

  // Every write now fails as a full disk does (and is counted).
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    const counted = window as Window & { failedPuts?: number };
    counted.failedPuts = 0;
    store.realPut = store.put;
    store.put = () => {
      counted.failedPuts = (counted.failedPuts ?? 0) + 1;
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await what.fill('The account typed while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await page.getByRole('link', { name: '← All setbacks' }).click();
  // Leaving tries once more (the autosave failed once already): wait until that failed too.
  await page.waitForFunction(() => ((window as Window & { failedPuts?: number }).failedPuts ?? 0) >= 2);

  // Space is freed; the setback is opened again.
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put'] };
    if (store.realPut) store.put = store.realPut;
  });
  await openSetback(page, 'Disk full');
  await expect(broughtBack(page)).toBeVisible();
  await expect(what).toHaveValue('The account typed while the disk was full.');
  await waitForSaved(page);
  await page.reload();
  await expect(what).toHaveValue('The account typed while the disk was full.');
});

test('a field left invalid comes back with its text, not the stored one', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Long one', whatHappened: 'Short.', type: 'Judgment' });
  await openSetback(page, 'Long one');
  const what = page.getByRole('textbox', { name: 'What happened' });
  const tooLong = 'word '.repeat(4_001);
  await what.fill(tooLong);
  await expect(page.getByText('What happened is too long')).toBeVisible();
  await page.getByRole('link', { name: '← All setbacks' }).click();

  await openSetback(page, 'Long one');
  await expect(broughtBack(page)).toBeVisible();
  await expect(what).toHaveValue(tooLong);
  await expect(page.getByText('What happened is too long')).toBeVisible();
});

test('restoring an earlier version over an invalid field shows the version, not the draft it replaced', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Versioned', whatHappened: 'I blamed the vendor.', type: 'Judgment' });
  await openSetback(page, 'Versioned');
  await page.getByRole('textbox', { name: 'What happened' }).fill('I skipped the vendor review myself.');
  await waitForSaved(page);
  await page.getByRole('textbox', { name: 'Title' }).fill('');
  await page
    .getByRole('region', { name: 'History' })
    .getByRole('button', { name: /Go back to this version/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Versioned');
  await expect(broughtBack(page)).toBeHidden();
});
