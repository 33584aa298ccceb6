/// <reference lib="webworker" />
// The insights worker: reading the journal and working out the figures run here, so the
// page only ever renders a small report.
import '../../app/jitless-zod';
import { InsightsRequestSchema, type InsightsResponse } from '../../../shared/insights/insights-protocol';
import { openInsightsCache } from './insights-cache';
import { openInsightsJournal } from './insights-journal-reader';
import { InsightsService, type Ask } from './insights-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: InsightsResponse) => scope.postMessage(message);
let service: Promise<InsightsService> | undefined;

function start(databaseName: string): Promise<InsightsService> {
  // Both databases open at once: the cache's open would otherwise wait for the journal's.
  const cache = openInsightsCache();
  void cache.open().catch(() => undefined);
  return openInsightsJournal(databaseName).then((journal) => new InsightsService(journal, cache, send));
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
    service ??= start(request.databaseName);
    ask(request);
  } else if (request.type === 'refresh') ask(request);
  else if (service) void service.then((running) => running.idle()).finally(() => scope.close());
  else scope.close();
};
