import { expect, test } from '@playwright/test';

// The desktop's hidden print window is handed what it prints (main serves the job once, by
// a token, over app://). Here the browser stands in for main: the print view must render the
// handed stories, apply the job's options, and never open the journal's database.
const token = '0123456789abcdef0123456789abcdef';
const story = {
  id: '3f2a9c1e-0000-4000-8000-000000000001',
  title: 'The migration that dropped rows for Contoso',
  entryIds: ['3f2a9c1e-0000-4000-8000-000000000002'],
  whatHappened: 'A migration I wrote dropped 2% of the rows for Contoso.',
  whyItHappened: 'I trusted staging and skipped a parity check.',
  whatIDid: 'I restored from backup within the hour and told the customer.',
  whatILearned: 'I now run row-count parity before every migration.',
  roleConnection: '',
  followUps: [],
  targetRole: '',
  targetCompany: '',
  status: 'ready',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  deletedAt: null,
};

test('a handed print job renders without the journal: its stories, its options, its redactions', async ({ page }) => {
  let fetched = 0;
  await page.route(`**/print-job/${token}`, (route) => {
    fetched++;
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        request: {
          storyIds: [story.id],
          options: { variant: 'sheet', includeFollowUps: false, redactions: ['Contoso = a client'], pageSize: 'A4' },
        },
        stories: [story],
      }),
    });
  });
  await page.goto(`/?job=${token}#/stories/${story.id}/print`);
  await expect(page.locator('html[data-print-state="ready"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The migration that dropped rows for a client');
  await expect(page.getByText('I now run row-count parity before every migration.')).toBeVisible();
  await expect(page.getByText('Contoso')).toHaveCount(0);
  expect(fetched).toBe(1);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(databases).not.toContain('hindsight');
});

test('a job that is gone says so instead of printing an empty page', async ({ page }) => {
  await page.route(`**/print-job/${token}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`/?job=${token}#/stories/${story.id}/print`);
  await expect(page.locator('html[data-print-state="error"]')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('no longer available');
});
