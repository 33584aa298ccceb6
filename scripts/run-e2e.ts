// Runs the Playwright suite after checking for a Chromium, and says plainly what is skipped.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';
import { findElectronBinary } from './electron-binary.ts';

const chromium = findChromium();
if (!chromium.found) {
  console.error(chromium.help);
  process.exit(1);
}
console.log(`End-to-end tests in Chromium: ${chromium.path} (${chromium.source}).`);

const electron = findElectronBinary();
if (!electron.available) {
  console.log(`Electron end-to-end specs (e2e/electron/) will be SKIPPED: ${electron.reason}`);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium.path },
});
process.exit(result.status ?? 1);
