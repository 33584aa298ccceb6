import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
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

test('with the lock on, the words are nowhere in the browser profile on disk', async ({ browserName }, testInfo) => {
  expect(browserName).toBe('chromium');
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-lock-profile-'));
  const baseURL = String(testInfo.project.use.baseURL);
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: testInfo.project.use.launchOptions?.executablePath,
      args: testInfo.project.use.launchOptions?.args,
      baseURL,
      viewport: { width: 1200, height: 820 },
    });
  // LevelDB's MANIFEST (IndexedDB's file index) records the first and last key of each of its
  // table files, and Chromium appends to it rather than rewriting it: keys of an index (a tag,
  // the start of a title) that reached a table file before the lock can stay named there.
  // That known limit is in docs/lock.md; every other file must hold no word.
  const isManifest = (file: string) => path.basename(file).startsWith('MANIFEST-');
  const onDisk = (includeManifest = false) => {
    const needles = [Buffer.from(WORD, 'latin1'), Buffer.from(WORD, 'utf16le')];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (
          (includeManifest || !isManifest(file)) &&
          needles.some((needle) => readFileSync(file).includes(needle))
        )
          files.push(path.relative(profile, file));
      }
    };
    walk(profile);
    return files;
  };
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await openJournal(page);
    await logSetback(page, { title: `The ${WORD} offsite`, type: 'Strategic', tags: WORD });
    await context.close();
    // The check can see the word: it is there before the lock.
    expect(onDisk().length).toBeGreaterThan(0);

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await openJournal(page);
    await turnOnLock(page);
    await context.close();
    // IndexedDB drops a deleted database's values from its files when it compacts them,
    // at the latest as the browser (or the desktop app) opens them again.
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Hindsight is locked' })).toBeVisible();
    await page.waitForTimeout(5000);
    await context.close();
    expect(onDisk()).toEqual([]);
    const manifests = onDisk(true).filter(isManifest);
    if (manifests.length > 0)
      testInfo.annotations.push({
        type: 'known limit',
        description: `a key before the lock named in ${manifests.join(', ')}`,
      });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
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
