import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium';
import { crashIteration } from './crash-support';

const ITERATIONS = 3;

test('typing survives SIGKILL of the browser: everything up to 1 s before the kill is there', async ({ baseURL }) => {
  test.setTimeout(60_000 * ITERATIONS);
  const found = findChromium();
  if (!found.found) throw new Error(found.help);
  const profile = mkdtempSync(path.join(tmpdir(), 'hindsight-crash-'));
  try {
    for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
      const result = await crashIteration(found.path, profile, baseURL!, iteration);
      expect(result, `iteration ${iteration}`).toMatchObject({ ok: true });
      expect(result.requiredChars).toBeGreaterThan(0);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
