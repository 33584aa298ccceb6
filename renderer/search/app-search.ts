import { appDatabase, onJournalChange } from '../db/app-database';
import { createSearchClient } from './search-client';

/** The app's one search client; its worker starts on first use (the journal page warms it up). */
export const searchClient = createSearchClient(
  () => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'hindsight-search' }),
  appDatabase.name,
);

onJournalChange((change) => searchClient.changed(change));
