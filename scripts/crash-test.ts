// Crash test: `npx tsx scripts/crash-test.ts [N]` (after `npm run build`). Types into an
// entry, kills Chromium with SIGKILL, restarts it on the same profile, N times; prints
// how many runs kept everything typed up to 1 s before the kill. Exit code 1 on any loss.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crashIteration } from '../e2e/data/crash-support.ts';
import { findChromium } from './find-chromium.ts';

const runs = Number(process.argv[2] ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npx tsx scripts/crash-test.ts [N]   (N: how many crashes, default 10)');
  process.exit(2);
}
const chromiumFound = findChromium();
if (!chromiumFound.found) {
  console.error(chromiumFound.help);
  process.exit(1);
}

const port = Number(process.env['PORT'] ?? 5391);
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['tsx', 'scripts/serve-web.ts'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};

for (let waited = 0; ; waited += 200) {
  if (
    await fetch(baseURL).then(
      (response) => response.ok,
      () => false,
    )
  )
    break;
  if (waited > 60_000) {
    stopServer();
    console.error(`The browser-mode server did not start on ${baseURL} (run npm run build first).`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-crash-'));
let passed = 0;
try {
  for (let run = 1; run <= runs; run++) {
    try {
      const result = await crashIteration(chromiumFound.path, profile, baseURL, run);
      if (result.ok) passed++;
      console.error(
        `run ${run}: ${result.ok ? 'kept' : 'LOST'} — typed ${result.typedChars} chars, ${result.requiredChars} required, ${result.foundChars} found`,
      );
    } catch (error) {
      console.error(`run ${run}: ERROR ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  stopServer();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify({ metric: 'crash_test_passes', stat: 'value', value: passed, unit: 'count', runs }));
process.exit(passed === runs ? 0 : 1);
