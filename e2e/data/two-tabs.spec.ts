import { expect, test } from '@playwright/test';
import { logSetback, openJournal, openSetback, waitForSaved } from '../pages/journal';

test('a save in one tab over text written in another keeps that text in the history, one click away', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Shared', whatHappened: 'The first account.', type: 'Judgment' });
  await openSetback(page, 'Shared');
  await page.getByRole('textbox', { name: 'Title' }).fill('Shared, edited');
  await waitForSaved(page);

  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.getByRole('textbox', { name: 'What happened' }).fill('The account written in the second tab.');
  await waitForSaved(other);
  await other.close();

  // The first tab still holds its own text, and saves over the second tab's.
  await page.getByRole('textbox', { name: 'Title' }).fill('Shared, edited again');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('The first account.');

  const versions = page
    .getByRole('region', { name: 'History' })
    .getByRole('list', { name: 'Earlier versions' })
    .getByRole('listitem');
  await versions
    .first()
    .getByRole('button', { name: /Go back to this version/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue(
    'The account written in the second tab.',
  );
});
