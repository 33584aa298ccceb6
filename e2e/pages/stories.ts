import { expect, type Page } from '@playwright/test';
import { journalList, logSetback, waitForSaved } from './journal';

export interface ReflectedSetback {
  title: string;
  whatHappened: string;
  why: string;
  did: string;
  learned: string;
  changed: string;
}

/** Logs a setback, opens it and writes its reflection; leaves the entry page open. */
export async function logReflectedSetback(page: Page, setback: ReflectedSetback): Promise<void> {
  await logSetback(page, { title: setback.title, whatHappened: setback.whatHappened, type: 'Technical' });
  await journalList(page)
    .getByRole('link', { name: new RegExp(setback.title) })
    .click();
  await page.getByRole('textbox', { name: 'Why it happened' }).fill(setback.why);
  await page.getByRole('textbox', { name: 'What I did' }).fill(setback.did);
  await page.getByRole('textbox', { name: 'What I learned' }).fill(setback.learned);
  await page.getByRole('textbox', { name: 'What I changed since' }).fill(setback.changed);
  await waitForSaved(page);
}

/** The Coach region beside the story editor. */
export function coach(page: Page) {
  return page.getByRole('region', { name: 'Coach' });
}

/** Reads the value of one of the coach's scorecard meters (0–100). */
export async function scoreOf(page: Page, label: string): Promise<number> {
  const meter = coach(page).getByRole('meter', { name: new RegExp(`^${label}`) });
  await expect(meter).toBeVisible();
  return Number(await meter.getAttribute('value'));
}

export const migrationSetback: ReflectedSetback = {
  title: 'Migration bug hit 5% of users',
  whatHappened:
    'I co-led a migration that shipped a bug affecting 5% of users for two days. We rolled it back. Then we fixed it.',
  why: 'I trusted our staging environment without checking it matched production, and I rushed for a quarterly deadline.',
  did: 'I rolled back within the hour, told leadership and the affected users what happened, and we shipped a fix in 24 hours.',
  learned: 'A deadline never justifies skipping verification of the test environment.',
  changed: 'I now run a staging parity check before every migration; I have used it on four migrations since.',
};

/**
 * Clicks "Promote to story" on the open entry and waits until the story workshop shows it.
 * The entry page has fields with the same names, so typing before this would land there.
 */
export async function promoteToStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Promote to story' }).click();
  await expect(page).toHaveURL(/#\/stories\/[\w-]+$/);
  await expect(coach(page)).toBeVisible();
}
