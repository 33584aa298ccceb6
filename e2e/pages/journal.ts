import { expect, type Locator, type Page } from '@playwright/test';

export interface SetbackInput {
  title: string;
  whatHappened?: string;
  when?: string;
  type: 'Technical' | 'Judgment' | 'Strategic';
  tags?: string;
  stakes?: 'Low' | 'Medium' | 'High';
}

/** The capture dialog, found as a person finds it: by role and name. */
export function captureDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Log a setback' });
}

/** Opens the journal on a fresh page and waits until it has loaded. */
export async function openJournal(page: Page): Promise<void> {
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
}

/** Fills the capture form (already open) without saving. */
export async function fillCapture(page: Page, setback: SetbackInput): Promise<void> {
  const dialog = captureDialog(page);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(setback.title);
  if (setback.whatHappened !== undefined)
    await dialog.getByRole('textbox', { name: 'What happened' }).fill(setback.whatHappened);
  if (setback.when !== undefined) await dialog.getByLabel('When').fill(setback.when);
  await dialog
    .getByRole('radiogroup', { name: 'Type', exact: true })
    .getByRole('radio', { name: setback.type })
    .check();
  if (setback.stakes)
    await dialog.getByRole('radiogroup', { name: 'Stakes' }).getByRole('radio', { name: setback.stakes }).check();
  if (setback.tags !== undefined) await dialog.getByRole('textbox', { name: 'Tags' }).fill(setback.tags);
}

/** Logs a setback through the capture dialog and waits for it to appear in the journal. */
export async function logSetback(page: Page, setback: SetbackInput): Promise<void> {
  await page.getByRole('button', { name: 'Log a setback' }).click();
  await fillCapture(page, setback);
  await captureDialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(captureDialog(page)).toBeHidden();
}

/** The list of setbacks in the journal. */
export function journalList(page: Page) {
  return page.getByRole('list', { name: 'Setbacks' });
}

/** Waits until the entry page reports every change as stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Presses Tab until `target` has focus (a date input has several stops of its own). */
export async function tabTo(page: Page, target: Locator, maxPresses = 8): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Opens a setback from the journal list by its title. */
export async function openSetback(page: Page, title: string): Promise<void> {
  await journalList(page)
    .getByRole('link', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
}

/** Opens Settings through the navigation, as a person would. */
export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}
