import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { journalList, logSetback, openJournal, openSettings } from '../pages/journal';
import { openInsights } from '../pages/insights';
import { lockNow, turnOnLock, unlock } from '../pages/lock';
import { matches, search } from '../pages/search';

const WORD = 'quillfeather';

test('lock the journal, lock it now, get back in with the passphrase or the recovery key', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: `The ${WORD} offsite`, type: 'Strategic', tags: 'planning' });
  const recoveryKey = await turnOnLock(page);

  await lockNow(page);
  // Nothing of the journal while locked, not even a title.
  await expect(page.getByText(WORD, { exact: false })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Journal' })).toHaveCount(0);
  await unlock(page, 'not the passphrase');
  await expect(page.getByRole('alert')).toContainText('does not open this journal');
  await unlock(page);
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('link', { name: new RegExp(WORD) })).toBeVisible();
  // Search works while unlocked: its index is rebuilt in memory from the sealed journal.
  await search(page, WORD);
  await expect(matches(page).filter({ hasText: WORD })).toHaveCount(1);
  // So does Insights: its worker reads the sealed journal with the key the page hands it.
  await logSetback(page, { title: 'Second offsite', type: 'Strategic', tags: 'planning' });
  await logSetback(page, { title: 'Third offsite', type: 'Judgment', tags: 'planning' });
  await openInsights(page);
  await expect(page.getByRole('table', { name: 'Top tags' }).getByRole('row', { name: /planning/ })).toContainText('3');

  await lockNow(page);
  await page.getByRole('button', { name: /Use the recovery key/ }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
});

test('with the lock on, a backup is sealed, and opens on a fresh install with the recovery key', async ({
  page,
  browser,
}) => {
  await openJournal(page);
  await logSetback(page, { title: `The ${WORD} offsite`, type: 'Strategic' });
  const recoveryKey = await turnOnLock(page);
  await openSettings(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.toLowerCase()).not.toContain(WORD);
  expect(JSON.parse(text)).toMatchObject({ format: 'hindsight-sealed-backup' });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openJournal(other);
  await openSettings(other);
  await other
    .getByLabel('Backup file to import')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('button', { name: 'Use the recovery key' }).click();
  await other.getByLabel('Recovery key of the backup').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await other.getByRole('button', { name: 'Open backup' }).click();
  await expect(other.getByRole('alert')).toContainText('does not open this backup');
  await other.getByLabel('Recovery key of the backup').fill(recoveryKey);
  await other.getByRole('button', { name: 'Open backup' }).click();
  const preview = other.getByRole('region', { name: /Import hindsight-backup/ });
  await expect(preview).toContainText('1 new setback');
  await preview.getByRole('button', { name: 'Import' }).click();
  await other.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(other).getByRole('link', { name: new RegExp(WORD) })).toBeVisible();
  await fresh.close();
});
