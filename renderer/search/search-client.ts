// The page's side of search: starts the worker, forwards journal changes to it, and sends
// queries one at a time — while one is answered, only the newest next query waits, so fast
// typing never queues up stale searches.
import type { JournalFilter } from '../../shared/journal-filter';
import type { JournalChange } from '../../shared/search/search-protocol';
import {
  WorkerResponseSchema,
  type IndexStatus,
  type SearchAnswer,
  type WorkerRequest,
  type WorkerResponse,
} from '../../shared/search/search-protocol';

export interface SearchReply {
  answer: SearchAnswer;
  status: IndexStatus;
}

interface PendingSearch {
  query: string;
  filter: JournalFilter;
  limit: number;
  resolve: (reply: SearchReply | null) => void;
  reject: (error: Error) => void;
}

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Whether two statuses say the same: every field, whichever fields the schema has. */
function sameStatus(a: IndexStatus, b: IndexStatus): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof IndexStatus)[]);
  return [...keys].every((key) => a[key] === b[key]);
}

const UNAVAILABLE = 'Search is not available right now.';

/** Changes kept for a worker not started yet, beyond which a rebuild is asked instead. */
const MAX_QUEUED_CHANGES = 200;

export function createSearchClient(
  createWorker: () => WorkerLike,
  databaseName: string,
  /** The journal's data key while the lock is on and unlocked (read when the worker starts). */
  dataKey: () => Uint8Array | null = () => null,
) {
  let worker: WorkerLike | undefined;
  let status: IndexStatus = { state: 'starting', indexed: 0, total: 0, revision: 0 };
  const listeners = new Set<(status: IndexStatus) => void>();
  let nextId = 1;
  let inFlight: (PendingSearch & { id: number }) | undefined;
  let waiting: PendingSearch | undefined;
  const beforeStart: WorkerRequest[] = [];

  // Every answer carries the status: listeners (each a React re-render of the journal page)
  // hear only a change, not each keystroke's copy of the same status.
  const setStatus = (next: IndexStatus) => {
    if (sameStatus(status, next)) return;
    status = next;
    for (const listener of listeners) listener(next);
  };

  const send = (pending: PendingSearch) => {
    inFlight = { ...pending, id: nextId++ };
    const { id, query, filter, limit } = inFlight;
    started().postMessage({ type: 'search', id, query, filter, limit });
  };

  const settle = (id: number | null, finish: (pending: PendingSearch) => void) => {
    if (!inFlight || (id !== null && inFlight.id !== id)) return;
    const done = inFlight;
    inFlight = undefined;
    finish(done);
    const next = waiting;
    waiting = undefined;
    if (next) send(next);
  };

  /** Waiting for the worker to say a `hold` or `moved` is done, in order. */
  const relocating: (() => void)[] = [];
  const release = () => {
    for (const resolve of relocating.splice(0)) resolve();
  };

  const receive = (message: WorkerResponse) => {
    if (message.type === 'relocated') relocating.shift()?.();
    else if (message.type === 'status') {
      setStatus(message.status);
      // A worker that could not start holds nothing: the move need not wait for it.
      if (message.status.state === 'failed') release();
    }
    else if (message.type === 'results') {
      setStatus(message.status);
      settle(message.id, (done) => done.resolve({ answer: message.answer, status: message.status }));
    } else settle(message.id, (done) => done.reject(new Error(message.message)));
  };

  /** The worker, created (and its code loading) but not necessarily started. */
  function spawned(): WorkerLike {
    if (worker) return worker;
    worker = createWorker();
    worker.onmessage = (event) => {
      const parsed = WorkerResponseSchema.safeParse(event.data);
      if (parsed.success) receive(parsed.data);
    };
    worker.onerror = (event) => {
      setStatus({
        state: 'failed',
        indexed: 0,
        total: 0,
        revision: 0,
        message: event.message || 'The search worker stopped.',
      });
      settle(null, (done) => done.reject(new Error(UNAVAILABLE)));
      release();
    };
    return worker;
  }

  let running = false;
  /** The journal is moving into or out of the lock: a worker started meanwhile stores nothing either. */
  let holding = false;
  function started(): WorkerLike {
    const spawnedWorker = spawned();
    if (running) return spawnedWorker;
    running = true;
    const key = dataKey();
    spawnedWorker.postMessage(
      key ? { type: 'start', databaseName, dataKey: new Uint8Array(key) } : { type: 'start', databaseName },
    );
    if (holding) spawnedWorker.postMessage({ type: 'hold' });
    for (const message of beforeStart.splice(0)) spawnedWorker.postMessage(message);
    return spawnedWorker;
  }

  return {
    /**
     * Stops the worker and forgets its index (the lock turned on or off); the next use
     * starts a new one, which reads the journal again the way it now is.
     */
    restart(): void {
      worker?.terminate();
      worker = undefined;
      running = false;
      release();
      beforeStart.length = 0;
      settle(null, (done) => done.resolve(null));
      waiting?.resolve(null);
      waiting = undefined;
      setStatus({ state: 'starting', indexed: 0, total: 0, revision: 0 });
    },

    /**
     * The journal starts moving into or out of the lock: the worker keeps its index and goes on
     * answering, but stores nothing (the stored index is deleted by the move) until `moved`.
     * Started now if it was not: the index then goes through the move in memory, and is stored
     * at its end instead of being built again from the moved journal. Resolves once the index
     * is in memory (the stored one read before the move deletes it), or the worker is gone.
     */
    holdStorage(): Promise<void> {
      holding = true;
      if (status.state === 'failed') return Promise.resolve();
      const done = new Promise<void>((resolve) => relocating.push(resolve));
      if (running) worker?.postMessage({ type: 'hold' });
      else started();
      return done;
    },

    /**
     * The move is over: the worker reads and stores the journal the way it now is, its index
     * kept. Resolves once it is stored (a page closed right after would lose it otherwise).
     */
    moved(): Promise<void> {
      holding = false;
      if (!running || status.state === 'failed') return Promise.resolve();
      const done = new Promise<void>((resolve) => relocating.push(resolve));
      const key = dataKey();
      worker?.postMessage(key ? { type: 'moved', dataKey: new Uint8Array(key) } : { type: 'moved' });
      return done;
    },

    /** Starts the worker (and so loading the index) ahead of the first search. */
    warmUp: () => void started(),

    /**
     * While the journal is being unlocked: the worker loads its code and reads the stored index
     * (sealed), and starts once the key is known (the journal page's warm-up).
     */
    prepare(): void {
      spawned().postMessage({ type: 'prepare' });
    },

    /** A worker exists (`prepare` spawned it during the unlock): it can start as soon as the key is known. */
    get prepared(): boolean {
      return worker !== undefined;
    },

    get status() {
      return status;
    },

    onStatus(listener: (status: IndexStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Results for a query, or null when a newer query replaced it before it was sent. */
    search(query: string, filter: JournalFilter, limit: number): Promise<SearchReply | null> {
      // A worker that failed answers nothing: say so now rather than wait forever.
      if (status.state === 'failed') return Promise.reject(new Error(UNAVAILABLE));
      return new Promise((resolve, reject) => {
        const pending = { query, filter, limit, resolve, reject };
        if (!inFlight) return send(pending);
        waiting?.resolve(null);
        waiting = pending;
      });
    },

    /** Forwards a journal change (kept until the worker starts: a stored index may hold the record). */
    changed(change: JournalChange) {
      const message: WorkerRequest = change.rebuild ? { type: 'rebuild' } : { type: 'changed', keys: change.keys };
      if (worker) worker.postMessage(message);
      else if (beforeStart.length < MAX_QUEUED_CHANGES) beforeStart.push(message);
      // A long session without search: one rebuild on start says it all, in constant memory.
      else beforeStart.splice(0, beforeStart.length, { type: 'rebuild' });
    },
  };
}

export type SearchClient = ReturnType<typeof createSearchClient>;
