import { expect, test } from '@playwright/test';
import { journalList, journalRows, openJournal, openSetback, seedJournal } from '../pages/journal';

test('a long journal scrolls far down, reading pages as it goes, and rows stay reachable', async ({ page }) => {
  await openJournal(page);
  await seedJournal(page, 1200);
  await page.reload();
  await expect(journalRows(page).first()).toHaveText(/^Setback 1(?!\d)/);
  // Only the rows near the viewport are in the page, not 1,200 of them.
  expect(await journalRows(page).count()).toBeLessThan(60);

  // Scroll down until row 400 is rendered: several pages of 50 have to be read for it.
  const target = journalList(page).getByRole('link', { name: /^Setback 400(?!\d)/ });
  await page.locator('.entry-list').hover();
  // Steps shorter than the viewport (820 px), so the row cannot be scrolled past unseen.
  for (let step = 0; step < 500 && !(await target.isVisible()); step++) await page.mouse.wheel(0, 600);
  await expect(target).toBeVisible();
  await expect(
    journalList(page)
      .getByRole('listitem')
      .filter({ hasText: /^Setback 400(?!\d)/ }),
  ).toHaveAttribute('aria-posinset', '400');
  expect(await journalRows(page).count()).toBeLessThan(60);

  // Tab walks on from a row to the next one, even across what was not rendered before.
  await target.focus();
  for (let press = 0; press < 30; press++) await page.keyboard.press('Tab');
  await expect(journalList(page).getByRole('link', { name: /^Setback 430(?!\d)/ })).toBeFocused();

  await openSetback(page, 'Setback 430');
});

test('a saved setback appears in its place in a long, paged journal', async ({ page }) => {
  await openJournal(page);
  await seedJournal(page, 300);
  await page.reload();
  await expect(journalRows(page).first()).toHaveText(/^Setback 1(?!\d)/);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a setback' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Newest of all');
  await dialog.getByRole('radiogroup', { name: 'Type', exact: true }).getByRole('radio', { name: 'Judgment' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(journalRows(page).first()).toHaveText(/^Newest of all/);
  await expect(journalRows(page).nth(1)).toHaveText(/^Setback 1(?!\d)/);
});
