// Search measurements in headless Chromium, on the production build in browser mode.
// page.evaluate takes strings here: tsx wraps named functions in a helper the page lacks.
import type { BrowserContext, Page } from '@playwright/test';

/**
 * What the Search box says of the index (its accessible description): "Finds setbacks…"
 * once ready, "Building…" while it is built, "…not available…" when it failed.
 */
const indexState = `(() => {
  const text = document.getElementById(document.querySelector('input[type=search]')?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  return text.startsWith('Finds') ? 'ready' : text.includes('not available') ? 'failed' : text.startsWith('Building') ? 'building' : 'opening';
})()`;

/**
 * Waits until the page's search index answers; throws when the worker reports a failure.
 * Polled from here: waitForFunction would evaluate its string in the page, which the
 * app's CSP (no 'unsafe-eval') refuses.
 */
export async function waitForIndex(page: Page, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const state = await page.evaluate<string>(indexState);
    if (state === 'ready') return;
    if (state === 'failed')
      throw new Error(`The search index failed: ${await page.locator('[role=alert]').allInnerTexts()}`);
    if (performance.now() > deadline) throw new Error(`The search index was still ${state} after ${timeout} ms.`);
    await page.waitForTimeout(50);
  }
}

/** Words typed letter by letter in the Search box: common, domain and rare ones. */
export const typedQueries = ['deadline', 'stakeholder', 'rollback plan', 'vendor', 'kamiten', 'estimate'];

/**
 * Records the page's long tasks (over 50 ms) in `window.__longTasks` as [start, duration],
 * and in `window.__buildingAt` when the search index starts building.
 */
const watchLongTasks = `(() => {
  window.__longTasks = [];
  window.__longTaskObserver = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longTasks.push([task.startTime, task.duration]);
  });
  window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (window.__buildingAt === undefined && ${indexState} === 'building') window.__buildingAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/**
 * Long tasks that started at or after `since` (page time), as durations. Read a frame
 * later, and with the ones the observer has not delivered yet, so the last is not left out.
 */
const longTasksSince = (page: Page, since: string) =>
  page.evaluate<number[]>(`(async () => {
    // A task's entry is queued once it ends and the page has rendered: wait for a frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    for (const task of window.__longTaskObserver.takeRecords()) window.__longTasks.push([task.startTime, task.duration]);
    return window.__longTasks.filter(([start]) => start >= ${since}).map(([, ms]) => ms);
  })()`);

/**
 * Cold start without a stored index: page load → index built and stored (state "ready"),
 * with the page's long tasks while it built (the page must never block on indexing).
 */
export async function measureIndexBuild(page: Page, baseURL: string): Promise<{ ms: number; longTasks: number[] }> {
  await page.goto(`${baseURL}/#/settings`);
  await page.evaluate(`new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('hindsight-search');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
  })`);
  await page.addInitScript(watchLongTasks);
  await page.goto(`${baseURL}/#/journal`);
  await page.reload();
  await waitForIndex(page, 30 * 60_000);
  const ms = await page.evaluate<number>('performance.now()');
  // Counted from the moment the build started; a build never seen starting is an error, not zero.
  if (await page.evaluate<boolean>('window.__buildingAt === undefined'))
    throw new Error('The search index was never seen building: its long tasks cannot be counted.');
  return { ms, longTasks: await longTasksSince(page, 'window.__buildingAt') };
}

/** One keystroke in the Search box: the text it made, and how long until its results were painted. */
export interface Keystroke {
  text: string;
  ms: number;
}

/**
 * Keystroke → results for that exact text painted, typing each word letter by letter at
 * a brisk 150 ms a key. Its results are painted once the summary, busy since the keystroke
 * (its `aria-busy`), is no longer busy while the box still holds that text.
 * `unanswered` counts keystrokes whose results were never painted before the next key:
 * they have no sample, and a figure that left them out would look better than it is.
 */
export async function measureSearchTyping(
  page: Page,
  baseURL: string,
): Promise<{ keystrokes: Keystroke[]; unanswered: number; longTasks: number[] }> {
  await page.addInitScript(watchLongTasks);
  await page.goto(`${baseURL}/#/journal`);
  await waitForIndex(page, 30 * 60_000);
  const typingFrom = await page.evaluate<number>('performance.now()');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await page.evaluate(`(() => {
    window.__searchLatencies = [];
    window.__searchInputs = 0;
    document.addEventListener('input', (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
      const wanted = event.target.value;
      if (wanted.trim() === '') return;
      window.__searchInputs++;
      const started = event.timeStamp;
      const done = () => requestAnimationFrame(() => setTimeout(() => window.__searchLatencies.push({ text: wanted, ms: performance.now() - started })));
      // Busy from the render that takes this text until its answer: seen busy first, so an
      // answer to the text before is never taken for this one.
      let seenBusy = false;
      const answered = () => {
        const busy = document.querySelector('.search-summary')?.getAttribute('aria-busy');
        if (busy === 'true') seenBusy = true;
        return seenBusy && busy === 'false';
      };
      const observer = new MutationObserver(() => {
        if (document.querySelector('input[type=search]')?.value !== wanted) return observer.disconnect();
        if (answered()) { observer.disconnect(); done(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    }, true);
  })()`);
  for (const query of typedQueries) {
    await box.fill('');
    await box.pressSequentially(query, { delay: 150 });
    await page.waitForTimeout(300);
  }
  const keystrokes = await page.evaluate<Keystroke[]>('window.__searchLatencies');
  const typed = await page.evaluate<number>('window.__searchInputs');
  return {
    keystrokes,
    unanswered: typed - keystrokes.length,
    longTasks: await longTasksSince(page, String(typingFrom)),
  };
}

