import { Dexie } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import {
  entryToSearchDoc,
  parseSearchKey,
  searchKey,
  storyToSearchDoc,
  type SearchDocKind,
} from '../../shared/search/search-documents';
import { appDatabase } from './app-database';
import { DATABASE_NAME } from './database';
import { RecordTextCache, touchesJournalTexts, type RecordText } from './record-text-cache';

/** The searchable text of some entries and stories, in one read-only transaction. */
async function readTexts(keys: readonly string[]): Promise<Map<string, RecordText>> {
  const entryIds: string[] = [];
  const storyIds: string[] = [];
  for (const key of keys) {
    const parsed = parseSearchKey(key);
    if (parsed) (parsed.kind === 'entry' ? entryIds : storyIds).push(parsed.id);
  }
  const [entries, stories] = await appDatabase.transaction('r', appDatabase.entries, appDatabase.stories, () =>
    Promise.all([appDatabase.entries.bulkGet(entryIds), appDatabase.stories.bulkGet(storyIds)]),
  );
  const texts = new Map<string, RecordText>();
  entryIds.forEach((id, at) => {
    const entry = entries[at];
    texts.set(searchKey('entry', id), entry && entry.deletedAt === null ? entryToSearchDoc(entry).body : null);
  });
  storyIds.forEach((id, at) => {
    const story = stories[at];
    texts.set(searchKey('story', id), story && story.deletedAt === null ? storyToSearchDoc(story).body : null);
  });
  return texts;
}

const recordTexts = new RecordTextCache(readTexts);
// Dexie reports writes once committed, from this tab and from others (a live query heard the same).
const dropOnWrite = (parts: Record<string, unknown>) => {
  if (touchesJournalTexts(parts, DATABASE_NAME)) recordTexts.dropAll();
};
Dexie.on('storagemutated', dropOnWrite);
import.meta.hot?.dispose(() => Dexie.on('storagemutated').unsubscribe(dropOnWrite));

/**
 * The searchable body text of one entry or story, kept up to date (for a search result's
 * snippet): undefined while loading, null when the record is gone or in the Trash.
 */
export function useSearchRecordText(kind: SearchDocKind, id: string): RecordText | undefined {
  const key = searchKey(kind, id);
  const subscribe = useCallback((listener: () => void) => recordTexts.subscribe(key, listener), [key]);
  return useSyncExternalStore(subscribe, () => recordTexts.get(key));
}
