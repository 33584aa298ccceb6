import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import type { ElectronBinary } from '../../scripts/electron-binary';

/**
 * Skips the enclosing describe when there is no Electron binary, and says why on the
 * console: a skip must never pass for a run.
 */
export function skipWithoutElectron(binary: ElectronBinary, suite: string): void {
  if (!binary.available)
    console.warn(`[electron e2e] ${suite}: skipped, Electron binary not available: ${binary.reason}`);
  test.skip(!binary.available, `Electron binary not available: ${binary.available ? '' : binary.reason}`);
}

/** A fresh, empty data folder for one test: no journal, preferences or window place from any other run. */
export function freshUserDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hindsight-e2e-electron-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Launches the built app (out/main/main.js) from app:// with its data in `userDataDir`. */
export function launchHindsight(
  executablePath: string,
  userDataDir: string,
  extraArgs: string[] = [],
): Promise<ElectronApplication> {
  return electron.launch({
    executablePath,
    args: [path.resolve('out/main/main.js'), '--no-sandbox', `--user-data-dir=${userDataDir}`, ...extraArgs],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
}
