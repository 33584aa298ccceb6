import { expect, test, type Page } from '@playwright/test';
import { journalList, logSetback, openJournal, openSetback, waitForSaved } from '../pages/journal';
import { matches, search } from '../pages/search';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';

// Time moves with setSystemTime and a reload, as when the app is opened again weeks later.
// (After clock.fastForward, a reloaded page's timers never fire under Playwright's fake clock.)
/** The stored draft of the check-in on the setback open in `page`, as the app keeps it. */
async function storedCheckIn(page: Page): Promise<unknown> {
  const entryId = /#\/journal\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hindsight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise<unknown>((resolve, reject) => {
      const read = db.transaction('drafts').objectStore('drafts').get(`check-in-${id}`);
      read.onsuccess = () => resolve((read.result as { value?: unknown } | undefined)?.value);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return value;
  }, entryId);
}

test('a change is checked on a month later, and the answer becomes evidence in the story', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await expect(page.getByText(/this page will ask whether the change stuck/)).toBeVisible();

  await page.clock.setSystemTime(new Date('2026-04-02T09:00:00'));
  await page.goto('/#/journal');
  await page.reload();
  const due = page.getByRole('region', { name: /Check-ins due/ });
  await expect(due).toContainText('1');
  await due.getByRole('link', { name: migrationSetback.title }).click();

  const card = page.getByRole('region', { name: 'Check in on your change' });
  await expect(card).toContainText(migrationSetback.changed);
  await card.getByRole('textbox', { name: 'How often?' }).fill('before every migration');
  // What is typed is kept as it is typed: a reload brings it back.
  await expect.poll(() => storedCheckIn(page)).toMatchObject({ howOften: 'before every migration' });
  await page.reload();
  await expect(card.getByRole('textbox', { name: 'How often?' })).toHaveValue('before every migration');

  await card.getByRole('button', { name: 'Save check-in' }).click();
  await expect(card.getByRole('alert')).toContainText('Say whether you still do it');
  await card.getByRole('radiogroup', { name: 'Still doing it?' }).getByRole('radio', { name: 'Yes' }).check();
  await card.getByRole('textbox', { name: 'Where did you use it?' }).fill('the billing cut-over');
  await card.getByRole('button', { name: 'Save check-in' }).click();
  await expect(card).toBeHidden();
  await expect(page.getByRole('list', { name: 'Check-ins on this change' })).toContainText(
    'Still doing it · before every migration · used it on the billing cut-over',
  );

  await promoteToStory(page);
  const evidence = page.getByRole('list', { name: 'Check-ins on the change' }).getByRole('listitem');
  await expect(evidence).toContainText('Still doing it · before every migration · used it on the billing cut-over');
  await evidence.getByRole('button', { name: 'Add to What I learned' }).click();
  const sentence = "A month on, I still do it before every migration; I've used it on the billing cut-over.";
  const learned = page.getByRole('textbox', { name: 'What I learned', exact: true });
  await expect(learned).toHaveValue(new RegExp(`${migrationSetback.changed.replace(/[.;]/g, '.')} ${sentence}$`));
  await expect(evidence).toContainText('In What I learned');
  await waitForSaved(page);
  await page.reload();
  await expect(learned).toHaveValue(new RegExp(`${sentence}$`));
});

test('the journal brings back a setback from this day a year ago and one still waiting for its reflection', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await openJournal(page);
  await logSetback(page, { title: 'Vendor slipped our date', when: '2025-03-15', type: 'Strategic' });
  await logSetback(page, { title: 'Missed the handoff', type: 'Judgment' });
  await expect(page.getByRole('region', { name: 'Waiting for your reflection' })).toBeHidden();

  await page.clock.setSystemTime(new Date('2026-03-15T12:00:00'));
  await page.reload();
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  await expect(onThisDay.getByRole('listitem')).toHaveText([/Vendor slipped our date\s*1 year ago/]);
  const queue = page.getByRole('region', { name: 'Waiting for your reflection' });
  await expect(queue.getByRole('link', { name: 'Missed the handoff' })).toBeVisible();
  await expect(queue).toContainText('Logged 5 days ago');

  await queue.getByRole('button', { name: 'Not now: Missed the handoff' }).click();
  await expect(queue.getByRole('link', { name: 'Missed the handoff' })).toBeHidden();
  await page.reload();
  await expect(onThisDay).toBeVisible();
  await expect(page.getByRole('link', { name: 'Missed the handoff' })).toHaveCount(1);
  await expect(journalList(page).getByRole('link', { name: /Missed the handoff/ })).toBeVisible();

  await queue.getByRole('link', { name: 'Vendor slipped our date' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Vendor slipped our date');
});

test('the deeper prompts open on demand, save as typed, reopen with their answers and are found by Search', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Pricing page outage', type: 'Technical' });
  await openSetback(page, 'Pricing page outage');
  const lucky = page.getByRole('textbox', { name: 'Where did I get lucky?' });
  await expect(lucky).toBeHidden();
  await page.getByText('Go deeper').click();
  await lucky.fill('A zeppelin-sized traffic dip hid it from most customers.');
  await page
    .getByRole('textbox', { name: 'What would I tell someone about to make the same call?' })
    .fill('Load-test the cache before the launch, not after.');
  await waitForSaved(page);
  await page.reload();
  await expect(lucky).toHaveValue('A zeppelin-sized traffic dip hid it from most customers.');
  await expect(page.getByText('Waiting for reflection')).toBeHidden();

  await page.getByRole('link', { name: 'Journal' }).click();
  await search(page, 'zeppelin');
  await expect(matches(page)).toHaveCount(1);
  await expect(matches(page)).toContainText('Pricing page outage');
});
