import { expect, test, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal, waitForSaved } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

async function seedThree(page: Page) {
  await logSetback(page, { title: 'Migration bug', type: 'Technical', tags: 'migrations, testing' });
  await logSetback(page, { title: 'Wrong hire', type: 'Judgment', tags: 'hiring' });
  await logSetback(page, { title: 'Feature nobody used', type: 'Strategic', tags: 'research, testing' });
}

const rows = (page: Page) => journalList(page).getByRole('listitem');
const showGroup = (page: Page) => page.getByRole('radiogroup', { name: 'Show' });

test('filters by type, by tag and by waiting for reflection, and they combine', async ({ page }) => {
  await openJournal(page);
  await seedThree(page);
  await expect(rows(page)).toHaveCount(3);

  await showGroup(page).getByRole('radio', { name: 'Judgment' }).check();
  await expect(rows(page)).toHaveText([/^Wrong hire/]);
  await showGroup(page).getByRole('radio', { name: 'All' }).check();
  await expect(rows(page)).toHaveCount(3);

  await page.getByRole('combobox', { name: 'Tag' }).selectOption('testing');
  await expect(rows(page)).toHaveText([/^Feature nobody used/, /^Migration bug/]);
  await showGroup(page).getByRole('radio', { name: 'Technical' }).check();
  await expect(rows(page)).toHaveText([/^Migration bug/]);
  await showGroup(page).getByRole('radio', { name: 'All' }).check();
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('');

  // Reflect on one; the waiting filter then leaves it out.
  await rows(page).filter({ hasText: 'Wrong hire' }).getByRole('link').click();
  await page
    .getByRole('textbox', { name: 'Why it happened' })
    .fill('I talked myself out of my doubts about collaboration.');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('checkbox', { name: 'Waiting for reflection' }).check();
  await expect(rows(page)).toHaveText([/^Feature nobody used/, /^Migration bug/]);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('hiring');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('No setbacks match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(3);
});

test('move to Trash, undo, trash again, restore from the Trash', async ({ page }) => {
  await openJournal(page);
  await seedThree(page);
  await rows(page).filter({ hasText: 'Wrong hire' }).getByRole('link').click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(3);

  await rows(page).filter({ hasText: 'Wrong hire' }).getByRole('link').click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('link', { name: 'Trash (1)' }).click();
  const trash = page.getByRole('list', { name: 'Setbacks in the Trash' });
  await expect(trash.getByRole('listitem')).toHaveText([/Wrong hire/]);
  await page.getByRole('button', { name: 'Restore Wrong hire' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to journal' }).click();
  await expect(rows(page)).toHaveCount(3);
});

test('a trashed setback opens read-only and can be restored from its page, or deleted for good', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Short-lived', type: 'Technical' });
  await rows(page).first().getByRole('link').click();
  const entryUrl = page.url();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  // Leave only once the move is stored: going straight back could race the write.
  await expect(page.getByRole('link', { name: 'Trash (1)' })).toBeVisible();
  await page.goto(entryUrl);
  await expect(page.getByText('This setback is in the Trash.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeDisabled();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeEnabled();

  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByRole('link', { name: 'Trash (1)' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete Short-lived forever' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await page.goto(entryUrl);
  await expect(page.getByRole('heading', { name: 'Setback not found' })).toBeVisible();
});

test('the Trash is a page of its own: Back returns to the journal, and stories have one too', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page).toHaveURL(/#\/stories\/trash$/);
  const trash = page.getByRole('list', { name: 'Stories in the Trash' });
  await expect(trash.getByRole('listitem')).toHaveText([new RegExp(migrationSetback.title)]);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await page.goForward();
  page.once('dialog', (dialog) => void dialog.accept());
  await trash.getByRole('button', { name: /forever$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText('for good');
  await expect(page.getByText('The Trash is empty.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('link', { name: 'Trash (0)' }).click();
  await expect(page).toHaveURL(/#\/journal\/trash$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
});
