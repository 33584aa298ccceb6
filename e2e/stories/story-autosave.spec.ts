import { expect, test, type Page } from '@playwright/test';
import { openJournal } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

const savedExceptMarked = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Saved, except the fields marked below' })).toBeVisible();

test('clearing a saved follow-up question to rephrase it never deletes its stored answer', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  const question = page.getByRole('textbox', { name: 'Question 1' });
  const original = await question.inputValue();
  await page.getByRole('textbox', { name: 'Answer 1' }).fill('Rarely this badly, and each one changed a habit.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await question.fill('');
  await page.getByRole('textbox', { name: 'Answer 2' }).fill('Often enough to plan for it.');
  await expect(page.getByText('Write the question, or remove it.')).toBeVisible();
  await savedExceptMarked(page);
  await page.reload();
  await expect(question).toHaveValue(original);
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
  // From now on, its writes to the stories table are counted.
  await page.evaluate(() => {
    const counted = window as Window & { storyPuts?: number };
    const put = IDBObjectStore.prototype.put;
    counted.storyPuts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'stories') counted.storyPuts = (counted.storyPuts ?? 0) + 1;
      return put.apply(this, args);
    };
  });

  const other = await page.context().newPage();
  await other.goto(storyUrl);
  const learned = other.getByRole('textbox', { name: 'What I learned' });
  await learned.fill('Staging runs are not optional, and I now own the checklist.');
  await expect(other.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // The first tab reads the changed story (its sources panel follows it) and must stay quiet.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as Window & { storyPuts?: number }).storyPuts)).toBe(0);
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
  await page.getByRole('list', { name: 'Stories' }).getByRole('link').first().click();
  await expect(page).toHaveURL(storyUrl);

  await expect(
    page.getByRole('note').filter({ hasText: 'could not be saved when you left this story are back in the form' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Answer 4' })).toHaveValue('I would start with the rollback plan.');
  await expect(page.getByText('Write the question, or remove it.')).toBeVisible();
});

test('a PDF is not made while the last words could not be saved: the export says why', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await page.getByRole('textbox', { name: 'What I learned' }).fill('A closing line typed while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  const opened = page
    .context()
    .waitForEvent('page', { timeout: 2000 })
    .catch(() => null);
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Your disk or browser storage is full');
  expect(await opened).toBeNull();
});
