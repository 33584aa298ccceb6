// The page side of bench-search.ts, bundled by Vite and loaded in headless Chromium. It owns the
// timing of every build, query and update, so each candidate is measured the same way.
import type { Entry } from '../../../../shared/entry';
import { generateEntries } from '../../generate-journal.ts';
import type { CandidateId, Measurement, PageApi, QuerySample, WorkloadQuery } from '../protocol.ts';
import { distribution } from '../stats.ts';
import type { Candidate } from './candidate.ts';
import { ENTRIES, openDb, putAll, readAll, storageUsage } from './idb.ts';
import { idbWords } from './idb-words.ts';
import { longestTaskSince, nextTask, settle } from './long-tasks.ts';
import { miniSearch } from './minisearch-candidate.ts';
import { naiveIdb, naiveMemory } from './naive.ts';
import { ours } from './ours.ts';

const factories: Partial<Record<CandidateId, (db: IDBDatabase) => Candidate | Promise<Candidate>>> = {
  naive_memory: naiveMemory,
  naive_idb: naiveIdb,
  minisearch: miniSearch,
  idb_words: idbWords,
  ours,
};

let current: Candidate | undefined;
/** A few edited entries kept from the build, to time incremental updates. */
let edits: Entry[] = [];

function value(metric: string, amount: number, unit: Measurement['unit'] = 'ms'): Measurement {
  return { metric, stat: 'value', value: amount, unit };
}

const api: PageApi = {
  async seed(count) {
    const db = await openDb();
    const seedStart = performance.now();
    await putAll(db, ENTRIES, generateEntries(count));
    const seedMs = performance.now() - seedStart;
    const readStart = performance.now();
    await readAll(db);
    const readMs = performance.now() - readStart;
    db.close();
    return { seedMs, readMs, usageBytes: await storageUsage() };
  },

  async prepare(id, limitMs) {
    const factory = factories[id];
    if (!factory) throw new Error(`candidate ${id} is not in this build`);
    const db = await openDb();
    const entries = await readAll(db);
    edits = entries.slice(0, 20).map((entry) => ({ ...entry, whatHappened: `${entry.whatHappened} rewritten again` }));
    const candidate = await factory(db);
    await settle();
    const start = performance.now();
    await candidate.build(entries, limitMs);
    const buildMs = performance.now() - start;
    await settle();
    current = candidate;
    return [value('build_ms', buildMs), value('build_longest_task_ms', longestTaskSince(start))];
  },

  async search(workload: WorkloadQuery[], budgetMs: number) {
    const candidate = current;
    if (!candidate) throw new Error('prepare() first');
    // Warm-up (not recorded): three queries across the workload estimate what fits the budget.
    const probes = [0, Math.floor(workload.length / 2), workload.length - 1].map((at) => workload[at]?.text ?? 'a');
    const warmStart = performance.now();
    for (const probe of probes) await candidate.search(probe);
    const perQuery = Math.max(0.01, (performance.now() - warmStart) / probes.length);
    const stride = Math.max(1, Math.ceil(workload.length / Math.max(5, Math.floor(budgetMs / perQuery))));
    await settle();
    const start = performance.now();
    const samples: QuerySample[] = [];
    // Over budget, every stride-th prefix query runs; two-word and typo queries do too, unless
    // the run passes twice its budget (a scan that reads the whole journal per query).
    const chosen = workload.filter((query, at) => query.kind !== 'prefix' || at % stride === 0);
    for (const query of chosen) {
      if (performance.now() - start > 2 * budgetMs) break;
      await nextTask();
      const queryStart = performance.now();
      const hits = await candidate.search(query.text);
      samples.push({ query: query.text, kind: query.kind, ms: performance.now() - queryStart, hits });
    }
    await settle();
    return { samples, longestTaskMs: longestTaskSince(start), stride };
  },

  async extras() {
    const candidate = current;
    if (!candidate) throw new Error('prepare() first');
    const measurements: Measurement[] = [];
    if (candidate.update) {
      const samples: number[] = [];
      for (const entry of edits) {
        const start = performance.now();
        await candidate.update(entry);
        samples.push(performance.now() - start);
      }
      measurements.push(...distribution('update_ms', samples));
    }
    return [...measurements, ...((await candidate.extras?.()) ?? [])];
  },
};

window.candidateBench = api;
