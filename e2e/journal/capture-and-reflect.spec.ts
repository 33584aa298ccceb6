import { expect, test } from '@playwright/test';
import { captureDialog, journalList, logSetback, openJournal, tabTo, waitForSaved } from '../pages/journal';

test('capture, list, open, reflect, reload: everything persists', async ({ page }) => {
  await openJournal(page);
  await expect(page.getByRole('heading', { name: /Nothing logged yet/ })).toBeVisible();

  await logSetback(page, {
    title: 'Checkout launch slipped six weeks',
    whatHappened: 'The checkout redesign shipped six weeks late and 40% over budget.',
    when: '2026-03-14',
    type: 'Strategic',
    stakes: 'High',
    tags: 'Launches,  planning, launches, vendor',
  });

  const row = journalList(page).getByRole('listitem').filter({ hasText: 'Checkout launch slipped six weeks' });
  await expect(row).toContainText('Strategic');
  await expect(row).toContainText('#launches');
  await expect(row).toContainText('#planning');
  await expect(row).toContainText('#vendor');
  await expect(row).toContainText('Waiting for reflection');
  await expect(row.getByText('#launches')).toHaveCount(1);

  await row.getByRole('link').click();
  await expect(page).toHaveURL(/#\/journal\/[\w-]+$/);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout launch slipped six weeks');
  await expect(page.getByRole('textbox', { name: 'Tags' })).toHaveValue('launches, planning, vendor');
  await expect(page.getByRole('radiogroup', { name: 'Stakes' }).getByRole('radio', { name: 'High' })).toBeChecked();

  await page
    .getByRole('textbox', { name: 'Why it happened' })
    .fill('I did not validate the vendor timeline, and I did not escalate when it slipped.');
  await page
    .getByRole('textbox', { name: 'What I did' })
    .fill('I reset expectations with the team and built a phased recovery plan.');
  await page
    .getByRole('textbox', { name: 'What I learned' })
    .fill('Validate the riskiest assumption in the first week.');
  await page
    .getByRole('textbox', { name: 'What I changed since' })
    .fill('A launch checklist with weekly risk reviews; used on three launches since.');
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Why it happened' })).toHaveValue(
    /did not validate the vendor timeline/,
  );
  await expect(page.getByRole('textbox', { name: 'What I changed since' })).toHaveValue(/three launches since/);

  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('listitem').first()).toContainText('Reflected');
});

test('edits on the entry page save automatically and survive a reload', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Missed the hiring signal', type: 'Judgment' });
  await journalList(page)
    .getByRole('link', { name: /Missed the hiring signal/ })
    .click();

  await page.getByRole('textbox', { name: 'Title' }).fill('Hired for brilliance, not collaboration');
  await page.getByRole('radiogroup', { name: 'Type', exact: true }).getByRole('radio', { name: 'Strategic' }).check();
  await page.getByRole('textbox', { name: 'Tags' }).fill('hiring, team, cult');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Hired for brilliance, not collaboration');
  await expect(
    page.getByRole('radiogroup', { name: 'Type', exact: true }).getByRole('radio', { name: 'Strategic' }),
  ).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Tags' })).toHaveValue('hiring, team, cult');

  // "How it felt" is optional: written, then emptied, it stays empty.
  const felt = page.getByRole('textbox', { name: 'How it felt (private)' });
  await felt.fill('Stung, then curious.');
  await waitForSaved(page);
  await page.reload();
  await expect(felt).toHaveValue('Stung, then curious.');
  await felt.fill('');
  await waitForSaved(page);
  await page.reload();
  await expect(felt).toHaveValue('');
});

test('the journal lists setbacks newest first', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Oldest', type: 'Technical', when: '2024-01-10' });
  await logSetback(page, { title: 'Newest', type: 'Technical', when: '2026-02-01' });
  await logSetback(page, { title: 'Middle', type: 'Technical', when: '2025-06-30' });
  await expect(journalList(page).getByRole('listitem')).toHaveText([/^Newest/, /^Middle/, /^Oldest/]);
});

test('Ctrl+N opens the capture form from anywhere, and closing it keeps the draft', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const dialog = captureDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Half-written thought');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+n');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written thought');
});

test('the whole capture works from the keyboard alone', async ({ page }) => {
  await openJournal(page);
  await page.keyboard.press('Control+n');
  await page.keyboard.type('Keyboard only setback');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Typed without a mouse.');
  const dialog = captureDialog(page);
  await tabTo(page, dialog.getByRole('radiogroup', { name: 'Stakes' }).getByRole('radio', { name: 'Medium' }));
  await page.keyboard.press('ArrowRight');
  await tabTo(
    page,
    dialog.getByRole('radiogroup', { name: 'Type', exact: true }).getByRole('radio', { name: 'Technical' }),
  );
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByRole('textbox', { name: 'Tags' }));
  await page.keyboard.type('keyboard, a11y');
  await page.keyboard.press('Enter');
  await expect(captureDialog(page)).toBeHidden();
  const row = journalList(page).getByRole('listitem').filter({ hasText: 'Keyboard only setback' });
  await expect(row).toContainText('Technical');
  await expect(row).toContainText('#a11y');
  await row.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radiogroup', { name: 'Stakes' }).getByRole('radio', { name: 'High' })).toBeChecked();
});

test('typing into "Log a setback" at once keeps every letter, even while its code is still loading', async ({
  page,
}) => {
  // The dialog's code loads after the first screen: held back here, as on a slow disk.
  await page.route('**/assets/capture-dialog-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+n');
  await page.keyboard.type('Typed before the dialog loaded');
  await expect(captureDialog(page).getByRole('textbox', { name: 'What happened' })).toBeVisible();
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Typed before the dialog loaded',
  );
});
