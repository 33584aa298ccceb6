import { expect, test } from '@playwright/test';
import { journalList, logSetback, openJournal, waitForSaved } from '../pages/journal';
import { coach, logReflectedSetback, migrationSetback, promoteToStory, scoreOf } from '../pages/stories';

test('promote a reflected setback into a linked, pre-filled story', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  const entryUrl = page.url();
  await promoteToStory(page);

  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(migrationSetback.title);
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue(
    'I co-led a migration that shipped a bug affecting 5% of users for two days. We rolled it back.',
  );
  await expect(page.getByRole('textbox', { name: 'Why it happened' })).toHaveValue(migrationSetback.why);
  await expect(page.getByRole('textbox', { name: 'What I did' })).toHaveValue(migrationSetback.did);
  await expect(page.getByRole('textbox', { name: 'What I learned' })).toHaveValue(
    `${migrationSetback.learned}\n\n${migrationSetback.changed}`,
  );
  await expect(page.getByRole('textbox', { name: 'Connection to the role' })).toHaveValue('');
  await expect(coach(page)).toBeVisible();

  // Linked both ways: the story shows its source, the entry shows the story.
  const sources = page.getByRole('region', { name: 'From your journal' });
  await expect(sources).toContainText(migrationSetback.title);
  await sources.getByText(migrationSetback.title).click();
  await expect(sources).toContainText(migrationSetback.changed);
  const storyUrl = page.url();
  await page.goto(entryUrl);
  await page.getByRole('link', { name: migrationSetback.title, exact: true }).click();
  await expect(page).toHaveURL(storyUrl);

  await page.getByRole('link', { name: 'Stories', exact: true }).click();
  const row = page.getByRole('list', { name: 'Stories' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('From 1 setback');
});

test('the coach flags weak phrases as they are typed, shows them in place, and the scorecard fills once fixed', async ({
  page,
}) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);

  const why = page.getByRole('textbox', { name: 'Why it happened' });
  await why.fill('QA didn’t catch it before launch.');
  const blame = coach(page)
    .getByRole('listitem')
    .filter({ hasText: /someone or something else/ });
  await expect(blame).toBeVisible();
  await expect(blame).toContainText('Fix');
  const accountabilityWhileBlaming = await scoreOf(page, 'Accountability');

  await blame.getByRole('button', { name: 'Show in Why it happened' }).click();
  await expect(why).toBeFocused();
  const selected = await why.evaluate((field: HTMLTextAreaElement) =>
    field.value.slice(field.selectionStart, field.selectionEnd),
  );
  expect(selected.length).toBeGreaterThan(0);
  expect('QA didn’t catch it before launch.').toContain(selected);
  await expect(page.locator('.highlighted mark.mark-problem')).toHaveCount(1);

  const did = page.getByRole('textbox', { name: 'What I did' });
  await did.fill('Eventually it got sorted out.');
  await expect(coach(page).getByRole('button', { name: 'Show in What I did' })).toBeVisible();

  await why.fill(
    'I never shared the test plan with QA, so they didn’t have the context to catch it. That was on me, and I rushed for a deadline.',
  );
  await did.fill(migrationSetback.did);
  await expect(blame).toHaveCount(0);
  await expect(coach(page).getByRole('button', { name: 'Show in What I did' })).toHaveCount(0);
  await expect.poll(() => scoreOf(page, 'Accountability')).toBeGreaterThan(accountabilityWhileBlaming);

  await page
    .getByRole('textbox', { name: 'Connection to the role' })
    .fill('Your team ships migrations weekly, and I bring the parity checks I now run to that pace.');
  await expect(coach(page).getByText('Nothing to flag.')).toBeVisible();
  await expect(coach(page)).toContainText('Takeaways 8 of 8');
  await waitForSaved(page);
  await page.reload();
  await expect(why).toHaveValue(/That was on me/);
});

test('follow-ups come seeded, can be answered and added, and persist', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  const followUps = page.getByRole('region', { name: 'Follow-up questions' });
  await expect(followUps.getByRole('textbox', { name: /^Question \d$/ })).toHaveCount(3);
  await expect(followUps.getByRole('textbox', { name: 'Question 2' })).toHaveValue('How often do you fail?');
  await followUps.getByRole('textbox', { name: 'Answer 2' }).fill('Meaningfully, about once a quarter; I fail small.');
  await followUps.getByRole('button', { name: 'Add a question' }).click();
  await followUps.getByRole('textbox', { name: 'Question 4' }).fill('What would you do differently today?');
  await followUps.getByRole('button', { name: 'Remove question 1' }).click();
  await page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Ready' }).check();
  await waitForSaved(page);
  await page.reload();
  await expect(followUps.getByRole('textbox', { name: /^Question \d$/ })).toHaveCount(3);
  await expect(followUps.getByRole('textbox', { name: 'Answer 1' })).toHaveValue(/once a quarter/);
  await expect(followUps.getByRole('textbox', { name: 'Question 3' })).toHaveValue(
    'What would you do differently today?',
  );
  await page.getByRole('link', { name: 'Stories', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('Ready');
});

test('several setbacks feed one story, and a trashed source keeps the story working', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, {
    title: 'Second outage the same quarter',
    whatHappened: 'Another rollback.',
    type: 'Technical',
  });
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await expect(page).toHaveURL(/#\/stories\//);
  const storyUrl = page.url();
  const sources = page.getByRole('region', { name: 'From your journal' });
  await sources.getByRole('combobox', { name: 'Add another setback to this story' }).selectOption({
    label: 'Second outage the same quarter',
  });
  await sources.getByRole('button', { name: 'Add' }).click();
  await expect(sources).toContainText('Second outage the same quarter');

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await journalList(page)
    .getByRole('link', { name: /Second outage/ })
    .click();
  await expect(page.getByRole('region', { name: 'Interview stories' })).toContainText(migrationSetback.title);
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('link', { name: 'Trash (1)' })).toBeVisible();

  await page.goto(storyUrl);
  await expect(sources.getByRole('note')).toContainText('One setback behind this story is in the Trash');
  await page.getByRole('textbox', { name: 'Connection to the role' }).fill('Still editable.');
  await waitForSaved(page);
});
