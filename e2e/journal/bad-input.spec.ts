import { expect, test } from '@playwright/test';
import { captureDialog, fillCapture, journalList, logSetback, openJournal, waitForSaved } from '../pages/journal';

test('capture refuses an empty title and a missing type, keeping what was typed', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  const dialog = captureDialog(page);
  await dialog.getByRole('textbox', { name: 'What happened' }).fill('Something I want to keep.');
  await dialog.getByRole('textbox', { name: 'Tags' }).fill('keep, me');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Give this setback a short title' })).toBeVisible();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Choose the kind of setback' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue('Something I want to keep.');
  await expect(dialog.getByRole('textbox', { name: 'Tags' })).toHaveValue('keep, me');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Title' }).fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Give this setback a short title' })).toBeVisible();

  await fillCapture(page, { title: 'Now it has a title', type: 'Judgment' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(journalList(page).getByRole('listitem')).toHaveText([/^Now it has a title.*#keep.*#me/]);
});

test('capture refuses a missing or future date and a field over 20,000 characters', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  const dialog = captureDialog(page);
  await fillCapture(page, { title: 'Dates', type: 'Technical', when: '' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'Enter a real date' })).toBeVisible();
  await dialog.getByLabel('When').fill('2999-01-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'in the future' })).toBeVisible();
  await dialog.getByLabel('When').fill('2025-05-05');

  const huge = 'x'.repeat(20_001);
  await dialog.getByRole('textbox', { name: 'What happened' }).fill(huge);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'too long' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue(huge);
  await dialog.getByRole('textbox', { name: 'What happened' }).press('End');
  await dialog.getByRole('textbox', { name: 'What happened' }).press('Backspace');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
});

test('on the entry page an emptied title is flagged, not saved, and the other fields still save', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Keep my title', type: 'Technical' });
  await journalList(page)
    .getByRole('link', { name: /Keep my title/ })
    .click();
  await page.getByRole('textbox', { name: 'Title' }).fill('');
  await expect(page.getByRole('alert').filter({ hasText: 'Give this setback a short title' })).toBeVisible();
  await page.getByRole('textbox', { name: 'What I did' }).fill('Rolled back within the hour.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved, except the fields marked below' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Keep my title');
  await expect(page.getByRole('textbox', { name: 'What I did' })).toHaveValue('Rolled back within the hour.');
});

test('a failed write (disk full) shows an alert and keeps the text in the form', async ({ page }) => {
  await page.addInitScript(() => {
    const failing = { on: false };
    Object.defineProperty(window, '__failWrites', { set: (value: boolean) => (failing.on = value) });
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (failing.on) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await openJournal(page);
  await logSetback(page, { title: 'Written before the disk filled', type: 'Technical' });
  await page.evaluate(() => Object.assign(window, { __failWrites: true }));

  await page.getByRole('button', { name: 'Log a setback' }).click();
  const dialog = captureDialog(page);
  await fillCapture(page, { title: 'Will not fit', whatHappened: 'Precious words.', type: 'Strategic' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('full');
  await expect(dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue('Precious words.');
  await page.keyboard.press('Escape');

  await journalList(page)
    .getByRole('link', { name: /Written before the disk filled/ })
    .click();
  await page.getByRole('textbox', { name: 'What I learned' }).fill('Words that must not vanish.');
  await expect(page.getByRole('alert')).toContainText('full');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What I learned' })).toHaveValue('Words that must not vanish.');

  await page.evaluate(() => Object.assign(window, { __failWrites: false }));
  await page.getByRole('textbox', { name: 'What I learned' }).press('End');
  await page.getByRole('textbox', { name: 'What I learned' }).pressSequentially('!');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What I learned' })).toHaveValue('Words that must not vanish.!');
});

test('markup in a title shows as text and runs nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await openJournal(page);
  await logSetback(page, {
    title: payload,
    whatHappened: '<b>bold?</b> [link](javascript:alert(1))',
    type: 'Technical',
    tags: '<svg onload=alert(1)>',
  });
  const row = journalList(page).getByRole('listitem').first();
  await expect(row).toContainText(payload);
  await expect(row.locator('img, script, svg')).toHaveCount(0);
  await row.getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
