/// <reference lib="webworker" />
// The insights worker: reading the journal and working out the figures run here, so the
// page only ever renders a small report.
import '../../app/jitless-zod';
import { InsightsRequestSchema, type InsightsResponse } from '../../../shared/insights/insights-protocol';
import { fixedSealing } from '../../db/lock-session';
import { openInsightsCache } from './insights-cache';
import { openInsightsJournal } from './insights-journal-reader';
import { InsightsService, type Ask } from './insights-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: InsightsResponse) => scope.postMessage(message);
let service: Promise<InsightsService> | undefined;

/** With the lock on, the page hands over the data key: the journal and the cache are sealed with it. */
async function start(databaseName: string, dataKey: Uint8Array | undefined): Promise<InsightsService> {
  const sealing = dataKey ? await fixedSealing(dataKey) : null;
  // Both databases open at once: the cache's open would otherwise wait for the journal's.
  const cache = openInsightsCache(undefined, sealing?.cipher() ?? null);
  void cache.open().catch(() => undefined);
  const journal = await openInsightsJournal(databaseName, sealing);
  return new InsightsService(journal, cache, send);
}

function ask(request: Ask) {
  if (!service) return;
  service
    .then((running) => running.report(request))
    .catch((error: unknown) =>
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = InsightsRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    send({ type: 'error', message: 'The insights worker received a message it does not understand.' });
    return;
  }
  const request = parsed.data;
  if (request.type === 'start') {
    service ??= start(request.databaseName, request.dataKey);
    ask(request);
  } else if (request.type === 'refresh') ask(request);
  else if (service) void service.then((running) => running.idle()).finally(() => scope.close());
  else scope.close();
};
