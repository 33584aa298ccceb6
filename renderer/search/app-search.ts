import { DATABASE_NAME, sessionDataKey } from '../db/repositories';
import { createSearchClient } from './search-client';

/**
 * The app's one search client; its worker starts on first use (the journal page warms it
 * up). The start sequence passes it every journal change.
 */
export const searchClient = createSearchClient(
  () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'hindsight-search' }),
  DATABASE_NAME,
  sessionDataKey,
);
