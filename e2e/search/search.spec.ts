import { expect, test, type Page } from '@playwright/test';
import { journalList, journalRows, logSetback, openJournal, seedJournal, waitForSaved } from '../pages/journal';
import { matches, search, searchBox, searchSummary } from '../pages/search';
import { logReflectedSetback, promoteToStory } from '../pages/stories';

async function seed(page: Page) {
  await logSetback(page, {
    title: 'Vendor slipped',
    type: 'Technical',
    when: '2025-03-10',
    tags: 'suppliers',
    whatHappened: 'The contractor missed the migration deadline by two weeks.',
  });
  await logSetback(page, {
    title: 'Untested rollback',
    type: 'Technical',
    when: '2026-02-01',
    tags: 'operations',
    whatHappened: 'Our rollback plan was never rehearsed before the outage.',
  });
  await logSetback(page, {
    title: 'Late hire',
    type: 'Judgment',
    when: '2026-05-20',
    tags: 'hiring',
    whatHappened: 'We waited too long to hire for the vendor team.',
  });
}

test('finds a setback by a word of its text, by the start of a word, and despite a typo', async ({ page }) => {
  await openJournal(page);
  await seed(page);

  await search(page, 'rehearsed');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await expect(matches(page).first().locator('mark')).toHaveText(['rehearsed']);

  await search(page, 'contr');
  await expect(matches(page)).toHaveText([/^Vendor slipped/]);
  await expect(matches(page).first().locator('mark')).toHaveText(['contractor']);

  await search(page, 'rolback');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await expect(matches(page).first().locator('mark').first()).toHaveText('rollback');

  // A word in the title weighs more than the same word in the text.
  await search(page, 'vendor');
  await expect(matches(page)).toHaveText([/^Vendor slipped/, /^Late hire/]);
  await expect(searchSummary(page)).toHaveText('2 matches.');

  await search(page, 'vendor team');
  await expect(matches(page)).toHaveText([/^Late hire/]);

  // Clearing the field brings the journal back.
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('list', { name: 'Setbacks' }).getByRole('listitem')).toHaveCount(3);
});

