import { afterEach, describe, expect, it } from 'vitest';
import {
  journalChangeChannelName,
  openJournalChangeChannel,
  type JournalChangeChannel,
} from './journal-change-channel';
import type { JournalChange } from '../../shared/search/search-protocol';

const opened: (JournalChangeChannel | BroadcastChannel)[] = [];
afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

/** A tab's channel on `name`, and what it heard from the others. */
function tab(name: string) {
  const heard: JournalChange[] = [];
  const channel = openJournalChangeChannel(name, (change) => heard.push(change));
  opened.push(channel);
  return { channel, heard };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('journal change channel', () => {
  it('tells the other tabs of the same journal what one wrote, and not itself', async () => {
    const here = tab('journal-a');
    const there = tab('journal-a');
    const otherJournal = tab('journal-b');
    here.channel.tell({ rebuild: false, keys: { entries: ['e1'], stories: [] } });
    there.channel.tell({ rebuild: true });
    await settle();
    expect(there.heard).toEqual([{ rebuild: false, keys: { entries: ['e1'], stories: [] } }]);
    expect(here.heard).toEqual([{ rebuild: true }]);
    expect(otherJournal.heard).toEqual([]);
  });

  it('ignores messages that are not a journal change', async () => {
    const here = tab('journal-c');
    const stranger = new BroadcastChannel(journalChangeChannelName('journal-c'));
    opened.push(stranger);
    stranger.postMessage({ rebuild: false, entries: 'e1' });
    stranger.postMessage('rebuild');
    stranger.postMessage({ rebuild: false, keys: { entries: [], stories: ['s1'] } });
    await settle();
    expect(here.heard).toEqual([{ rebuild: false, keys: { entries: [], stories: ['s1'] } }]);
  });
});
