import { expect, test } from '@playwright/test';
import { journalList, logSetback, openJournal, openSettings } from '../pages/journal';
import { search, searchBox } from '../pages/search';
import { bridgeCalls, pretendDesktop } from '../support/fake-desktop';

test('Erase everything asks for ERASE, then leaves an empty journal that search knows nothing of', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Quillfeather contract fell through', type: 'Strategic' });
  await openSettings(page);
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase everything?' });
  const confirm = dialog.getByRole('button', { name: 'Erase everything' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('erase please');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await confirm.click();

  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journalList(page).getByRole('listitem')).toHaveCount(0);
  await search(page, 'quillfeather');
  await expect(searchBox(page)).toHaveValue('quillfeather');
  await expect(page.getByText('Quillfeather contract fell through')).toHaveCount(0);
});

test('on the desktop, Erase everything also erases the automatic backups', async ({ page }) => {
  await pretendDesktop(page);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase everything?' });
  await dialog.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect.poll(async () => (await bridgeCalls(page)).includes('backup.eraseAutomatic')).toBe(true);
});

test('a journal that shrank sharply since the last backup is said at once, with where the backup is', async ({
  page,
}) => {
  await pretendDesktop(page, {
    written: {
      written: true,
      drop: {
        before: { entries: 500, stories: 12 },
        after: { entries: 1, stories: 0 },
        backupName: 'hindsight-auto-2026-12-05T09-00-00-000Z.json',
      },
    },
  });
  await openJournal(page);
  await logSetback(page, { title: 'The one left', type: 'Technical' });
  const warning = page.getByRole('alert').filter({ hasText: '500 setbacks' });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(warning).toContainText('1 setback and 0 stories');
  await warning.getByRole('link', { name: 'Restore from automatic backup' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from automatic backup' })).toBeVisible();
  await page.getByRole('button', { name: 'I deleted them' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '500 setbacks' })).toHaveCount(0);
});
