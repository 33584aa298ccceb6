// Measurements taken in headless Chromium against the production build in browser mode.
import type { BrowserContext, Page } from '@playwright/test';
import type { Entry } from '../../shared/entry';
import type { Story } from '../../shared/story';
import { waitForIndex } from './measure-search.ts';

declare global {
  interface Window {
    __firstRowAt?: number;
    __keyLatencies?: number[];
    __saveMs?: number[];
  }
}

/** Writes records straight into the app's IndexedDB (created by the app itself first). */
export async function seedDatabase(page: Page, entries: Entry[], stories: Story[], log: (line: string) => void) {
  const batch = 500;
  for (let start = 0; start < entries.length || start === 0; start += batch) {
    const chunk = entries.slice(start, start + batch);
    const storyChunk = start === 0 ? stories : [];
    await page.evaluate(
      async ({ chunk, storyChunk }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('hindsight');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['entries', 'stories'], 'readwrite');
          for (const entry of chunk) tx.objectStore('entries').put(entry);
          for (const story of storyChunk) tx.objectStore('stories').put(story);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { chunk, storyChunk },
    );
    if (start % 5000 === 0) log(`seeded ${Math.min(start + batch, entries.length)} / ${entries.length}`);
    if (entries.length === 0) break;
  }
}

/** Cold load → first journal row painted, on a fresh page each time. */
export async function measureStartup(context: BrowserContext, baseURL: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.entry-row')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (window.__firstRowAt = performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseURL}/#/journal`);
    await page.waitForFunction(() => window.__firstRowAt !== undefined, null, { timeout: 60_000 });
    samples.push(await page.evaluate(() => window.__firstRowAt ?? 0));
    await page.close();
  }
  return samples;
}

/** Used JS heap after garbage collection, on the journal page. */
export async function measureHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Keystroke → next frame, typing into "What happened" of an entry holding 2,000 words. */
export async function measureTyping(page: Page, baseURL: string, entryId: string): Promise<number[]> {
  await page.addInitScript(() => {
    window.__keyLatencies = [];
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__keyLatencies?.push(performance.now() - start)));
      },
      true,
    );
  });
  await page.goto(`${baseURL}/#/journal/${entryId}`);
  const field = page.getByRole('textbox', { name: 'What happened' });
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and then the second review found another gap in the plan', { delay: 25 });
  return page.evaluate(() => window.__keyLatencies ?? []);
}

/** One write of a 2,000-word entry to IndexedDB, as an autosave does. */
export async function measureSaves(page: Page, entry: Entry, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ entry, runs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('hindsight');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('entries', 'readwrite');
          tx.objectStore('entries').put({ ...entry, whatHappened: `${entry.whatHappened} ${run}` });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        samples.push(performance.now() - start);
      }
      db.close();
      return samples;
    },
    { entry, runs },
  );
}

/** Saves timed, with the lock off and on. */
export const APP_SAVES = 30;

/**
 * The app's own save of the 2,000-word entry (its checks, sealing when the lock is on, the
 * write), as the autosave times it, on a page open on that entry: a word typed, then its save
 * awaited, `rounds` times.
 */
