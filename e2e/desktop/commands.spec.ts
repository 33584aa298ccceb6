import { expect, test, type Page } from '@playwright/test';
import { captureDialog, logSetback, openJournal } from '../pages/journal';
import { logReflectedSetback, migrationSetback, promoteToStory } from '../pages/stories';
import { bridgeCalls, pretendDesktop, reportedStates, sendCommand } from '../support/fake-desktop';
import { waitingAt } from '../../shared/resurfacing';

/** Waits until the page listens for main's commands (its desktop code loads after start). */
async function listening(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { commandListeners?: unknown[] }).commandListeners?.length))
    .toBe(1);
}

const lastState = async (page: Page) => (await reportedStates(page)).at(-1);

test.beforeEach(async ({ page }) => {
  await pretendDesktop(page);
});

test('File → Log a setback opens the capture dialog; Edit → Find goes to the journal and its search box', async ({
  page,
}) => {
  await openJournal(page);
  await listening(page);
  await sendCommand(page, 'log-setback');
  await expect(captureDialog(page)).toBeVisible();
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(captureDialog(page)).toBeHidden();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await sendCommand(page, 'find');
  await expect(page).toHaveURL(/#\/journal$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await sendCommand(page, 'find');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('the journal tells main what applies: a story on screen, and when the setbacks that wait were logged', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await openJournal(page);
  await listening(page);
  await expect
    .poll(() => lastState(page))
    .toEqual({
      journalOpen: true,
      storyOpen: false,
      lockOn: false,
      unreflected: [],
    });
  // Nothing waits yet: the reminder's command says so, politely.
  await sendCommand(page, 'reflection-queue');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing is waiting for your reflection' })).toBeVisible();

  await logSetback(page, { title: 'Missed the handoff', type: 'Judgment' });
  await logSetback(page, { title: 'Skipped the review', type: 'Technical' });
  await page.clock.setSystemTime(new Date('2026-03-15T12:00:00'));
  await page.reload();
  await listening(page);
  // Main counts from these, at each check, which wait (logged 3 to 14 days before).
  await expect.poll(async () => (await lastState(page))?.unreflected?.length).toBe(2);
  const unreflected = (await lastState(page))?.unreflected ?? [];
  expect(waitingAt(unreflected, Date.parse('2026-03-15T12:00:00'))).toBe(2);
  expect(waitingAt(unreflected, Date.parse('2026-03-11T12:00:00'))).toBe(0);

  // The reminder's click: the journal, with the queue in view and focused.
  await page.getByRole('link', { name: 'Settings' }).click();
  await sendCommand(page, 'reflection-queue');
  await expect(page).toHaveURL(/#\/journal$/);
  const heading = page.getByRole('heading', { name: 'Waiting for your reflection' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // Times only: no title ever reaches main.
  expect(JSON.stringify(await reportedStates(page))).not.toContain('Missed');
});

test('File → Export PDF on a story runs its export through main; the menu applies only there', async ({ page }) => {
  await openJournal(page);
  await logReflectedSetback(page, migrationSetback);
  await promoteToStory(page);
  await listening(page);
  await expect.poll(async () => (await lastState(page))?.storyOpen).toBe(true);

  await sendCommand(page, 'export-pdf');
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(async () => (await bridgeCalls(page)).includes('pdf.export')).toBe(true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Journal' }).click();
  await expect.poll(async () => (await lastState(page))?.storyOpen).toBe(false);
  // Not on a story: nothing happens, now or when a story opens later.
  await sendCommand(page, 'export-pdf');
  await page.getByRole('link', { name: 'Stories' }).click();
  await page
    .getByRole('link', { name: /Migration bug/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('File → Export backup and Import backup go to Settings and run the backup section’s actions', async ({ page }) => {
  await openJournal(page);
  await listening(page);
  await sendCommand(page, 'export-backup');
  await expect(page).toHaveURL(/#\/settings$/);
  await expect.poll(async () => (await bridgeCalls(page)).includes('backup.save')).toBe(true);

  await page.getByRole('link', { name: 'Journal' }).click();
  await sendCommand(page, 'import-backup');
  await expect(page).toHaveURL(/#\/settings$/);
  await expect.poll(async () => (await bridgeCalls(page)).includes('backup.open')).toBe(true);
});
