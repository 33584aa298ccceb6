import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };

/**
 * Finds the Electron binary without triggering its download (requiring the `electron`
 * package would fetch it). Electron 42+ downloads it lazily on first run.
 */
export function findElectronBinary(root = process.cwd()): ElectronBinary {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(packageDir))
    return { available: false, reason: 'the electron package is not installed (run npm install).' };
  if (!existsSync(pathFile)) {
    return {
      available: false,
      reason:
        'the Electron binary has not been downloaded (Electron fetches it on first `npm start`; this machine cannot reach its download server).',
    };
  }
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { available: true, path: binary }
    : { available: false, reason: `the Electron binary is missing at ${binary}.` };
}
