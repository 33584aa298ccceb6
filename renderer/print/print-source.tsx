import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearch } from 'wouter';
import { PRINT_JOB_PARAM, PRINT_JOB_PATH_PREFIX, PRINT_JOB_TOKEN, PrintJobSchema } from '../../shared/print-job';
import { PackDetailsSchema, parsePrintQuery, type PackDetails, type PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { useStoriesById } from '../db/use-stories';

/** What a print view prints: its stories (undefined while they load), how, and for a pack its cover. */
export type PrintContent =
  | { state: 'loaded'; stories: (Story | null)[] | undefined; ids: string[]; options: PrintOptions; pack: PackDetails }
  | { state: 'failed'; message: string };

type Render = (content: PrintContent) => ReactNode;

/** The job's token when the desktop handed this print view its job (`index.html?job=…`). */
function handedJobToken(): string | null {
  const token = new URLSearchParams(window.location.search).get(PRINT_JOB_PARAM);
  return token !== null && PRINT_JOB_TOKEN.test(token) ? token : null;
}

/**
 * The print view's stories. On the desktop, the hidden print window is handed them (it
 * fetches its job once from main, by token) and opens no database; in browser mode the
 * view reads the journal, options from its query string. `storyId` is the story route's id.
 */
export function PrintSource({ storyId, children }: { storyId?: string; children: Render }) {
  const token = handedJobToken();
  return token ? (
    <HandedJob token={token}>{children}</HandedJob>
  ) : (
    <StoredStories storyId={storyId}>{children}</StoredStories>
  );
}

function HandedJob({ token, children }: { token: string; children: Render }) {
  const [content, setContent] = useState<PrintContent | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const response = await fetch(`.${PRINT_JOB_PATH_PREFIX}${token}`, { cache: 'no-store' });
      if (!response.ok) throw new Error('This export is no longer available: start it again.');
      const job = PrintJobSchema.parse(await response.json());
      return {
        state: 'loaded',
        stories: job.stories,
        ids: job.request.storyIds,
        options: job.request.options,
        pack: job.request.pack ?? PackDetailsSchema.parse({}),
      } satisfies PrintContent;
    })().then(
      (loaded) => !cancelled && setContent(loaded),
      (error: unknown) =>
        !cancelled &&
        setContent({
          state: 'failed',
          message: error instanceof Error ? error.message : 'This export could not be read.',
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [token]);
  return children(
    content ?? {
      state: 'loaded',
      stories: undefined,
      ids: [],
      options: parsePrintQuery('').options,
      pack: PackDetailsSchema.parse({}),
    },
  );
}

function StoredStories({ storyId, children }: { storyId?: string; children: Render }) {
  const search = useSearch();
  const { options, pack, ids: packIds } = useMemo(() => parsePrintQuery(search), [search]);
  const ids = storyId === undefined ? packIds : [storyId];
  const stories = useStoriesById(ids);
  return children({ state: 'loaded', stories, ids, options, pack });
}
