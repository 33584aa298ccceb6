import { useCallback, useSyncExternalStore } from 'react';
import {
  entryToSearchDoc,
  parseSearchKey,
  searchKey,
  storyToSearchDoc,
  type SearchDocKind,
} from '../../shared/search/search-documents';
import { recordLookup, watchJournalRecords } from '../db/repositories';
import { RecordTextCache, type RecordText } from './record-text-cache';

/** The searchable text of some entries and stories, in one read-only transaction. */
async function readTexts(keys: readonly string[]): Promise<Map<string, RecordText>> {
  const entryIds: string[] = [];
  const storyIds: string[] = [];
  for (const key of keys) {
    const parsed = parseSearchKey(key);
    if (parsed) (parsed.kind === 'entry' ? entryIds : storyIds).push(parsed.id);
  }
  const { entries = [], stories = [] } = await recordLookup.read({ entries: entryIds, stories: storyIds });
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

let recordTexts: RecordTextCache | undefined;

/** The snippet texts, made on first use: from then on any write to the journal drops them. */
function texts(): RecordTextCache {
  if (!recordTexts) {
    const cache = new RecordTextCache(readTexts);
    const stop = watchJournalRecords(() => cache.dropAll());
    import.meta.hot?.dispose(stop);
    recordTexts = cache;
  }
  return recordTexts;
}

/**
 * The searchable body text of one entry or story, kept up to date (for a search result's
 * snippet): undefined while loading, null when the record is gone or in the Trash.
 */
export function useSearchRecordText(kind: SearchDocKind, id: string): RecordText | undefined {
  const key = searchKey(kind, id);
  const subscribe = useCallback((listener: () => void) => texts().subscribe(key, listener), [key]);
  return useSyncExternalStore(subscribe, () => texts().get(key));
}
