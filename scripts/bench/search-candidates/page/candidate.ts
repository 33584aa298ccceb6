// What the page harness needs from a search design. Builds, searches and updates are timed by
// the harness (main.ts), never by the candidate, so every design is measured the same way.
import type { Entry } from '../../../../shared/entry';
import type { Measurement } from '../protocol.ts';

export interface Candidate {
  /**
   * Indexes every entry; timed as build_ms. The entries array is released afterwards. A build
   * that works in batches throws early when its projected time exceeds `limitMs`.
   */
  build(entries: readonly Entry[], limitMs: number): Promise<void>;
  /** Answers one query; returns how many entries matched (before any top-N cut). */
  search(query: string): Promise<number>;
  /** Re-indexes one edited entry, as an autosave would; omitted when it makes no sense. */
  update?(entry: Entry): Promise<void>;
  /** Candidate-specific figures: persisted size, load time, storage used. */
  extras?(): Promise<Measurement[]>;
}

/** The number of results a search box shows; candidates that rank cut their list here. */
export const RESULT_LIMIT = 20;