test('search combines with the filters', async ({ page }) => {
  await openJournal(page);
  await seed(page);
  await search(page, 'the');
  await expect(matches(page)).toHaveCount(3);
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Technical' }).check();
  await expect(matches(page)).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('operations');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Judgment' }).check();
  await expect(matches(page)).toHaveCount(0);
  await expect(searchSummary(page)).toContainText('Nothing matches “the” with these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(matches(page)).toHaveCount(3);

  // A date range, then only setbacks that became stories.
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await expect(matches(page)).toHaveCount(2);
  await page.getByLabel('To', { exact: true }).fill('2026-03-01');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await page.getByRole('checkbox', { name: 'Has a story' }).check();
  await expect(matches(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(matches(page)).toHaveCount(3);
});

test('results follow edits, and a setback moved to the Trash leaves them', async ({ page }) => {
  await openJournal(page);
  await seed(page);
  await search(page, 'canary');
  await expect(searchSummary(page)).toHaveText('Nothing matches “canary”.');
  // Shown once, its text is kept for snippets: the edit below must still reach the snippet.
  await search(page, 'untested');
  await expect(matches(page).first()).toContainText('never rehearsed before the outage');

  await searchBox(page).press('Escape');
  await page.getByRole('link', { name: /^Untested rollback/ }).click();
  await page.getByRole('textbox', { name: 'What I did' }).fill('I set up a canary release for every deploy.');
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await search(page, 'canary');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await expect(matches(page).first().locator('mark')).toHaveText(['canary']);

  await matches(page).first().getByRole('link').click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  // Back on the journal the search is still there, and the trashed setback has left it.
  await expect(searchBox(page)).toHaveValue('canary');
  await expect(searchSummary(page)).toHaveText('Nothing matches “canary”.');
});

test('a setback written in another tab of the app is found here without reloading', async ({ page, context }) => {
  await openJournal(page);
  await seed(page);
  await search(page, 'zeppelin');
  await expect(searchSummary(page)).toHaveText('Nothing matches “zeppelin”.');

  const otherTab = await context.newPage();
  await openJournal(otherTab);
  await logSetback(otherTab, {
    title: 'Missed launch window',
    type: 'Strategic',
    when: '2026-06-02',
    tags: 'launches',
    whatHappened: 'We booked the zeppelin demo after the trade fair had closed.',
  });
  await otherTab.close();

  // The search here is still open: its answer follows the index as it learns the new setback.
  await expect(matches(page)).toHaveText([/^Missed launch window/]);
  await expect(matches(page).first().locator('mark')).toHaveText(['zeppelin']);
});

test('odd searches get sensible answers, never an error', async ({ page }) => {
  await openJournal(page);
  await seed(page);
  await logSetback(page, { title: '上线失败 🎉', type: 'Strategic', whatHappened: '新版本上线失败了。' });

  await search(page, '?!…*');
  await expect(searchSummary(page)).toContainText('Type a word to search');
  await search(page, '(rollback|outage)*');
  await expect(matches(page)).toHaveText([/^Untested rollback/]);
  await search(page, '失败');
  await expect(matches(page)).toHaveText([/^上线失败/]);
  await search(page, '🎉');
  await expect(matches(page)).toHaveText([/^上线失败/]);
  const paste = `vendor ${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')}`.slice(0, 2000);
  await search(page, paste);
  await expect(searchSummary(page)).toContainText('Only the first 12 words');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('finds stories too, and "Has a story" narrows to what became one', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, {
    title: 'Skipped the canary',
    whatHappened: 'I shipped the billing change to everyone at once and it failed for a day.',
    why: 'I trusted a green test run over a staged rollout.',
    did: 'I rolled back, wrote the incident review and called the three biggest customers.',
    learned: 'Risky changes go out in stages, whatever the deadline.',
    changed: 'Every billing deploy now starts with a five percent canary.',
  });
  await promoteToStory(page);
  await openJournal(page);
  await logSetback(page, { title: 'Billing typo', type: 'Technical', whatHappened: 'A billing label was wrong.' });

  await search(page, 'billing');
  await expect(matches(page)).toHaveCount(3);
  await expect(matches(page).filter({ hasText: 'Story' })).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Has a story' }).check();
  await expect(matches(page)).toHaveCount(2);
  await expect(matches(page).filter({ hasText: 'Billing typo' })).toHaveCount(0);
  await matches(page).filter({ hasText: 'Story' }).getByRole('link').click();
  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);
});

/** Whether some row of the journal list is on screen (not a blank stretch where rows belong). */
const journalRowOnScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('ul[aria-label="Setbacks"] > li')].some((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }),
  );

test('a search hides the journal without unloading it, and clearing it shows the journal where it was', async ({
  page,
}) => {
  await openJournal(page);
  await seedJournal(page, 600);
  await page.reload();
  await expect(journalRows(page).first()).toHaveText(/^Setback 1(?!\d)/);
  // Down the journal, then back up to the search box (focusing it scrolls it into sight).
  await journalList(page).hover();
  await page.mouse.wheel(0, 400);
  const scrolled = () => page.locator('main').evaluate((main) => main.scrollTop);
  await expect.poll(scrolled).toBeGreaterThan(300);
  await searchBox(page).focus();
  await expect.poll(scrolled).toBeLessThan(300);
  const before = await scrolled();
  // The hidden list's rows are out of the accessibility tree: counted by their markup.
  const lastJournalRow = () => page.locator('ul[aria-label="Setbacks"] > li').last().getAttribute('aria-posinset');
  // The list follows the scroll a frame or two later: read its rows once it has.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const lastBefore = await lastJournalRow();

  await page.keyboard.type('seeded');
  await expect(searchSummary(page)).toHaveAttribute('aria-busy', 'false');
  await expect(searchSummary(page)).toHaveText('The best 200 of 600 matches.');
  await expect(journalList(page)).toBeHidden();
  // Scrolling the results moves the page: the hidden journal does not follow, nor read pages.
  await page.getByRole('list', { name: 'Matches' }).hover();
  for (let step = 0; step < 20; step++) await page.mouse.wheel(0, 600);
  await expect.poll(scrolled).toBeGreaterThan(5000);
  await expect(matches(page).filter({ hasText: /^Setback 1(?!\d)/ })).toHaveCount(0);
  expect(await lastJournalRow()).toBe(lastBefore);

  await searchBox(page).press('Escape');
  await expect(journalList(page)).toBeVisible();
  // Back where the journal was before the search, its rows drawn (not a blank stretch).
  await expect.poll(scrolled).toBe(before);
  await expect.poll(() => journalRowOnScreen(page)).toBe(true);
});

