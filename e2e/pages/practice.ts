import { expect, type Page } from '@playwright/test';

/** Clicks "Practice" on the open story page and waits for practice mode to show the story. */
export async function openPractice(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Practice', exact: true }).click();
  await expect(page).toHaveURL(/#\/practice\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
}

/** Stops the fake clock a moment from now: from here on, time moves only when the test moves it. */
export async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

export const drill = (page: Page) => page.getByRole('region', { name: 'Follow-up drill' });
export const runForm = (page: Page) => page.getByRole('region', { name: 'How did that run go?' });
export const practiceLog = (page: Page) => page.getByRole('region', { name: 'Practice log' });
