import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, targetOfTemporaryName, writeFileAtomic } from './atomic-write';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'hindsight-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const target = path.join(folder, 'story.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['story.pdf']);
  });

  it('fails loudly, keeping the old file, when the folder cannot be written', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('deletes what an interrupted write of the same file left, and nothing else of the folder', async () => {
    const leftover = '.story.pdf.0123456789ab.tmp';
    const others = [
      '.other.pdf.0123456789ab.tmp', // another file's: a chosen folder is the person's, not ours to tidy
      '.story.pdf.tmp',
      'story.pdf.0123456789ab.tmp',
      '.story.pdf.0123456789AB.tmp',
      '.story.pdf.0123456789a.tmp',
      'notes.txt',
    ];
    for (const name of [leftover, ...others]) writeFileSync(path.join(folder, name), 'x'.repeat(1000));
    mkdirSync(path.join(folder, '.story.pdf.aaaaaaaaaaaa.tmp'));
    await writeFileAtomic(path.join(folder, 'story.pdf'), new TextEncoder().encode('new'));
    expect(readdirSync(folder).sort()).toEqual(
      [...others, '.story.pdf.aaaaaaaaaaaa.tmp', 'story.pdf'].sort((a, b) => (a < b ? -1 : 1)),
    );
  });

  it('leaves a write of the same file still in progress alone', async () => {
    const target = path.join(folder, 'backup.json');
    let firstDone = false;
    const first = writeFileAtomic(target, new Uint8Array(32 * 1024 * 1024).fill(65)).then(() => (firstDone = true));
    while (!firstDone && !readdirSync(folder).some((name) => targetOfTemporaryName(name) === 'backup.json'))
      await new Promise((resolve) => setImmediate(resolve));
    expect(firstDone).toBe(false); // caught while its temporary file is being written
    await writeFileAtomic(target, new TextEncoder().encode('small'));
    await first; // its temporary file was still there to rename
    expect(readdirSync(folder)).toEqual(['backup.json']);
  });
});

describe('temporary files of ours', () => {
  it('are recognised by their exact pattern only', () => {
    expect(targetOfTemporaryName('.a.json.0123456789ab.tmp')).toBe('a.json');
    expect(targetOfTemporaryName('.0123456789ab.tmp')).toBeUndefined();
    expect(targetOfTemporaryName('a.json.0123456789ab.tmp')).toBeUndefined();
    expect(targetOfTemporaryName('.a.json.0123456789ab.tmp.bak')).toBeUndefined();
  });

  it('are all deleted from a folder of ours, and counted', async () => {
    writeFileSync(path.join(folder, '.a.json.0123456789ab.tmp'), 'x');
    writeFileSync(path.join(folder, '.b.json.abcdefabcdef.tmp'), 'x');
    writeFileSync(path.join(folder, 'b.json'), 'x');
    expect(await removeStaleTemporaryFiles(folder)).toBe(2);
    expect(readdirSync(folder)).toEqual(['b.json']);
    expect(await removeStaleTemporaryFiles(path.join(folder, 'missing'))).toBe(0);
  });
});
