/// <reference lib="webworker" />
// The search worker: indexing and searching run here so the page never waits on them.
import '../app/jitless-zod';
import { fixedSealing } from '../db/lock-session';
import { openIndexStore } from './search-index-store';
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

async function start(databaseName: string, dataKey: Uint8Array | undefined) {
  // With the lock on, rows are opened with the data key, and the stored index (made of the
  // journal's words) is sealed with it too.
  const sealing = dataKey ? await fixedSealing(dataKey) : null;
  const reader = await openJournalReader(databaseName, sealing);
  service = new SearchService(reader, openIndexStore(undefined, sealing?.cipher() ?? null), reportStatus);
  for (const request of early.splice(0)) handle(request);
  await service.start();
  // Throwaway searches: one that fails says nothing about the index, so it is not reported.
  void service.warmUp().catch(() => undefined);
}

function handle(request: WorkerRequest) {
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
