import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REQUIRED_ENTRIES, layoutProblems } from './asar-layout.ts';
import { FUSE_NAMES, writeStandInElectron } from './stand-in-electron.ts';

describe('app.asar layout rules', () => {
  const good = ['/out', '/out/main', ...REQUIRED_ENTRIES.map((entry) => `/${entry}`)];

  it('accepts the built app alone', () => {
    expect(layoutProblems(good)).toEqual([]);
  });

  it('names each thing that must not ship, and each that is missing', () => {
    const problems = layoutProblems([
      ...good.filter((entry) => entry !== '/out/preload/preload.cjs'),
      '/out/main/main.js.map',
      '/node_modules/zod/index.js',
      '/electron/main.ts',
      '/out/renderer/assets/app.tsx',
    ]);
    expect(problems).toEqual([
      'missing out/preload/preload.cjs',
      'outside out/ and package.json: node_modules/zod/index.js, electron/main.ts',
      'source maps: out/main/main.js.map',
      'node_modules: node_modules/zod/index.js',
      'TypeScript sources: electron/main.ts, out/renderer/assets/app.tsx',
    ]);
  });
});

describe('stand-in Electron', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('has a fuse wire @electron/fuses reads and flips, one fuse per option it knows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hindsight-stand-in-test-'));
    made.push(dir);
    writeStandInElectron(dir, '45.4.1');
    expect(readdirSync(dir).sort()).toEqual([
      'LICENSE',
      'LICENSES.chromium.html',
      'electron',
      'locales',
      'resources',
      'version',
    ]);

    const binary = path.join(dir, 'electron');
    const before = (await getCurrentFuseWire(binary)) as Record<string, unknown>;
    expect(Object.keys(before).filter((key) => key !== 'version')).toHaveLength(FUSE_NAMES.length);
    expect(before[FuseV1Options.RunAsNode]).toBe('1'.charCodeAt(0));

    await flipFuses(binary, { version: FuseVersion.V1, [FuseV1Options.RunAsNode]: false });
    const after = (await getCurrentFuseWire(binary)) as Record<string, unknown>;
    expect(after[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0));
  });
});
