import { expect, test, type Page } from '@playwright/test';
import { openJournal } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

const savedExceptMarked = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved, except the fields marked below' })).toBeVisible();

test('an unfinished follow-up question holds back only itself: the other answers are saved', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);

  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByRole('textbox', { name: 'Answer 1' }).fill('Rarely this badly, and each one changed a habit.');
  await expect(page.getByText('Write the question, or remove it.')).toBeVisible();
  await savedExceptMarked(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Answer 1' })).toHaveValue(
    'Rarely this badly, and each one changed a habit.',
  );
});

test('an idle tab holding an invalid draft never writes it over edits saved in another tab', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  const storyUrl = page.url();
  // The first tab is left with a field it cannot save: a question not yet written.
  await page.getByRole('button', { name: 'Add a question' }).click();
  await savedExceptMarked(page);

  const other = await page.context().newPage();
  await other.goto(storyUrl);
  const learned = other.getByRole('textbox', { name: 'What I learned' });
  await learned.fill('Staging runs are not optional, and I now own the checklist.');
  await expect(other.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // The first tab reads the changed story (its sources panel follows it) and must stay quiet.
  await page.waitForTimeout(1500);
  await expect(page.getByRole('status').filter({ hasText: 'Saved, except the fields marked below' })).toBeVisible();
  await other.reload();
  await expect(learned).toHaveValue('Staging runs are not optional, and I now own the checklist.');
  await other.close();
});

test('an answer typed under a question not yet written is back when the story is opened again', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  const storyUrl = page.url();

  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByRole('textbox', { name: 'Answer 4' }).fill('I would start with the rollback plan.');
  await savedExceptMarked(page);
  await page.getByRole('link', { name: '← Story list' }).click();
  await expect(page.getByRole('list', { name: 'Stories' })).toBeVisible();
  await page.goto(storyUrl);

  await expect(
    page.getByRole('note').filter({ hasText: 'could not be saved when you left this story are back in the form' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Answer 4' })).toHaveValue('I would start with the rollback plan.');
  await expect(page.getByText('Write the question, or remove it.')).toBeVisible();
});
