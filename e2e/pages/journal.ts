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

/** The rows of the journal list that are rendered (the list renders those near the viewport). */
export function journalRows(page: Page) {
  return journalList(page).getByRole('listitem');
}

/**
 * Writes `count` setbacks straight into the app's IndexedDB (one a day going back from
 * 2026-01-31, titled "Setback 1" newest … "Setback N" oldest), for journals too long to type.
 * The app must have opened the database first (call openJournal); reload afterwards.
 */
export async function seedJournal(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hindsight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      const day = Date.UTC(2026, 0, 31);
      for (let n = 1; n <= count; n++) {
        const occurredOn = new Date(day - (n - 1) * 86_400_000).toISOString().slice(0, 10);
        const stamp = `${occurredOn}T12:00:00.000Z`;
        store.put({
          id: `seed-${n}`,
          title: `Setback ${n}`,
          whatHappened: `Seeded setback number ${n}.`,
          occurredOn,
          type: (['technical', 'judgment', 'strategic'] as const)[n % 3],
          tags: n % 10 === 0 ? ['tenth'] : [],
          stakes: 'medium',
          reflection: { whyItHappened: '', whatIDid: '', whatILearned: '', whatIChanged: '' },
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
