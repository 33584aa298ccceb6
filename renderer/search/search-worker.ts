/// <reference lib="webworker" />
// The search worker: indexing and searching run here so the page never waits on them.
import '../app/jitless-zod';
import { fixedSealing } from '../db/lock-session';
import { heldStore, openIndexStore, readStoredIndexEarly, type StoredIndex } from './search-index-store';
import { openJournalReader } from './search-journal-reader';
import {
  WorkerRequestSchema,
  type IndexStatus,
  type WorkerRequest,
  type WorkerResponse,
} from '../../shared/search/search-protocol';
import { SearchService } from './search-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let service: SearchService | undefined;
const early: WorkerRequest[] = [];

const send = (message: WorkerResponse) => scope.postMessage(message);
/** Why the index could not start, once it could not: searches asked after that say so too. */
let startFailure: IndexStatus | undefined;
const reportStatus = (status: IndexStatus) => send({ type: 'status', status });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Read while the passphrase is derived (`prepare`), so that search answers soon after the unlock. */
let storedEarly: Promise<StoredIndex | undefined> | undefined;

function prepare() {
  storedEarly ??= readStoredIndexEarly();
  // The cipher's code, loaded now rather than once the key arrives.
  void import('../../shared/lock/seal');
}

/** The journal's database, as named by `start`. */
let journalName = '';

async function start(databaseName: string, dataKey: Uint8Array | undefined) {
  journalName = databaseName;
  // With the lock on, rows are opened with the data key, and the stored index (made of the
  // journal's words) is sealed with it too.
  const sealing = dataKey ? await fixedSealing(dataKey) : null;
  const reader = await openJournalReader(databaseName, sealing);
  service = new SearchService(reader, openIndexStore(undefined, sealing?.cipher() ?? null, storedEarly), reportStatus);
  for (const request of early.splice(0)) handle(request);
  await service.start();
  // Throwaway searches: one that fails says nothing about the index, so it is not reported.
  void service.warmUp().catch(() => undefined);
}

/** The index in memory stays (the records are the same); reading and storing follow the lock. */
async function moved(running: SearchService, dataKey: Uint8Array | undefined) {
  const sealing = dataKey ? await fixedSealing(dataKey) : null;
  const reader = await openJournalReader(journalName, sealing);
  await running.relocate({ reader, store: openIndexStore(undefined, sealing?.cipher() ?? null) });
}

function handle(request: WorkerRequest) {
  if (request.type === 'prepare') return prepare();
  if (request.type === 'start') {
    start(request.databaseName, request.dataKey).catch((error: unknown) => {
      startFailure = { state: 'failed', indexed: 0, total: 0, revision: 0, message: describe(error) };
      reportStatus(startFailure);
    });
    return;
  }
  if (!service) {
    if (request.type === 'search')
      send({
        type: 'results',
        id: request.id,
        answer: { hits: [], total: 0, matchedTerms: [], prefix: null, truncated: false, empty: false },
        status: startFailure ?? { state: 'starting', indexed: 0, total: 0, revision: 0 },
      });
    else early.push(request);
    return;
  }
  const failed = (error: unknown) => send({ type: 'error', id: null, message: describe(error) });
  switch (request.type) {
    case 'hold':
      // Said either way: the move waits for it.
      service
        .relocate({ store: heldStore() })
        .catch(failed)
        .finally(() => send({ type: 'relocated' }));
      break;
    case 'moved':
      moved(service, request.dataKey)
        .catch(failed)
        .finally(() => send({ type: 'relocated' }));
      break;
    case 'changed':
      service.changed(request.keys).catch(failed);
      break;
    case 'rebuild':
      service.rebuild('import').catch(failed);
      break;
    case 'search':
      try {
        const answer = service.search(request.query, request.filter, request.limit);
        send({ type: 'results', id: request.id, answer, status: service.status });
      } catch (error) {
        send({ type: 'error', id: request.id, message: describe(error) });
      }
      break;
  }
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = WorkerRequestSchema.safeParse(event.data);
  if (parsed.success) handle(parsed.data);
  else send({ type: 'error', id: null, message: 'The search worker received a message it does not understand.' });
};
