import { describe, expect, it } from 'vitest';
import type { InsightsRequest } from '../../shared/insights/insights-protocol';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { connectInsights, type InsightsState, type InsightsWorkerLike } from './insights-client';

const report: InsightsReport = {
  setbacks: 0,
  stories: 0,
  months: [],
  beforeMonths: 0,
  topTags: [],
  tagPairs: [],
  reflection: { reflected: 0, medianToReflectMs: null },
  causes: [],
  tagsByType: [],
  coverage: [],
  lessons: { total: 0, items: [] },
};

function fakeWorker() {
  const sent: InsightsRequest[] = [];
  const worker: InsightsWorkerLike = { postMessage: (message) => sent.push(message), onmessage: null, onerror: null };
  const answer = (data: unknown) => worker.onmessage?.({ data } as MessageEvent<unknown>);
  return { worker, sent, answer };
}

describe('the Insights page’s side of its worker', () => {
  it('starts the worker for today, shows progress, then the report', () => {
    const { worker, sent, answer } = fakeWorker();
    const states: InsightsState[] = [];
    connectInsights(
      () => worker,
      'journal',
      20,
      (state) => states.push(state),
    );
    expect(sent[0]).toMatchObject({ type: 'start', databaseName: 'journal', lessonLimit: 20 });
    answer({ type: 'progress', read: 500, total: 1000 });
    answer({ type: 'report', report });
    expect(states).toEqual([
      { state: 'reading', read: 500, total: 1000 },
      { state: 'ready', report },
    ]);
  });

  it('says so when the worker answers what it cannot read, or fails, keeping the last report', () => {
    const { worker, answer } = fakeWorker();
    const states: InsightsState[] = [];
    connectInsights(
      () => worker,
      'journal',
      20,
      (state) => states.push(state),
    );
    answer({ type: 'report', report: { ...report, setbacks: -1 } });
    expect(states.at(-1)).toMatchObject({ state: 'failed' });
    answer({ type: 'report', report });
    answer({ type: 'error', message: 'The disk is full.' });
    expect(states.at(-1)).toEqual({ state: 'failed', message: 'The disk is full.', report });
  });

  it('asks again with more lessons, and lets the worker finish its work when closed', () => {
    const { worker, sent, answer } = fakeWorker();
    const states: InsightsState[] = [];
    const connection = connectInsights(
      () => worker,
      'journal',
      20,
      (state) => states.push(state),
    );
    connection.refresh(40);
    connection.close();
    connection.refresh(60);
    answer({ type: 'report', report });
    expect(sent.map((message) => message.type)).toEqual(['start', 'refresh', 'close']);
    expect(sent[1]).toMatchObject({ lessonLimit: 40 });
    expect(states).toEqual([]);
  });
});
