import { expect, type Page } from '@playwright/test';
import { journalList, logSetback, waitForSaved, type SetbackInput } from './journal';

export interface Reflection {
  why: string;
  did: string;
  learned: string;
  changed?: string;
}

/** Logs a setback of any type with tags and, when given, writes its reflection on its page. */
export async function logWithReflection(page: Page, setback: SetbackInput, reflection?: Reflection): Promise<void> {
  await logSetback(page, setback);
  if (!reflection) return;
  await page.getByRole('link', { name: 'Journal' }).click();
  await journalList(page)
    .getByRole('link', { name: new RegExp(setback.title) })
    .click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(setback.title);
  await page.getByRole('textbox', { name: 'Why it happened' }).fill(reflection.why);
  await page.getByRole('textbox', { name: 'What I did' }).fill(reflection.did);
  await page.getByRole('textbox', { name: 'What I learned' }).fill(reflection.learned);
  if (reflection.changed) await page.getByRole('textbox', { name: 'What I changed since' }).fill(reflection.changed);
  await waitForSaved(page);
}

/** Opens Insights through the navigation, as a person would, and waits for its figures. */
export async function openInsights(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.locator('.insights-page')).toHaveAttribute('aria-busy', 'false');
}
