// Candidate 2: MiniSearch, configured as its documentation suggests for search-as-you-type
// (prefix + fuzzy 0.2, title and tags boosted). Every query word must match (AND), as the
// other candidates do, because that is what a journal search box is expected to do.
import MiniSearch, { type Options } from 'minisearch';
import type { Entry } from '../../../../shared/entry';
import { bodyText } from '../text.ts';
import { longestTaskSince, settle } from './long-tasks.ts';
import type { Candidate } from './candidate.ts';
import { roundTrip } from './idb.ts';

interface Doc {
  id: string;
  title: string;
  tags: string;
  text: string;
}

const options: Options<Doc> = {
  fields: ['title', 'tags', 'text'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2, tags: 2 }, combineWith: 'AND' },
};

function toDoc(entry: Entry): Doc {
  return { id: entry.id, title: entry.title, tags: entry.tags.join(' '), text: bodyText(entry) };
}

export function miniSearch(db: IDBDatabase): Candidate {
  let index = new MiniSearch<Doc>(options);
  return {
    async build(entries) {
      index.addAll(entries.map(toDoc));
    },
    async search(query) {
      // search() scores and sorts every match; a search box would then show the first RESULT_LIMIT.
      return index.search(query).length;
    },
    async update(entry) {
      // replace = discard (lazy, vacuumed later) + add; the persisted JSON must then be rewritten whole.
      index.replace(toDoc(entry));
    },
    async extras() {
      const serializeStart = performance.now();
      const json = JSON.stringify(index);
      const serializeMs = performance.now() - serializeStart;
      const bytes = new Blob([json]).size;
      const stored = await roundTrip(db, 'minisearch', json);
      await settle();
      const loadStart = performance.now();
      const loaded = MiniSearch.loadJSON<Doc>(stored.read, options);
      const loadMs = performance.now() - loadStart;
      await settle();
      const loadTask = longestTaskSince(loadStart);
      index = loaded; // keep the loaded copy, as after a start-up from the persisted index
      return [
        { metric: 'serialize_ms', stat: 'value', value: serializeMs, unit: 'ms' },
        { metric: 'persisted_bytes', stat: 'value', value: bytes, unit: 'bytes' },
        { metric: 'persist_write_ms', stat: 'value', value: stored.saveMs, unit: 'ms' },
        { metric: 'persist_read_ms', stat: 'value', value: stored.readMs, unit: 'ms' },
        { metric: 'load_ms', stat: 'value', value: loadMs, unit: 'ms' },
        { metric: 'load_longest_task_ms', stat: 'value', value: loadTask, unit: 'ms' },
      ];
    },
  };
}
