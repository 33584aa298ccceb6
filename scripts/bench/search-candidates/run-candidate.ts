// Drives one candidate in its own page: build, heap after GC, the query workload, updates and
// persistence. One page at a time, closed afterwards, so heap figures are not mixed up.
import type { BrowserContext, Page } from '@playwright/test';
import type { CandidateId, Measurement, PageApi, SearchRun, SeedResult, WorkloadQuery } from './protocol.ts';
import { distribution } from './stats.ts';

type Method = keyof PageApi;
type Result<M extends Method> = Awaited<ReturnType<PageApi[M]>>;

/** Calls the page API with a string expression: tsx-compiled functions may carry helpers the page lacks. */
function call<M extends Method>(page: Page, method: M, ...args: Parameters<PageApi[M]>): Promise<Result<M>> {
  const argText = args.map((arg) => JSON.stringify(arg)).join(',');
  return page.evaluate<Result<M>>(`window.candidateBench.${method}(${argText})`);
}

/**
 * Heap after GC: the JS heap plus ArrayBuffer backing stores, which live outside the JS heap
 * (typed-array postings would otherwise look free). Both are the renderer's memory all the same.
 */
async function heapMb(page: Page): Promise<{ js: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { js: mb(usage.usedSize), total: mb(usage.usedSize + (usage.backingStorageSize ?? 0)) };
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.candidateBench !== undefined');
  return page;
}

/** Writes the generated journal into the bench store (in the page: no 100k-entry copy over CDP). */
export async function seed(context: BrowserContext, url: string, count: number): Promise<SeedResult> {
  const page = await openPage(context, url);
  try {
    return await call(page, 'seed', count);
  } finally {
    await page.close();
  }
}

export interface CandidateRun {
  measurements: Measurement[];
  search: SearchRun;
}

export async function runCandidate(
  context: BrowserContext,
  url: string,
  id: CandidateId,
  workload: WorkloadQuery[],
  searchBudgetMs: number,
  buildLimitMs: number,
  log: (line: string) => void,
): Promise<CandidateRun> {
  const page = await openPage(context, url);
  try {
    const baseline = await heapMb(page);
    log(`${id}: building…`);
    const measurements = await call(page, 'prepare', id, buildLimitMs);
    const heap = await heapMb(page);
    measurements.push(
      { metric: 'heap_mb', stat: 'value', value: heap.total, unit: 'mb' },
      { metric: 'js_heap_mb', stat: 'value', value: heap.js, unit: 'mb' },
      { metric: 'index_heap_mb', stat: 'value', value: heap.total - baseline.total, unit: 'mb' },
    );
    log(`${id}: searching ${workload.length} queries…`);
    const search = await call(page, 'search', workload, searchBudgetMs);
    measurements.push(
      ...distribution(
        'search_ms',
        search.samples.map((sample) => sample.ms),
      ),
      // Many search boxes wait for a second letter: the same workload without 1-letter queries.
      ...distribution(
        'search_2plus_chars_ms',
        search.samples.filter((sample) => sample.query.length >= 2).map((sample) => sample.ms),
      ),
      { metric: 'search_longest_task_ms', stat: 'value', value: search.longestTaskMs, unit: 'ms' },
      { metric: 'search_samples', stat: 'value', value: search.samples.length, unit: 'count' },
    );
    log(`${id}: updates and persistence…`);
    const extras = await call(page, 'extras');
    measurements.push(...extras);
    // Candidates that persist keep the copy loaded back from storage: its heap is the start-up case.
    if (extras.some((measurement) => measurement.metric === 'load_ms'))
      measurements.push({ metric: 'loaded_heap_mb', stat: 'value', value: (await heapMb(page)).total, unit: 'mb' });
    return { measurements, search };
  } finally {
    await page.close();
  }
}
