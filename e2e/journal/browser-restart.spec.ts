import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium';
import { journalList, logSetback, openJournal, waitForSaved } from '../pages/journal';

test('everything survives closing and reopening the browser', async ({ baseURL }) => {
  const found = findChromium();
  if (!found.found) throw new Error(found.help);
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: found.path, args: chromiumArgs, baseURL });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await openJournal(page);
    await logSetback(page, { title: 'Survives a restart', type: 'Judgment', tags: 'durable' });
    await journalList(page)
      .getByRole('link', { name: /Survives a restart/ })
      .click();
    await page.getByRole('textbox', { name: 'What I learned' }).fill('Write it down the same day.');
    await waitForSaved(page);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await openJournal(again);
    const row = journalList(again).getByRole('listitem').filter({ hasText: 'Survives a restart' });
    await expect(row).toContainText('#durable');
    await row.getByRole('link').click();
    await expect(again.getByRole('textbox', { name: 'What I learned' })).toHaveValue('Write it down the same day.');
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
