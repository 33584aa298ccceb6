// The lock, measured on the seeded journal: turning it on (every row sealed and moved), the
// unlock (key derivation and the first rows painted), search ready after the unlock, and
// typing and saving with the lock on (saving also just before, with it off, to compare). Runs
// last: it leaves the profile locked.
import type { BrowserContext, Page } from '@playwright/test';
import { APP_SAVES, measureAppSaves } from './measure-browser.ts';
import { waitForIndex } from './measure-search.ts';

const PASSPHRASE = 'bench passphrase, long enough';

export interface LockFigures {
  turnOnMs: number;
  /** Of which the app was set aside (the last steps), the rest it stayed in use. */
  turnOnPausedMs: number;
  unlockMs: number[];
  searchReadyMs: number[];
  typingMs: number[];
  /** The app's save of the 2,000-word entry, with the lock off (just before it is turned on) and on. */
  saveOffMs: number[];
  saveMs: number[];
}

/**
 * Settings → Lock with a passphrase → Turn on lock → Done, timed from Done to the app back, and
 * from the app set aside for the last steps (the heading in place of the app) to the app back.
 */
async function turnOn(page: Page, baseURL: string): Promise<{ total: number; paused: number }> {
  await page.goto(`${baseURL}/#/settings`);
  await page.getByRole('button', { name: 'Lock with a passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on lock' }).click();
  await page.getByRole('button', { name: 'Done' }).waitFor({ timeout: 60_000 });
  const start = Date.now();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('heading', { name: 'Locking your journal' }).waitFor({ timeout: 30 * 60_000 });
  const setAside = Date.now();
  await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 30 * 60_000 });
  const end = Date.now();
  return { total: end - start, paused: end - setAside };
}

const TYPING_THE_PASSPHRASE_MS = 4000;

/** A fresh page: the passphrase typed, then Unlock → first journal row painted, and → search ready. */
async function unlockOnce(context: BrowserContext, baseURL: string): Promise<{ unlock: number; search: number }> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/#/journal`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  // A person takes seconds to type it. The lock screen holds no connection to the storage, so
  // Chromium closes it meanwhile, and the unlock opens it afresh (docs/lock.md).
  await page.waitForTimeout(TYPING_THE_PASSPHRASE_MS);
  const start = Date.now();
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.entry-row').first().waitFor({ timeout: 60_000 });
  const unlock = Date.now() - start;
  await waitForIndex(page, 10 * 60_000);
  const search = Date.now() - start;
  await page.close();
  return { unlock, search };
}

/** Keystroke → next frame in the 2,000-word entry, on a page already unlocked there (no reload). */
async function typeUnlocked(page: Page): Promise<number[]> {
  // A string: tsx would wrap a named function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__keyLatencies = [];
    document.addEventListener('keydown', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keyLatencies.push(performance.now() - start)));
    }, true);
  })()`);
  const field = page.getByRole('textbox', { name: 'What happened' });
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and then the second review found another gap in the plan', { delay: 25 });
  return page.evaluate<number[]>('window.__keyLatencies');
}

export async function measureLock(
  context: BrowserContext,
  baseURL: string,
  runs: number,
  log: (line: string) => void,
): Promise<LockFigures> {
  const page = await context.newPage();
  log('saving with the lock off…');
  await page.goto(`${baseURL}/#/journal/bench-long`);
  const saveOffMs = await measureAppSaves(page, APP_SAVES);
  log('turning the lock on…');
  const { total: turnOnMs, paused: turnOnPausedMs } = await turnOn(page, baseURL);
  await page.close();
  const unlockMs: number[] = [];
  const searchReadyMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { unlock, search } = await unlockOnce(context, baseURL);
    unlockMs.push(unlock);
    searchReadyMs.push(search);
    // The index goes through the move in memory and is stored sealed at its end: every unlock,
    // the first after turning the lock on too, opens the sealed snapshot.
    log(`unlock ${run + 1}: rows painted in ${unlock} ms, search answering in ${search} ms`);
  }
  log('typing and saving with the lock on…');
  const typingPage = await unlockedOnLongEntry(context, baseURL);
  const typingMs = await typeUnlocked(typingPage);
  const saveMs = await measureAppSaves(typingPage, APP_SAVES);
  await typingPage.close();
  return { turnOnMs, turnOnPausedMs, unlockMs, searchReadyMs, typingMs, saveOffMs, saveMs };
}

/**
 * A page unlocked on the 2,000-word entry: as `typing_ms` opens it straight, so the journal
 * page and its search do not run.
 */
async function unlockedOnLongEntry(context: BrowserContext, baseURL: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/#/journal/bench-long`);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Lock now' }).waitFor();
  // Typing goes on long after an unlock: measured once its first seconds are over (the key
  // derivation's 64 MiB collected, the services started), which docs/performance.md reports apart.
  await page.waitForTimeout(3000);
  return page;
}

/** Keystroke → next frame in the 2,000-word entry with the lock on. */
export async function typeWithLockOn(context: BrowserContext, baseURL: string): Promise<number[]> {
  const typingPage = await unlockedOnLongEntry(context, baseURL);
  const typingMs = await typeUnlocked(typingPage);
  await typingPage.close();
  return typingMs;
}
