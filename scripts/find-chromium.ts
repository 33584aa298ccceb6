import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export type ChromiumLookup = { found: true; path: string; source: string } | { found: false; help: string };

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Finds a Chromium to test with: CHROMIUM_PATH, then a system Chromium, then
 * Playwright's own download. Says what to install when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { found: true, path: fromEnv, source: 'CHROMIUM_PATH' }
      : { found: false, help: `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.` };
  }
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return { found: true, path: system, source: 'system' };
  const playwrightOwn = chromium.executablePath();
  if (playwrightOwn && existsSync(playwrightOwn))
    return { found: true, path: playwrightOwn, source: "Playwright's own" };
  return {
    found: false,
    help: [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Any OS:         npx playwright install chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    ].join('\n'),
  };
}

/**
 * The features Playwright 1.65 turns off when it launches Chromium. Chromium keeps only the
 * last `--disable-features` it is given, so passing our own would silently turn these back
 * on: ours repeats them (`find-chromium.test.ts` checks the copy against Playwright's).
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium's address-bar suggestion popup is a web page of its own: headless Chromium 156
 * starts one renderer for it per tab, and it burns about a second of CPU while the tab
 * loads. The app never has an address bar (Electron has none), so on a 2-core machine it
 * would only compete with the page under test.
 */
const addressBarPopup = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Flags for a quiet, offline headless Chromium: no sandbox (CI runs as root), no GPU, no phoning home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  `--disable-features=${[...playwrightDisabledFeatures, ...addressBarPopup].join(',')}`,
];

/**
 * Flags that take Chromium's frames off the display's 60 Hz clock: each frame is drawn as
 * soon as there is something new to draw. The bench measures keystroke → paint with them,
 * so a figure is the page's own latency, not also the wait (0–16.7 ms) for the next tick.
 */
export const framesWhenReadyArgs = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
