import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFileUpTo } from './read-regular-file';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hindsight-read-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('readRegularFileUpTo', () => {
  it('reads a file up to the limit, as UTF-8', async () => {
    const file = path.join(root, 'a.json');
    await writeFile(file, '{"ü":1}');
    expect(await readRegularFileUpTo(file, 9)).toBe('{"ü":1}');
  });

  it('refuses a file one byte over the limit, and a large sparse one without reading it', async () => {
    const file = path.join(root, 'a.json');
    await writeFile(file, '0123456789');
    await expect(readRegularFileUpTo(file, 9)).rejects.toThrow(/too large/);
    await truncate(file, 1024 * 1024 * 1024);
    await expect(readRegularFileUpTo(file, 1024)).rejects.toThrow(/too large/);
  });

  it('reads a file larger than one chunk whole', async () => {
    const file = path.join(root, 'big.json');
    const text = 'x'.repeat(3 * 1024 * 1024 + 7);
    await writeFile(file, text);
    expect(await readRegularFileUpTo(file, text.length)).toBe(text);
  });

  it.skipIf(!existsSync('/proc/self/maps'))('stops at the limit a file that says it is empty but is not', async () => {
    // /proc files report size 0: only the bounded read notices what they really hold.
    await expect(readRegularFileUpTo('/proc/self/maps', 16)).rejects.toThrow(/too large/);
  });

  it('says so when the file does not exist', async () => {
    await expect(readRegularFileUpTo(path.join(root, 'gone.json'), 10)).rejects.toThrow(/ENOENT/);
  });
});
