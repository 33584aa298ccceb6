import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openJournal, waitForSaved } from '../pages/journal';
import { coach, logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';
import { installCanary, watchNetwork } from './guards';

// Nothing leaves the machine: a whole journey, from the first capture to the exported
// print view and a backup, makes no request to anything but the app's own origin. No web fonts, no
// icons, no analytics, no update checks.

// A whole journey in one test: extra time for a loaded machine.
test.describe.configure({ timeout: 90_000 });

test('a full journey makes no request outside the app', async ({ page, baseURL }) => {
  const network = await watchNetwork(page, baseURL ?? 'http://127.0.0.1');

  // Capture and reflect.
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);

  // Promote.
  await promoteToStory(page);
  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);

  // Coach: a weak phrase is flagged in place.
  await page.getByRole('textbox', { name: 'Why it happened' }).fill('QA didn’t catch it before launch.');
  await expect(
    coach(page)
      .getByRole('listitem')
      .filter({ hasText: /someone or something else/ }),
  ).toBeVisible();
  await expect(page.locator('.highlighted mark').first()).toBeAttached();
  await waitForSaved(page);

  // Export: the print view the PDF is printed from.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('button', { name: 'Open print view' }).click();
  await expect(page.locator('html[data-print-state="ready"]')).toHaveCount(1);
  await expect(page.getByText(migrationSetback.title).first()).toBeVisible();

  // Stories list, search, settings, and a cold reload of each main view.
  await page.goto('/#/stories');
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText(migrationSetback.title);
  await page.goto('/#/journal');
  const search = page.getByRole('searchbox', { name: 'Search' });
  if ((await search.count()) > 0) await search.fill('migration');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText('Running as')).toBeVisible();

  // Backup: export (a download) and read it back into the import preview.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  await page
    .getByLabel('Backup file to import')
    .setInputFiles({ name: 'journal.json', mimeType: 'application/json', buffer: readFileSync(await download.path()) });
  await expect(page.getByRole('region', { name: /Import journal/ })).toBeVisible();
  for (const route of ['/#/journal', '/#/stories', '/#/settings']) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
  }

  expect(network.all.length, 'the recorder saw the app load').toBeGreaterThan(0);
  expect(network.attempted, 'requests the app started outside its origin').toEqual([]);
  expect(network.reachedNetwork, 'requests that reached the network').toEqual([]);
});

test('the page cannot reach the network even if it tries', async ({ page, baseURL }) => {
  const network = await watchNetwork(page, baseURL ?? 'http://127.0.0.1');
  await installCanary(page);
  await openJournal(page);
  const fetchOutcome = await page.evaluate(async () => {
    const image = new Image();
    image.src = 'https://example.com/pixel.png';
    navigator.sendBeacon('https://example.com/beacon', 'x');
    try {
      await fetch('https://example.com/collect');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fetchOutcome).toBe('blocked');
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__cspViolations);
  // The CSP stops each attempt before it reaches the network; had one slipped through, the
  // recorder would have aborted it and listed it here.
  expect(violations.some((violation) => violation.startsWith('connect-src'))).toBe(true);
  expect(violations.some((violation) => violation.startsWith('img-src'))).toBe(true);
  expect(network.reachedNetwork).toEqual([]);
});
