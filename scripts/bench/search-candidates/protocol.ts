// The contract between the Node driver (bench-search.ts) and the page bundle (page/main.ts).
// Both sides import these types; only JSON crosses the boundary.

export type Unit = 'ms' | 'bytes' | 'mb' | 'count' | 'ratio';
export type Stat = 'p50' | 'p95' | 'max' | 'value';

/** One figure, named without the `candidate_<id>_` prefix the driver adds. */
export interface Measurement {
  metric: string;
  stat: Stat;
  value: number;
  unit: Unit;
}

export const candidateIds = ['naive_memory', 'naive_idb', 'minisearch', 'idb_words', 'ours'] as const;
export type CandidateId = (typeof candidateIds)[number];

export type QueryKind = 'prefix' | 'two-word' | 'typo';
export interface WorkloadQuery {
  text: string;
  kind: QueryKind;
}

export interface QuerySample {
  query: string;
  kind: QueryKind;
  ms: number;
  hits: number;
}

export interface SearchRun {
  samples: QuerySample[];
  /** Longest main-thread task while searching (each query runs in its own task, as a keystroke would). */
  longestTaskMs: number;
  /** 1 when every query ran; k when only every k-th query fitted the time budget. */
  stride: number;
}

export interface SeedResult {
  seedMs: number;
  readMs: number;
  usageBytes: number;
}

/** What the page bundle puts on `window.candidateBench`. */
export interface PageApi {
  seed(count: number): Promise<SeedResult>;
  prepare(id: CandidateId, limitMs: number): Promise<Measurement[]>;
  search(workload: WorkloadQuery[], budgetMs: number): Promise<SearchRun>;
  extras(): Promise<Measurement[]>;
}

declare global {
  interface Window {
    candidateBench?: PageApi;
  }
}
