import { useLiveQuery } from 'dexie-react-hooks';
import { entryToSearchDoc, storyToSearchDoc, type SearchDocKind } from '../../shared/search/search-documents';
import { appDatabase } from './app-database';

/**
 * The searchable body text of one entry or story, kept live (for a search result's
 * snippet): undefined while loading, null when the record is gone or in the Trash.
 */
export function useSearchRecordText(kind: SearchDocKind, id: string): string | null | undefined {
  return useLiveQuery(async () => {
    if (kind === 'entry') {
      const entry = await appDatabase.entries.get(id);
      return entry && entry.deletedAt === null ? entryToSearchDoc(entry).body : null;
    }
    const story = await appDatabase.stories.get(id);
    return story && story.deletedAt === null ? storyToSearchDoc(story).body : null;
  }, [kind, id]);
}
