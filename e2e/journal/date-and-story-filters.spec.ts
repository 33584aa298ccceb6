import { expect, test, type Page } from '@playwright/test';
import { journalRows, logSetback, openJournal, seedJournal } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

const from = (page: Page) => page.getByLabel('From', { exact: true });
const to = (page: Page) => page.getByLabel('To', { exact: true });

test('a date range keeps setbacks from its first to its last day, and combines with other filters', async ({
  page,
}) => {
  // A day none of the seeded setbacks comes round on (On this day) or waits for reflection on:
  // the rows counted below must all fit on screen with nothing resurfaced above the list.
  await page.clock.install({ time: new Date('2026-09-15T12:00:00') });
  await openJournal(page);
  // Setback n happened on 2026-01-31 minus (n - 1) days; every tenth is tagged "tenth".
  await seedJournal(page, 120);
  await page.reload();
  await expect(journalRows(page).first()).toHaveText(/^Setback 1(?!\d)/);

  await from(page).fill('2026-01-20');
  await to(page).fill('2026-01-22');
  await expect(journalRows(page)).toHaveText([/^Setback 10(?!\d)/, /^Setback 11(?!\d)/, /^Setback 12(?!\d)/]);

  await page.getByRole('combobox', { name: 'Tag' }).selectOption('tenth');
  await expect(journalRows(page)).toHaveText([/^Setback 10(?!\d)/]);
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Technical' }).check();
  await expect(journalRows(page)).toHaveCount(0);
  await expect(page.getByText('No setbacks match these filters.')).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(from(page)).toHaveValue('');
  await expect(journalRows(page).first()).toHaveText(/^Setback 1(?!\d)/);

  // A tag alone pages through the whole journal in order: every tenth, newest first.
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('tenth');
  await expect(journalRows(page)).toHaveCount(12);
  await expect(journalRows(page).first()).toHaveText(/^Setback 10(?!\d)/);
  await expect(journalRows(page).last()).toHaveText(/^Setback 120(?!\d)/);
});

test('"Has a story" keeps setbacks a live story uses', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Never promoted', type: 'Strategic' });
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await expect(journalRows(page)).toHaveCount(2);

  await page.getByRole('checkbox', { name: 'Has a story' }).check();
  await expect(journalRows(page)).toHaveText([new RegExp(`^${migrationSetback.title}`)]);
  await page.getByRole('checkbox', { name: 'Has a story' }).uncheck();
  await expect(journalRows(page)).toHaveCount(2);
});
