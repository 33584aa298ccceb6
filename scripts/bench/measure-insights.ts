// Insights in the browser: from navigating to #/insights to its charts painted, with the
// page's long tasks meanwhile.
import type { BrowserContext } from '@playwright/test';

export interface InsightsSample {
  ms: number;
  /** The page's tasks over 50 ms between the navigation and the paint. */
  longTasks: number[];
}

/**
 * One visit: a fresh page on Settings (the journal's database open, no search worker), a
 * second to settle and the app's idle work done, then `location.hash = '#/insights'` → the month chart painted with the
 * worker's report (the page no longer busy). The page's code, its worker and the report are
 * all inside the figure.
 */
async function visit(
  context: BrowserContext,
  baseURL: string,
  timeoutMs: number,
  settleMs: number,
): Promise<InsightsSample> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/#/settings`);
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await page.waitForTimeout(1000);
  // The app preloads every page's code once it is idle: on a busy machine that can come later
  // than the second above, and its parsing would land inside the measurement.
  await page.waitForFunction(
    "performance.getEntriesByType('resource').some((e) => /\\/assets\\/insights-page-[\\w-]+\\.js$/.test(e.name))",
    null,
    { timeout: 30_000 },
  );
  await page.evaluate('new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 10000 }))');
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const sample = await page.evaluate<InsightsSample>(`new Promise((resolve, reject) => {
    const longTasks = [];
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    const start = performance.now();
    const timer = setTimeout(() => reject(new Error('Insights did not paint in time.')), ${timeoutMs});
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.insights-page[aria-busy="false"] .month-chart')) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          tasks.disconnect();
          resolve({ ms: performance.now() - start, longTasks });
        }),
      );
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    location.hash = '#/insights';
  })`);
  // Leaving lets the worker finish storing its cache before the page closes.
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.waitForTimeout(settleMs);
  await page.close();
  return sample;
}

/**
 * The first visit (no cache yet: the whole journal is read in the worker), then `runs`
 * visits on fresh pages, each starting from the stored cache.
 */
export async function measureInsights(context: BrowserContext, baseURL: string, runs: number, entries: number) {
  // Time after a visit for the worker to store what it read before its page closes.
  const settleMs = entries > 20_000 ? 10_000 : 2_000;
  const first = await visit(context, baseURL, 20 * 60_000, settleMs);
  const warm: InsightsSample[] = [];
  for (let run = 0; run < runs; run++) warm.push(await visit(context, baseURL, 60_000, settleMs));
  return { first, warm };
}
