import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import {
  captureDialog,
  fillCapture,
  journalList,
  logSetback,
  openJournal,
  openSetback,
  waitForSaved,
} from '../pages/journal';

test('the capture draft survives a reload and is cleared by Save', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await fillCapture(page, {
    title: 'Half written',
    whatHappened: 'The migration ran twice',
    type: 'Judgment',
    tags: 'ops, da',
  });
  // The draft is stored within 500 ms of the last keystroke.
  await page.waitForTimeout(500);
  await page.reload();
  const dialog = captureDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Half written');
  await expect(dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue('The migration ran twice');
  await expect(dialog.getByRole('textbox', { name: 'Tags' })).toHaveValue('ops, da');
  await expect(dialog.getByRole('radio', { name: 'Judgment' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('');
});

test('a setback saved from "Log a setback" is not offered again as a draft when the browser closes at once', async ({
  browserName,
}, testInfo) => {
  expect(browserName).toBe('chromium');
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-capture-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: testInfo.project.use.launchOptions?.executablePath,
      args: testInfo.project.use.launchOptions?.args,
      baseURL: String(testInfo.project.use.baseURL),
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await openJournal(page);
    await logSetback(page, { title: 'Saved, then the browser closed', type: 'Technical' });
    // Closed the moment the dialog closes, before anything else the page had still to store.
    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/#/journal');
    await expect(journalList(page).getByRole('link', { name: /Saved, then the browser closed/ })).toBeVisible();
    await expect(captureDialog(page)).toBeHidden();
    await page.getByRole('button', { name: 'Log a setback' }).click();
    await expect(captureDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an earlier version is listed with what changed and restored in one click', async ({ page }) => {
  await openJournal(page);
  await logSetback(page, { title: 'Versioned', whatHappened: 'I blamed the vendor.', type: 'Judgment' });
  await openSetback(page, 'Versioned');
  await page.getByRole('textbox', { name: 'What happened' }).fill('I skipped the vendor review myself.');
  await waitForSaved(page);
  const history = page.getByRole('region', { name: 'History' });
  const versions = history.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(1);
  await versions
    .first()
    .getByRole('button', { name: /Show changes/ })
    .click();
  await expect(history.getByRole('deletion').first()).toContainText('blamed');
  await versions
    .first()
    .getByRole('button', { name: /Go back to this version/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');
  // The text it replaced is kept as a version too.
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Before restoring an older version');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');
});

test('right after restoring a version, another setback opened from the address bar shows its own text', async ({
  page,
}) => {
  await openJournal(page);
  await logSetback(page, { title: 'Older setback', whatHappened: 'The vendor slipped.', type: 'Technical' });
  await logSetback(page, { title: 'Versioned', whatHappened: 'I blamed the vendor.', type: 'Judgment' });
  await openSetback(page, 'Older setback');
  const olderHash = new URL(page.url()).hash;
  await openJournal(page);
  await openSetback(page, 'Versioned');
  await page.getByRole('textbox', { name: 'What happened' }).fill('I skipped the vendor review myself.');
  await waitForSaved(page);
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /Go back to this version/ }).click();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('I blamed the vendor.');

  await page.evaluate((hash) => (window.location.hash = hash), olderHash);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Older setback');
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue('The vendor slipped.');
});