/**
 * What search costs without an index: read every entry and story from IndexedDB (in
 * batches, so memory stays bounded) and look for each word in its text. `scan` is the
 * look-up alone over records already in memory (measured up to 20,000 records only: a
 * design that keeps the whole journal loaded is not an option beyond that).
 */
export async function measureNaiveSearch(page: Page, queries: string[]): Promise<{ read: number[]; scan: number[] }> {
  return page.evaluate<{ read: number[]; scan: number[] }>(`(async () => {
    const queries = ${JSON.stringify(queries)};
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('hindsight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const batch = (store, after) => new Promise((resolve, reject) => {
      const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const request = db.transaction(store).objectStore(store).getAll(range, 1000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const textOf = (record) => [record.title, record.whatHappened ?? '', record.feelings ?? '',
      ...Object.values(record.reflection ?? {}), record.whyItHappened ?? '', record.whatIDid ?? '',
      record.whatILearned ?? '', record.roleConnection ?? '', ...(record.tags ?? [])].join(' ').toLowerCase();
    const wordsOf = (query) => query.toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
    const matches = (record, words) => !record.deletedAt && words.every((word) => textOf(record).includes(word));
    const read = [];
    for (const query of queries) {
      const words = wordsOf(query);
      const start = performance.now();
      let found = 0;
      for (const store of ['entries', 'stories']) {
        let after = null;
        for (;;) {
          const records = await batch(store, after);
          if (records.length === 0) break;
          for (const record of records) if (matches(record, words)) found++;
          after = records[records.length - 1].id;
        }
      }
      read.push(performance.now() - start);
    }
    const scan = [];
    const count = await new Promise((resolve) => {
      const request = db.transaction('entries').objectStore('entries').count();
      request.onsuccess = () => resolve(request.result);
    });
    if (count <= 20000) {
      const loaded = [];
      for (const store of ['entries', 'stories']) {
        let after = null;
        for (;;) {
          const records = await batch(store, after);
          if (records.length === 0) break;
          loaded.push(...records);
          after = records[records.length - 1].id;
        }
      }
      for (const query of queries) {
        const words = wordsOf(query);
        const start = performance.now();
        let found = 0;
        for (const record of loaded) if (matches(record, words)) found++;
        scan.push(performance.now() - start);
      }
    }
    db.close();
    return { read, scan };
  })()`);
}

/**
 * The search worker's memory after garbage collection: its JS heap plus the typed arrays'
 * backing stores (the index's postings live there, outside the JS heap proper). Workers
 * have no Playwright CDP session of their own, so this goes through the browser's targets;
 * with several search workers alive, the largest is the one holding the index.
 */
export async function measureWorkerHeapMb(context: BrowserContext): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context: the search worker cannot be reached.');
  const session = await browser.newBrowserCDPSession();
  const replies = new Map<string, (message: { result?: Record<string, number> }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
    replies.get(`${event.sessionId}:${message.id}`)?.(message);
  });
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    let largest = 0;
    for (const worker of targetInfos.filter((t) => t.type === 'worker' && t.url.includes('search-worker'))) {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
      const call = (id: number, method: string) =>
        new Promise<{ result?: Record<string, number> }>((resolve) => {
          replies.set(`${sessionId}:${id}`, resolve);
          void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call(1, 'HeapProfiler.collectGarbage');
      const usage = (await call(2, 'Runtime.getHeapUsage')).result ?? {};
      largest = Math.max(largest, ((usage.usedSize ?? 0) + (usage.backingStorageSize ?? 0)) / 1024 / 1024);
    }
    return largest;
  } finally {
    await session.detach();
  }
}

/** Warm start (index stored): page load → search index loaded, caught up and answering. */
export async function measureSearchReady(context: BrowserContext, baseURL: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.goto(`${baseURL}/#/journal`);
    await waitForIndex(page, 10 * 60_000);
    samples.push(await page.evaluate<number>('performance.now()'));
    await page.close();
  }
  return samples;
}
