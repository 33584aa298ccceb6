import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { journalList, logSetback, openJournal, openSetback, openSettings, waitForSaved } from '../pages/journal';

test('export a backup as a download and import it into a fresh browser context', async ({ page, browser }) => {
  await openJournal(page);
  await logSetback(page, {
    title: 'Backed up setback',
    whatHappened: 'Kept in the file.',
    type: 'Strategic',
    tags: 'kept',
  });
  await openSetback(page, 'Backed up setback');
  await page.getByRole('textbox', { name: 'What I learned' }).fill('Back up before you need it.');
  await waitForSaved(page);
  await openSettings(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hindsight-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'hindsight-backup', version: 2 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openJournal(other);
  await openSettings(other);
  await other
    .getByLabel('Backup file to import')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = other.getByRole('region', { name: /Import hindsight-backup/ });
  await expect(preview).toContainText('1 new setback');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(other.getByRole('status').filter({ hasText: /Imported/ })).toContainText('1 added');
  await other.getByRole('link', { name: 'Journal' }).click();
  await openSetback(other, 'Backed up setback');
  await expect(other.getByRole('textbox', { name: 'What I learned' })).toHaveValue('Back up before you need it.');

  // Export → import → export gives the same content.
  await openSettings(other);
  const [again] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const strip = (json: string) => ({ ...JSON.parse(json), exportedAt: null });
  expect(strip(readFileSync(await again.path(), 'utf8'))).toEqual(strip(text));
  await fresh.close();
});

test('a bad backup file shows an alert and changes nothing', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Untouched', type: 'Technical' });
  await openSettings(page);
  const input = page.getByLabel('Backup file to import');
  const bad = [
    { name: 'truncated.json', text: '{"format":"hindsight-backup","version":1,"entr', message: /not valid JSON/ },
    { name: 'newer.json', text: '{"format":"hindsight-backup","version":9}', message: /newer Hindsight/ },
    {
      name: 'proto.json',
      text: '{"format":"hindsight-backup","version":1,"__proto__":{"x":1},"exportedAt":"2026-01-01T00:00:00Z","entries":[],"stories":[]}',
      message: /__proto__/,
    },
  ];
  for (const file of bad) {
    await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(page.getByRole('alert')).toContainText(file.message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  }
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('listitem')).toHaveCount(1);
  await expect(journalList(page)).toContainText('Untouched');
});