export async function measureAppSaves(page: Page, rounds: number): Promise<number[]> {
  // A string: tsx would wrap a named function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__saveMs = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('hindsight:save')) window.__saveMs.push(entry.duration);
    }).observe({ type: 'measure' });
  })()`);
  const field = page.getByRole('textbox', { name: 'What happened' });
  await field.click();
  await page.keyboard.press('End');
  for (let round = 0; round < rounds; round++) {
    await page.keyboard.type(' again');
    await page.waitForFunction((saved) => (window.__saveMs?.length ?? 0) > saved, round);
  }
  return page.evaluate(() => window.__saveMs ?? []);
}

/**
 * Frames over 50 ms while scrolling the virtualized journal down for two seconds, from the
 * top of a freshly opened journal: 16,000 px (about 200 rows), so several pages are read and
 * rendered while the frames are counted.
 */
export async function measureScroll(page: Page, baseURL: string): Promise<number> {
  await page.goto(`${baseURL}/#/journal`);
  await page.locator('.entry-row').first().waitFor();
  // Scrolling is measured once the search index has loaded in its worker: on 2 cores its
  // load (about a second at 10k entries) competes with the page for the CPU.
  await waitForIndex(page, 10 * 60_000);
  await page.hover('.entry-list');
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const counting = page.evaluate<number>(`new Promise((resolve) => {
    let long = 0;
    let last = performance.now();
    const end = last + 2000;
    requestAnimationFrame(function tick(now) {
      if (now - last > 50) long++;
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(long);
    });
  })`);
  for (let step = 0; step < 40; step++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(45);
  }
  const long = await counting;
  // Honest only if the list really moved and read more than its first page.
  const rows = await page.locator('.entry-row').last().getAttribute('aria-posinset');
  if (Number(rows) < 100)
    throw new Error(`The journal scrolled only to row ${rows}: the list did not load more pages.`);
  return long;
}

/** Time for Chromium to print the print view to PDF (what the desktop's printToPDF does). */
export async function measurePdf(page: Page, url: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url);
    await page.waitForSelector('html[data-print-state="ready"]');
    const start = performance.now();
    await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Opening a story from elsewhere in the app (Settings, a second after it opened; the coach
 * has not started there) →
 * its first review shown, the Coach region no longer busy: reading the story, the coach
 * worker's start with its language model, and one review. The page's code is loaded by then
 * (the app preloads its pages when idle). A fresh page each run.
 */
export async function measureCoachFirstReview(context: BrowserContext, baseURL: string, storyId: string, runs: number) {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.goto(`${baseURL}/#/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.waitForTimeout(1000);
    const ms = await page.evaluate(
      (storyId) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            const coach = document.querySelector('[role="region"][aria-label="Coach"]');
            if (coach?.getAttribute('aria-busy') !== 'false') return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document, {
            childList: true,
            subtree: true,
            attributes: true,
            attributeFilter: ['aria-busy'],
          });
          location.hash = `#/stories/${storyId}`;
        }),
      storyId,
    );
    samples.push(ms);
    await page.close();
  }
  return samples;
}

/**
 * A pause in typing → the coach's new review shown, on an open story: the editor's wait for
 * the pause plus the worker's review of the story's whole text.
 */
export async function measureCoachAfterTyping(page: Page, url: string, runs: number): Promise<number[]> {
  await page.goto(url);
  const coach = page.getByRole('region', { name: 'Coach' });
  await coach.and(page.locator('[aria-busy="false"]')).waitFor();
  const field = page.getByRole('textbox', { name: 'What I learned' });
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await field.click();
    await page.keyboard.press('End');
    await page.keyboard.type(` Now I check it ${run}.`);
    const typedAt = await page.evaluate(() => performance.now());
    await coach.and(page.locator('[aria-busy="false"]')).waitFor();
    samples.push((await page.evaluate(() => performance.now())) - typedAt);
  }
  return samples;
}

/**
 * Opening practice mode from elsewhere in the app (Settings, a second after it opened) →
 * the story's text and the timer shown: reading the story and its practice log, and the
 * first render. The page's code is loaded by then (the app preloads its pages when idle).
 * A fresh page each run.
 */
export async function measurePracticeOpen(context: BrowserContext, baseURL: string, storyId: string, runs: number) {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.goto(`${baseURL}/#/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.waitForTimeout(1000);
    const ms = await page.evaluate(
      (storyId) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            const text = document.querySelector('[aria-label="The story"] p');
            if (!text || !document.querySelector('[role="timer"]')) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document, { childList: true, subtree: true });
          location.hash = `#/practice/${storyId}`;
        }),
      storyId,
    );
    samples.push(ms);
    await page.close();
  }
  return samples;
}
