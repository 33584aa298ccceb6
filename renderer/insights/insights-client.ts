// The page's side of Insights: starts the worker when the page opens, asks again when the
// journal changes or more lessons are wanted, and lets the worker finish storing its cache
// when the page closes.
import { isoDateOf } from '../../shared/text-fields';
import type { InsightsReport } from '../../shared/insights/insights-report';
import {
  InsightsResponseSchema,
  type InsightsRequest,
  type InsightsResponse,
} from '../../shared/insights/insights-protocol';

export type InsightsState =
  | { state: 'loading' }
  /** Reading the whole journal (a first visit, or after an import). */
  | { state: 'reading'; read: number; total: number }
  | { state: 'ready'; report: InsightsReport }
  /** The last report, if any, stays on screen beside the error. */
  | { state: 'failed'; message: string; report?: InsightsReport };

export interface InsightsWorkerLike {
  postMessage(message: InsightsRequest): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface InsightsConnection {
  /** Asks for a fresh report naming up to `lessonLimit` lessons. */
  refresh(lessonLimit: number): void;
  close(): void;
}

const today = () => isoDateOf(new Date());

/** Starts a worker and reports its state to `onState` until closed. */
export function connectInsights(
  createWorker: () => InsightsWorkerLike,
  databaseName: string,
  lessonLimit: number,
  onState: (state: InsightsState) => void,
  /** With the lock on, the unlocked data key (the worker reads sealed rows with it). */
  dataKey: Uint8Array | null = null,
): InsightsConnection {
  let report: InsightsReport | undefined;
  let closed = false;
  const worker = createWorker();
  const receive = (message: InsightsResponse) => {
    if (message.type === 'progress') {
      // A reading after an import keeps the last report on screen until the new one.
      if (!report) onState({ state: 'reading', read: message.read, total: message.total });
    } else if (message.type === 'report') {
      report = message.report;
      onState({ state: 'ready', report });
    } else onState({ state: 'failed', message: message.message, ...(report ? { report } : {}) });
  };
  worker.onmessage = (event) => {
    if (closed) return;
    const parsed = InsightsResponseSchema.safeParse(event.data);
    if (parsed.success) receive(parsed.data);
    else receive({ type: 'error', message: 'Insights received an answer it does not understand.' });
  };
  worker.onerror = (event) => {
    if (!closed) receive({ type: 'error', message: event.message || 'Insights stopped working.' });
  };
  worker.postMessage({
    type: 'start',
    databaseName,
    today: today(),
    lessonLimit,
    ...(dataKey ? { dataKey: new Uint8Array(dataKey) } : {}),
  });
  return {
    refresh: (limit) => {
      if (!closed) worker.postMessage({ type: 'refresh', today: today(), lessonLimit: limit });
    },
    close: () => {
      closed = true;
      worker.postMessage({ type: 'close' });
    },
  };
}
