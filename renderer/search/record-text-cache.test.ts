import { describe, expect, it, vi } from 'vitest';
import { MAX_CACHED_TEXTS, RecordTextCache, type RecordText } from './record-text-cache';

/** Lets queued microtasks and the reads they start settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A reader over a fake journal: `store` holds each key's current text. */
function readerOver(store: Map<string, RecordText>) {
  const reads: string[][] = [];
  const read = vi.fn(async (keys: readonly string[]) => {
    reads.push([...keys]);
    return new Map(keys.map((key) => [key, store.get(key) ?? null]));
  });
  return { read, reads };
}

describe('RecordTextCache', () => {
  it('reads every text asked for in one tick in a single batch', async () => {
    const { read, reads } = readerOver(
      new Map([
        ['entry:a', 'alpha'],
        ['story:b', 'beta'],
      ]),
    );
    const cache = new RecordTextCache(read);
    const heard = vi.fn();
    cache.subscribe('entry:a', heard);
    cache.subscribe('story:b', heard);
    cache.subscribe('entry:gone', heard);
    expect(cache.get('entry:a')).toBeUndefined();
    await settle();
    expect(reads).toEqual([['entry:a', 'story:b', 'entry:gone']]);
    expect([cache.get('entry:a'), cache.get('story:b'), cache.get('entry:gone')]).toEqual(['alpha', 'beta', null]);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('answers a text read before without reading it again', async () => {
    const { read } = readerOver(new Map([['entry:a', 'alpha']]));
    const cache = new RecordTextCache(read);
    cache.subscribe('entry:a', () => undefined)();
    await settle();
    cache.subscribe('entry:a', () => undefined);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(cache.get('entry:a')).toBe('alpha');
  });

  it('drops every text on a write: shown ones are read again, the others only when shown', async () => {
    const store = new Map([
      ['entry:a', 'old text'],
      ['entry:b', 'other'],
    ]);
    const { read, reads } = readerOver(store);
    const cache = new RecordTextCache(read);
    const heard = vi.fn();
    cache.subscribe('entry:a', heard);
    cache.subscribe('entry:b', () => undefined)();
    await settle();
    store.set('entry:a', 'new text');
    cache.dropAll();
    expect(cache.get('entry:a')).toBeUndefined();
    await settle();
    expect(cache.get('entry:a')).toBe('new text');
    expect(cache.get('entry:b')).toBeUndefined();
    expect(reads.at(-1)).toEqual(['entry:a']);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('does not keep what a read returns when a write came while it was being read', async () => {
    const store = new Map([['entry:a', 'old text']]);
    let release: () => void = () => undefined;
    const slow = vi.fn((keys: readonly string[]) => {
      const answer = new Map(keys.map((key) => [key, store.get(key) ?? null]));
      return new Promise<Map<string, RecordText>>((resolve) => (release = () => resolve(answer)));
    });
    const cache = new RecordTextCache(slow);
    cache.subscribe('entry:a', () => undefined);
    await settle();
    store.set('entry:a', 'new text');
    cache.dropAll();
    release();
    await settle();
    expect(cache.get('entry:a')).not.toBe('old text');
    release();
    await settle();
    expect(cache.get('entry:a')).toBe('new text');
  });

  it('reads a text once while a read of it is on its way, and gives it to every row that asked', async () => {
    let release: () => void = () => undefined;
    const slow = vi.fn(
      (keys: readonly string[]) =>
        new Promise<Map<string, RecordText>>((resolve) => {
          release = () => resolve(new Map(keys.map((key) => [key, 'alpha'])));
        }),
    );
    const cache = new RecordTextCache(slow);
    const first = vi.fn();
    const second = vi.fn();
    cache.subscribe('entry:a', first);
    await settle();
    cache.subscribe('entry:a', second);
    await settle();
    expect(slow).toHaveBeenCalledTimes(1);
    release();
    await settle();
    expect(cache.get('entry:a')).toBe('alpha');
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });

  it('keeps at most MAX_CACHED_TEXTS texts, never one on screen', async () => {
    const { read } = readerOver(new Map());
    const cache = new RecordTextCache(read);
    cache.subscribe('entry:shown', () => undefined);
    for (let at = 0; at < MAX_CACHED_TEXTS + 50; at++) cache.subscribe(`entry:${at}`, () => undefined)();
    await settle();
    expect(cache.get('entry:shown')).toBeNull();
    expect(cache.get('entry:0')).toBeUndefined();
    expect(cache.get(`entry:${MAX_CACHED_TEXTS + 49}`)).toBeNull();
  });

  it('reads a shown text once more after a failed read, then leaves it unknown', async () => {
    const onError = vi.fn();
    const failing = vi.fn(() => Promise.reject(new Error('disk')));
    const cache = new RecordTextCache(failing, onError, 0);
    cache.subscribe('entry:a', () => undefined);
    await settle();
    await settle();
    await settle();
    expect(failing).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(cache.get('entry:a')).toBeUndefined();
  });

  it('shows the text when the read after a failure succeeds', async () => {
    let calls = 0;
    const flaky = vi.fn(async (keys: readonly string[]) => {
      if (++calls === 1) throw new Error('busy');
      return new Map(keys.map((key) => [key, 'alpha']));
    });
    const cache = new RecordTextCache(flaky, () => undefined, 0);
    const heard = vi.fn();
    cache.subscribe('entry:a', heard);
    await settle();
    await settle();
    expect(cache.get('entry:a')).toBe('alpha');
    expect(heard).toHaveBeenCalledOnce();
  });

  it('gives the read after a write its own retry, whatever became of the read it replaced', async () => {
    const failures: ((error: Error) => void)[] = [];
    const read = vi.fn((keys: readonly string[]) =>
      read.mock.calls.length <= 2
        ? new Promise<Map<string, RecordText>>((_resolve, reject) => failures.push(reject))
        : Promise.resolve(new Map(keys.map((key) => [key, 'new text']))),
    );
    const cache = new RecordTextCache(read, () => undefined, 0);
    cache.subscribe('entry:a', () => undefined);
    await settle();
    cache.dropAll();
    await settle();
    failures[0]?.(new Error('disk'));
    await settle();
    failures[1]?.(new Error('disk'));
    await settle();
    await settle();
    expect(read).toHaveBeenCalledTimes(3);
    expect(cache.get('entry:a')).toBe('new text');
  });
});
