// A stand-in for the unpacked Electron distribution that electron-builder copies into a
// Linux `--dir` build. The real one cannot be downloaded on our build machines; what the
// packaging steps touch is only the layout and the fuse wire inside the binary, so a small
// script with that wire is enough for electron-builder to package it and flip its fuses.
import { FuseV1Options } from '@electron/fuses';
// Not re-exported by the package's index: the marker that @electron/fuses looks for, and
// its state bytes, taken from the same copy that electron-builder flips the fuses with.
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The fuses of the wire @electron/fuses knows, in wire order. */
export const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

/**
 * Electron's own defaults: run-as-node, NODE_OPTIONS, --inspect and file:// privileges on,
 * the rest off. Starting from them means each fuse the config sets differently must be
 * flipped by electron-builder for the read-back to match.
 */
const ELECTRON_DEFAULTS: Record<string, boolean> = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
};

/** The bytes of the stand-in `electron`: a script that says what it is, then the fuse wire. */
export function standInBinary(): Buffer {
  const wire = FUSE_NAMES.map((name) => {
    const enabled = ELECTRON_DEFAULTS[name];
    if (enabled === undefined) throw new Error(`stand-in Electron: no default known for the fuse ${name}`);
    return enabled ? FuseState.ENABLE : FuseState.DISABLE;
  });
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "Stand-in Electron from scripts/package-check.ts: it cannot run." >&2\nexit 1\n'),
    Buffer.from(SENTINEL, 'latin1'),
    // Wire version 1, then the wire's length, then one state byte per fuse.
    Buffer.from([1, wire.length, ...wire]),
  ]);
}

/** Writes the stand-in distribution into `dir`: what electron-builder reads or moves. */
export function writeStandInElectron(dir: string, electronVersion: string): void {
  const binary = path.join(dir, 'electron');
  writeFileSync(binary, standInBinary());
  chmodSync(binary, 0o755);
  writeFileSync(path.join(dir, 'version'), electronVersion);
  // electron-builder moves these next to the app (their licences require them to ship).
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron licence.\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n');
  mkdirSync(path.join(dir, 'locales'));
  writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  // No default_app.asar: electron-builder hashes every .asar in resources/ and an empty
  // file is not one (a downloaded Electron's is removed by electron-builder anyway).
  mkdirSync(path.join(dir, 'resources'));
}
