import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hindsight-atomic-'));
    const target = path.join(folder, 'story.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['story.pdf']);
  });

  it('fails loudly, keeping the old file, when the folder cannot be written', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'hindsight-atomic-'));
    await expect(writeFileAtomic(path.join(folder, 'missing', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
