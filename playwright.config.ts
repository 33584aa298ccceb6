import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.ts';

const chromium = findChromium();
if (!chromium.found) throw new Error(chromium.help);

const port = Number(process.env['E2E_PORT'] ?? 5317);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    launchOptions: { executablePath: chromium.path, args: chromiumArgs },
    trace: 'retain-on-failure',
    viewport: { width: 1200, height: 820 },
  },
  projects: [
    { name: 'browser', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: 'npx tsx scripts/serve-web.ts',
    env: { PORT: String(port) },
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
