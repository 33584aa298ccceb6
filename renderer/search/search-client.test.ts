import { describe, expect, it } from 'vitest';
import { createSearchClient, type WorkerLike } from './search-client';
import type { WorkerRequest, WorkerResponse } from '../../shared/search/search-protocol';

function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const worker: WorkerLike = {
    postMessage: (message) => sent.push(message),
    terminate: () => undefined,
    onmessage: null,
    onerror: null,
  };
  const reply = (message: WorkerResponse) => worker.onmessage?.({ data: message } as MessageEvent<unknown>);
  return { worker, sent, reply };
}

const status = { state: 'ready', indexed: 1, total: 1, revision: 1 } as const;
const answer = (total: number) => ({ hits: [], total, matchedTerms: [], prefix: null, truncated: false, empty: false });

describe('search client', () => {
  it('starts the worker once, then sends queries one at a time, only the newest waiting', async () => {
    const { worker, sent, reply } = fakeWorker();
    let created = 0;
    const client = createSearchClient(() => (created++, worker), 'journal');
    const first = client.search('v', {}, 10);
    const second = client.search('ve', {}, 10);
    const third = client.search('ven', {}, 10);
    expect(created).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['start', 'search']);
    await expect(second).resolves.toBeNull(); // replaced before it was sent

    reply({ type: 'results', id: 1, answer: answer(5), status });
    await expect(first).resolves.toMatchObject({ answer: { total: 5 } });
    expect(sent.at(-1)).toMatchObject({ type: 'search', id: 2, query: 'ven' });
    reply({ type: 'results', id: 2, answer: answer(2), status });
    await expect(third).resolves.toMatchObject({ answer: { total: 2 } });
  });

  it('keeps journal changes made before the worker starts, and reports status', () => {
    const { worker, sent, reply } = fakeWorker();
    const client = createSearchClient(() => worker, 'journal');
    client.changed({ rebuild: false, keys: { entries: ['a'], stories: [] } });
    client.changed({ rebuild: true });
    const seen: string[] = [];
    client.onStatus((next) => seen.push(next.state));
    client.warmUp();
    expect(sent.map((m) => m.type)).toEqual(['start', 'changed', 'rebuild']);
    reply({ type: 'status', status: { ...status, state: 'building' } });
    expect(seen).toEqual(['building']);
    expect(client.status.state).toBe('building');
  });

  it('prepared while the journal unlocks, the worker starts with the key once it is known, once', () => {
    const { worker, sent } = fakeWorker();
    let created = 0;
    let key: Uint8Array | null = null;
    const client = createSearchClient(() => (created++, worker), 'journal', () => key);
    client.prepare();
    expect(sent.map((m) => m.type)).toEqual(['prepare']);
    key = new Uint8Array(32).fill(7);
    client.warmUp();
    client.warmUp();
    expect(created).toBe(1);
    expect(sent.map((m) => m.type)).toEqual(['prepare', 'start']);
    expect(sent[1]).toMatchObject({ type: 'start', dataKey: key });
  });

  it('holding storage for a move starts the worker if need be, and waits until it says the hold is in force', async () => {
    const { worker, sent, reply } = fakeWorker();
    const client = createSearchClient(() => worker, 'journal');
    let holding = true;
    const held = client.holdStorage().then(() => (holding = false));
    expect(sent.map((m) => m.type)).toEqual(['start', 'hold']);
    await Promise.resolve();
    expect(holding).toBe(true);
    reply({ type: 'relocated' });
    await held;
    const moved = client.moved();
    expect(sent.at(-1)).toEqual({ type: 'moved' });
    reply({ type: 'relocated' });
    await moved;
    // Failing to start holds nothing: the move does not wait on it.
    const again = client.holdStorage();
    reply({ type: 'status', status: { state: 'failed', indexed: 0, total: 0, revision: 0, message: 'gone' } });
    await again;
  });

  it('tells listeners of a status only when it changed, not with every answer', async () => {
    const { worker, reply } = fakeWorker();
    const client = createSearchClient(() => worker, 'journal');
    const seen: number[] = [];
    client.onStatus((next) => seen.push(next.revision));
    const first = client.search('v', {}, 10);
    reply({ type: 'results', id: 1, answer: answer(5), status });
    await first;
    const second = client.search('ve', {}, 10);
    reply({ type: 'results', id: 2, answer: answer(2), status: { ...status } });
    await second;
    const third = client.search('ven', {}, 10);
    reply({ type: 'results', id: 3, answer: answer(1), status: { ...status, revision: 2 } });
    await third;
    // Any field counts, the optional ones too.
    reply({ type: 'status', status: { ...status, revision: 2, reason: 'import' } });
    expect(seen).toEqual([1, 2, 2]);
    expect(client.status).toMatchObject({ revision: 2, reason: 'import' });
  });

  it('rejects the search in flight when the worker fails, and says search is unavailable', async () => {
    const { worker } = fakeWorker();
    const client = createSearchClient(() => worker, 'journal');
    const pending = client.search('vendor', {}, 10);
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(pending).rejects.toThrow('Search is not available right now.');
    expect(client.status).toMatchObject({ state: 'failed', message: 'boom' });
    // Searches asked afterwards are refused at once: nothing would ever answer them.
    await expect(client.search('vendor', {}, 10)).rejects.toThrow('Search is not available right now.');
  });

  it('ignores messages that do not follow the protocol', () => {
    const { worker } = fakeWorker();
    const client = createSearchClient(() => worker, 'journal');
    client.warmUp();
    worker.onmessage?.({ data: { type: 'status', status: { state: 'nonsense' } } } as MessageEvent<unknown>);
    expect(client.status.state).toBe('starting');
  });
});
