import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { applyPreferences } from './main-window';
import { DEFAULT_PREFERENCES, preferencesFile } from './preferences';
import { FakeBrowserWindow } from './test-support/electron-mock';

vi.mock('electron', async () => {
  const mock = await import('./test-support/electron-mock');
  return { BrowserWindow: mock.FakeBrowserWindow, nativeTheme: { shouldUseDarkColors: false }, shell: {} };
});

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hindsight-preferences-'));
  file = path.join(dir, 'preferences.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preferences', () => {
  it('are off until chosen, and a damaged or foreign file reads as off', async () => {
    const preferences = preferencesFile(file, writeFileAtomic);
    expect(await preferences.read()).toEqual(DEFAULT_PREFERENCES);
    writeFileSync(file, '{"hideFromScreenCapture": "yes"}');
    expect(await preferences.read()).toEqual(DEFAULT_PREFERENCES);
    writeFileSync(file, 'not json');
    expect(await preferences.read()).toEqual(DEFAULT_PREFERENCES);
  });

  it('are kept across starts', async () => {
    const chosen = { ...DEFAULT_PREFERENCES, hideFromScreenCapture: true, showTrayIcon: true };
    await preferencesFile(file, writeFileAtomic).write(chosen);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(chosen);
    expect(await preferencesFile(file, writeFileAtomic).read()).toEqual(chosen);
  });

  it('a file from before the desktop settings keeps its choice and takes the new defaults', async () => {
    writeFileSync(file, '{"hideFromScreenCapture": true}');
    expect(await preferencesFile(file, writeFileAtomic).read()).toEqual({
      ...DEFAULT_PREFERENCES,
      hideFromScreenCapture: true,
    });
  });

  it('hiding from screen capture turns the window’s content protection on and off', () => {
    const window = new FakeBrowserWindow({ webPreferences: {} });
    applyPreferences(window as never, { ...DEFAULT_PREFERENCES, hideFromScreenCapture: true });
    expect(window.contentProtection).toBe(true);
    applyPreferences(window as never, DEFAULT_PREFERENCES);
    expect(window.contentProtection).toBe(false);
    expect(() => applyPreferences(null, DEFAULT_PREFERENCES)).not.toThrow();
  });
});
