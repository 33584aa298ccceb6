// `npm run bench -- --entries N`: the performance harness. One JSON object per line on
// stdout ({metric, stat, value, unit, entries}); progress on stderr.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { build, preview } from 'vite';
import { reviewStory } from '../shared/coach/review-story';
import { rendererConfig } from '../vite.renderer.config.ts';
import { generateEntries, storyFrom } from './bench/generate-journal.ts';
import {
  measureCoachAfterTyping,
  measureCoachFirstReview,
  measureHeapMb,
  measurePdf,
  measurePracticeOpen,
  measureSaves,
  measureScroll,
  measureStartup,
  measureTyping,
  seedDatabase,
} from './bench/measure-browser.ts';
import {
  measureIndexBuild,
  measureNaiveSearch,
  measureSearchReady,
  measureSearchTyping,
  measureWorkerHeapMb,
  typedQueries,
  waitForIndex,
} from './bench/measure-search.ts';
import { emitFor, onlyOption, option } from './bench/cli.ts';
import { measureLock, typeWithLockOn } from './bench/measure-lock.ts';
import { measureInsights } from './bench/measure-insights.ts';
import { serveFloorPages } from './bench/floor-pages.ts';
import type { Measurement, Unit } from './bench/search-candidates/protocol.ts';
import { distribution as summarize, percentile } from './bench/search-candidates/stats.ts';
import { chromiumArgs, findChromium, framesWhenReadyArgs } from './find-chromium.ts';

const entriesCount = option('entries', 1000);
const runs = option('runs', 10);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
// `--only startup,typing` runs some sections (index, startup, heap, insights, search, typing, save, scroll, coach, practice, pdf, lock); default all.
const only = onlyOption();
const runs_ = (section: string) => only === undefined || only.includes(section);
const print = emitFor(entriesCount);
const emit = (metric: string, stat: Measurement['stat'], value: number, unit: Unit) =>
  print({ metric, stat, value, unit });
const distribution = (metric: string, samples: readonly number[], unit: Unit = 'ms') =>
  summarize(metric, samples, unit)
    .filter((m) => m.stat !== 'max')
    .forEach(print);

const found = findChromium();
if (!found.found) {
  log(found.help);
  process.exit(1);
}

log('building the renderer…');
await build({ ...rendererConfig, configFile: false, logLevel: 'warn' });
const outDir = path.resolve('out/renderer');
const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const initialScripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
].map((m) => m[1] ?? '');
emit(
  'initial_js_gzip_bytes',
  'value',
  initialScripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, file))).length, 0),
  'bytes',
);

log('coach review timings…');
const entries = generateEntries(entriesCount);
const stories = entries.slice(0, 5).map((entry, index) => storyFrom(entry, `bench-story-${index}`));
// The first review loads the language model: reported apart, so the rest are steady state.
const coldStart = performance.now();
reviewStory(stories[0]!);
emit('coach_cold_review_ms', 'value', performance.now() - coldStart, 'ms');
const reviewSamples = entries.slice(0, 200).map((entry, index) => {
  const story = storyFrom(entry, `r-${index}`);
  const start = performance.now();
  reviewStory(story);
  return performance.now() - start;
});
distribution('coach_review_ms', reviewSamples);

// The entry typed into: 2,000 words.
const longWords = entries[0]?.whatHappened.split(' ') ?? [];
const longEntry = {
  ...entries[0]!,
  id: 'bench-long',
  whatHappened: Array.from({ length: 2000 }, (_, i) => longWords[i % longWords.length]).join(' '),
};

const port = Number(process.env.BENCH_PORT ?? 5499);
const server = await preview({
  ...rendererConfig,
  configFile: false,
  logLevel: 'warn',
  preview: { ...rendererConfig.preview, port },
});
const baseURL = `http://127.0.0.1:${port}`;
const floor = await serveFloorPages(rendererConfig.preview?.headers ?? {}, longEntry.whatHappened);
// One profile for both browsers below, so the journal is seeded and indexed once. A 100k
// profile is over a gigabyte: removed however the bench ends (Playwright exits on Ctrl-C).
const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-bench-'));
const removeProfile = () => rmSync(profile, { recursive: true, force: true });
process.once('exit', removeProfile);
/**
 * Chromium on this profile. `atDisplayClock`: frames are drawn at a 60 Hz clock, as on a
 * screen; otherwise each frame is drawn as soon as there is something new to draw.
 */
const launch = (atDisplayClock: boolean) =>
  chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    args: atDisplayClock ? chromiumArgs : [...chromiumArgs, ...framesWhenReadyArgs],
    viewport: { width: 1200, height: 820 },
  });