test('filters changed during a search lay the journal out right once the search is cleared', async ({ page }) => {
  await openJournal(page);
  await seedJournal(page, 120);
  await page.reload();
  await search(page, 'seeded');
  // The journal re-reads its pages for the new filter while hidden under the results.
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Technical' }).check();
  await expect(matches(page).first()).toBeVisible();
  // Rows measured while hidden would be 0 px tall: shown, they would be drawn stacked on one
  // another for a frame. Their places are read at every frame after the search is cleared
  // (a loaded machine may take a frame or two to draw the list at all), 30 frames in all.
  await page.evaluate(() => {
    const frames: string[][] = [];
    const read = () => {
      const rows = [...document.querySelectorAll<HTMLElement>('ul[aria-label="Setbacks"] > li')];
      frames.push(rows.map((row) => row.style.transform));
      if (frames.length < 30) requestAnimationFrame(read);
      else document.body.dataset.rowPlaces = JSON.stringify(frames);
    };
    document.addEventListener('keydown', () => requestAnimationFrame(read), { once: true, capture: true });
  });
  await searchBox(page).press('Escape');
  await expect(journalRows(page).first()).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-row-places', /.+/);
  const frames = JSON.parse((await page.locator('body').getAttribute('data-row-places')) ?? '[]') as string[][];
  // The list was drawn, and in no frame were two rows in the same place.
  expect(Math.max(...frames.map((places) => places.length))).toBeGreaterThan(3);
  for (const places of frames) expect(new Set(places).size).toBe(places.length);
});

test('when search cannot start, typing a search says so instead of showing nothing', async ({ page }) => {
  await page.route(/search-worker[^/]*\.js$/, (route) => route.abort());
  await openJournal(page);
  await searchBox(page).fill('vendor');
  await expect(page.getByRole('alert')).toContainText('Search is not available right now');
});

test('the matches come a page at a time as the list is scrolled, up to the best 200', async ({ page }) => {
  await openJournal(page);
  await seedJournal(page, 600);
  await page.reload();
  await search(page, 'seeded');
  await expect(searchSummary(page)).toHaveText('The best 200 of 600 matches.');
  // One page at first: the list says more are coming (set size unknown).
  await expect(matches(page).first()).toHaveAttribute('aria-setsize', '-1');

  const last = page.getByRole('list', { name: 'Matches' }).locator('li[aria-posinset="200"]');
  await page.getByRole('list', { name: 'Matches' }).hover();
  for (let step = 0; step < 200 && !(await last.isVisible()); step++) await page.mouse.wheel(0, 600);
  await expect(last).toBeVisible();
  // All 200 are listed now, and no more.
  await expect(last).toHaveAttribute('aria-setsize', '200');
  await expect(page.getByRole('list', { name: 'Matches' }).locator('li[aria-posinset="201"]')).toHaveCount(0);
});

test('a search that gets no answer still shows that it is searching, instead of nothing', async ({ page }) => {
  // A worker that says its index is ready, then never answers (stuck, say): the page must not
  // wait on it unseen.
  const stuckWorker = `self.onmessage = (event) => {
    if (event.data.type === 'start')
      self.postMessage({ type: 'status', status: { state: 'ready', indexed: 1, total: 1, revision: 1 } });
  };`;
  await page.route(/search-worker[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stuckWorker }),
  );
  await openJournal(page);
  await searchBox(page).fill('vendor');
  await expect(searchSummary(page)).toHaveText('Searching…');
  await expect(searchSummary(page)).toBeInViewport();
  await expect(journalList(page)).toBeHidden();
});
