// In browser mode the app can be open in several tabs, all writing to one journal. Each tab
// tells the others which entries and stories it wrote, so their search indexes keep up at
// once instead of at their next start. (The desktop app has one window: nobody listens.)
import { JournalChangeSchema, type JournalChange } from '../../shared/search/search-protocol';

/** The channel's name: one per journal database. */
export const journalChangeChannelName = (databaseName: string) => `hindsight-journal-changes/${databaseName}`;

export interface JournalChangeChannel {
  /** Tells the other tabs about a change made here. */
  tell(change: JournalChange): void;
  close(): void;
}

/**
 * Opens the channel of the journal `databaseName`; `onChangeElsewhere` hears what other tabs
 * wrote (never this tab's own changes). Messages that are not a journal change are ignored:
 * only this app's tabs share the channel, so one would be a bug, not something to show.
 */
export function openJournalChangeChannel(
  databaseName: string,
  onChangeElsewhere: (change: JournalChange) => void,
): JournalChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { tell: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(journalChangeChannelName(databaseName));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = JournalChangeSchema.safeParse(event.data);
    if (parsed.success) onChangeElsewhere(parsed.data);
  };
  return {
    tell: (change) => channel.postMessage(change),
    close: () => channel.close(),
  };
}