/**
 * Types the searches letter by letter; `suffix` names the figures ("" or "_at_60hz").
 * The primary run also reports the unanswered keystrokes, the long tasks and the naive scan.
 */
async function searchSection(context: BrowserContext, suffix: string, primary: boolean) {
  const searchPage = await context.newPage();
  const { keystrokes, unanswered, longTasks } = await measureSearchTyping(searchPage, baseURL);
  const ours = keystrokes.map((keystroke) => keystroke.ms);
  distribution(`search${suffix}_ms`, ours);
  const slowest = [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 6);
  log(`slowest keystrokes: ${slowest.map(({ text, ms }) => `"${text}" ${ms.toFixed(0)} ms`).join(', ')}`);
  emit(`search${suffix}_ms`, 'max', Math.max(...ours), 'ms');
  if (primary) {
    // A keystroke overtaken by the next one before its results were painted has no sample:
    // counted here, so the distribution cannot hide it.
    emit('search_unanswered_keystrokes', 'value', unanswered, 'count');
    // The page's tasks over 50 ms while typing the searches, clearing the box between them
    // (back to the journal list) included: the target is none.
    emit('search_long_tasks', 'value', longTasks.length, 'count');
    if (longTasks.length > 0) log(`long tasks while searching: ${longTasks.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    log('the naive scan, same queries…');
    // Each naive query reads the whole journal: a few are enough to know its cost at 100k.
    const naiveQueries = [...typedQueries, 'dead', 'stake', 'roll', 'ven'].slice(0, entriesCount > 20_000 ? 3 : 10);
    const naive = await measureNaiveSearch(searchPage, naiveQueries);
    distribution('naive_search_ms', naive.read);
    if (naive.scan.length > 0) distribution('naive_memory_scan_ms', naive.scan);
    emit('search_speedup_ratio', 'value', percentile(naive.read, 95) / percentile(ours, 95), 'ratio');
  }
  await searchPage.close();
}

/** Types into the 2,000-word entry, then into a bare textarea (Chromium's own share). */
async function typingSection(context: BrowserContext, suffix: string) {
  const typingPage = await context.newPage();
  distribution(`typing${suffix}_ms`, await measureTyping(typingPage, baseURL, 'bench-long'));
  // Closed, like every page a section opens: left open, its autosave and search index
  // update would run during what is measured next (3 long frames in the scroll, on 2 cores).
  await typingPage.close();
  const floorPage = await context.newPage();
  distribution(`typing_floor${suffix}_ms`, await measureTyping(floorPage, `${floor.url}/typing`, 'bench-long'));
  await floorPage.close();
}

let context: BrowserContext | undefined;
try {
  context = await launch(true);
  const page = await context.newPage();
  // Seeded from Settings: it opens the database, and no search worker runs there to hold it.
  await page.goto(`${baseURL}/#/settings`);
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  log(`seeding ${entriesCount} entries…`);
  const seedStart = performance.now();
  await seedDatabase(page, [...entries, longEntry], stories, log);
  emit('seed_ms', 'value', performance.now() - seedStart, 'ms');

  // First, before anything is timed: the search index is built once (in its worker), as on
  // a user's first start after installing; later starts load it.
  log('building the search index…');
  const buildPage = await context.newPage();
  const build = await measureIndexBuild(buildPage, baseURL);
  if (runs_('index')) {
    emit('index_build_ms', 'value', build.ms, 'ms');
    // The page's tasks over 50 ms while the worker built the index: the target is none.
    emit('index_build_long_tasks', 'value', build.longTasks.length, 'count');
    if (build.longTasks.length > 0)
      log(`long tasks while indexing: ${build.longTasks.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  await buildPage.close();

  if (runs_('startup')) {
    log('start-up…');
    distribution('startup_to_interactive_ms', await measureStartup(context, baseURL, runs));
    // The same measurement on a page that does nothing but show one row: the harness's own share.
    distribution('startup_floor_ms', await measureStartup(context, floor.url, runs));
  }
  if (runs_('heap')) {
    // A fresh page on the journal, once its search index is loaded: the only worker running.
    const heapPage = await context.newPage();
    await heapPage.goto(`${baseURL}/#/journal`);
    await heapPage.locator('.entry-row').first().waitFor();
    await waitForIndex(heapPage, 10 * 60_000);
    // The page and the search worker together: the index lives in the worker.
    const pageHeap = await measureHeapMb(heapPage);
    const workerHeap = await measureWorkerHeapMb(context);
    emit('heap_mb', 'value', pageHeap + workerHeap, 'mb');
    emit('page_heap_mb', 'value', pageHeap, 'mb');
    emit('search_worker_heap_mb', 'value', workerHeap, 'mb');
    await heapPage.close();
  }
  if (runs_('insights')) {
    log('insights…');
    const insights = await measureInsights(context, baseURL, runs, entriesCount);
    // The first visit reads the whole journal in the worker (no cache yet); later ones start from the cache.
    emit('insights_first_visit_ms', 'value', insights.first.ms, 'ms');
    distribution(
      'insights_paint_ms',
      insights.warm.map((sample) => sample.ms),
    );
    const longTasks = insights.warm.flatMap((sample) => sample.longTasks);
    emit('insights_long_tasks', 'value', longTasks.length, 'count');
    if (longTasks.length > 0) log(`long tasks on Insights: ${longTasks.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    emit('insights_first_visit_long_tasks', 'value', insights.first.longTasks.length, 'count');
  }
  if (runs_('search')) {
    log('search index ready after a warm start…');
    distribution('search_ready_ms', await measureSearchReady(context, baseURL, Math.min(runs, 5)));
    log('searching as you type, frames at 60 Hz…');
    await searchSection(context, '_at_60hz', false);
  }
  if (runs_('typing')) {
    log('typing, frames at 60 Hz…');
    await typingSection(context, '_at_60hz');
  }
  if (runs_('save')) {
    log('saving…');
    distribution('save_ms', await measureSaves(page, longEntry, runs * 3));
  }
  if (runs_('scroll')) {
    log('scrolling…');
    emit('scroll_long_frames', 'value', await measureScroll(page, baseURL), 'count');
  }
  if (runs_('coach')) {
    log('the coach in the page…');
    const storyUrl = `${baseURL}/#/stories/bench-story-0`;
    distribution('coach_first_review_ms', await measureCoachFirstReview(context, baseURL, 'bench-story-0', runs));
    const coachPage = await context.newPage();
    distribution('coach_after_typing_ms', await measureCoachAfterTyping(coachPage, storyUrl, runs));
    await coachPage.close();
  }
  if (runs_('practice')) {
    log('practice mode…');
    distribution('practice_open_ms', await measurePracticeOpen(context, baseURL, 'bench-story-0', runs));
  }
  if (runs_('pdf')) {
    log('PDF export…');
    distribution(
      'pdf_story_ms',
      await measurePdf(page, `${baseURL}/?variant=sheet&size=A4#/stories/bench-story-0/print`, 5),
    );
    const packIds = stories.map((story) => story.id).join(',');
    distribution(
      'pdf_pack5_ms',
      await measurePdf(page, `${baseURL}/?variant=sheet&size=A4&ids=${packIds}&company=Contoso#/pack/print`, 5),
    );
  }

  // Keystroke → paint, without the wait for the display's next 60 Hz tick: that wait
  // (0–16.7 ms, whatever the page does) is the screen's, and a bare textarea's p95 at 60 Hz
  // is already over 16 ms. The figures at 60 Hz above are reported too.
  if (runs_('search') || runs_('typing')) {
    await context.close();
    context = await launch(false);
    if (runs_('search')) {
      log('searching as you type, frames drawn when ready…');
      await searchSection(context, '', true);
    }
    if (runs_('typing')) {
      log('typing, frames drawn when ready…');
      await typingSection(context, '');
    }
  }
  // Last: it leaves the journal locked.
  if (runs_('lock')) {
    await context.close();
    context = await launch(true);
    const figures = await measureLock(context, baseURL, Math.min(runs, 5), log);
    emit('lock_turn_on_ms', 'value', figures.turnOnMs, 'ms');
    emit('lock_turn_on_paused_ms', 'value', figures.turnOnPausedMs, 'ms');
    distribution('lock_unlock_ms', figures.unlockMs);
    distribution('lock_search_ready_ms', figures.searchReadyMs);
    distribution('lock_typing_at_60hz_ms', figures.typingMs);
    distribution('lock_off_app_save_ms', figures.saveOffMs);
    distribution('lock_app_save_ms', figures.saveMs);
    // And with frames drawn when ready, as `typing_ms` is: the figure the +2 ms target applies to.
    await context.close();
    context = await launch(false);
    log('typing with the lock on, frames drawn when ready…');
    distribution('lock_typing_ms', await typeWithLockOn(context, baseURL));
  }
} finally {
  await context?.close();
  removeProfile();
  await server.close();
  await floor.close();
}
log('done');
