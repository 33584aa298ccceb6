// `npx tsx scripts/bench-search.ts --entries N`: full-text search designs side by side, on the same
// generated journal and the same as-you-type workload, in headless Chromium. One JSON object per
// line on stdout ({metric, stat, value, unit, entries}), as `npm run bench`; progress on stderr.
// Options: --only naive_memory,minisearch,… (default all), --budget SECONDS of querying per
// candidate (slow candidates then run every k-th query), --timeout MINUTES per candidate.
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext } from '@playwright/test';
import { generateEntries } from './bench/generate-journal.ts';
import { candidateIds, type Measurement } from './bench/search-candidates/protocol.ts';
import { runCandidate, seed, type CandidateRun } from './bench/search-candidates/run-candidate.ts';
import { servePage } from './bench/search-candidates/serve-page.ts';
import { percentile } from './bench/search-candidates/stats.ts';
import { buildWorkload } from './bench/search-candidates/workload.ts';
import { emitFor, onlyOption, option } from './bench/cli.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';

const entriesCount = option('entries', 1000);
const budgetMs = option('budget', 60) * 1000;
const timeoutMs = option('timeout', 10) * 60_000;
const onlyList = onlyOption() ?? [...candidateIds];
const chosen = candidateIds.filter((id) => onlyList.includes(id));
const log = (line: string) => process.stderr.write(`[bench-search] ${line}\n`);
const emit = emitFor(entriesCount);

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 60_000} minutes`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Figures derived from the samples: typo queries answered, speed-up over the in-memory scan. */
function derived(run: CandidateRun, naiveP95: number | undefined): Measurement[] {
  const typos = run.search.samples.filter((sample) => sample.kind === 'typo');
  const p95 = percentile(
    run.search.samples.map((sample) => sample.ms),
    95,
  );
  const out: Measurement[] = [
    { metric: 'typo_queries_run', stat: 'value', value: typos.length, unit: 'count' },
    { metric: 'typo_queries_answered', stat: 'value', value: typos.filter((s) => s.hits > 0).length, unit: 'count' },
  ];
  if (naiveP95 !== undefined && p95 > 0)
    out.push({ metric: 'speedup_vs_naive_memory_p95', stat: 'value', value: naiveP95 / p95, unit: 'ratio' });
  return out;
}

const found = findChromium();
if (!found.found) {
  log(found.help);
  process.exit(1);
}
const workload = buildWorkload(generateEntries(Math.min(entriesCount, 1000)));
log(`${entriesCount} entries, ${workload.length} queries, candidates: ${chosen.join(', ')}`);
const server = await servePage(5631);
const profile = `/tmp/cand-profile-${process.pid}`;
// A persistent profile keeps IndexedDB on disk, as in the product (an incognito context keeps it in memory).
const launch = () => chromium.launchPersistentContext(profile, { executablePath: found.path, args: chromiumArgs });
let context: BrowserContext = await launch();
// Ctrl-C or a kill must not leave a Chromium, the server or the profile behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: closing the browser`);
    void Promise.allSettled([context.close(), server.close()]).then(() => {
      rmSync(profile, { recursive: true, force: true });
      process.exit(130);
    });
  });
}
try {
  log('seeding the journal…');
  const seeded = await seed(context, server.url, entriesCount);
  emit({ metric: 'candidate_journal_seed_ms', stat: 'value', value: seeded.seedMs, unit: 'ms' });
  emit({ metric: 'candidate_journal_read_ms', stat: 'value', value: seeded.readMs, unit: 'ms' });
  emit({ metric: 'candidate_journal_storage_bytes', stat: 'value', value: seeded.usageBytes, unit: 'bytes' });
  let naiveP95: number | undefined;
  for (const id of chosen) {
    const prefix = `candidate_${id}_`;
    try {
      const run = await withTimeout(
        runCandidate(context, server.url, id, workload, budgetMs, timeoutMs * 0.6, log),
        timeoutMs,
        id,
      );
      if (id === 'naive_memory')
        naiveP95 = percentile(
          run.search.samples.map((sample) => sample.ms),
          95,
        );
      for (const measurement of [...run.measurements, ...derived(run, id === 'naive_memory' ? undefined : naiveP95)])
        emit({ ...measurement, metric: prefix + measurement.metric });
      const slowest = [...run.search.samples].sort((a, b) => b.ms - a.ms).slice(0, 3);
      log(`${id}: slowest ${slowest.map((s) => `"${s.query}" ${s.ms.toFixed(1)} ms (${s.hits} hits)`).join(', ')}`);
      if (run.search.stride > 1) log(`${id}: time budget allowed every ${run.search.stride}th query only`);
    } catch (error) {
      log(`${id}: skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      // A timed-out page may still be busy: start a fresh browser on the same on-disk profile.
      await context.close();
      context = await launch();
    }
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
log('done');
