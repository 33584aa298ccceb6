import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, playwrightDisabledFeatures } from './find-chromium';

/** The feature names in Playwright's own `disabledFeatures = [...]` list, comments left out. */
function featuresPlaywrightDisables(): string[] {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
  if (list === undefined) throw new Error("Playwright's list of disabled Chromium features was not found.");
  const code = list.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('chromiumArgs', () => {
  it('keeps every feature Playwright turns off (only the last --disable-features counts)', () => {
    const theirs = featuresPlaywrightDisables();
    expect(theirs.length).toBeGreaterThan(5);
    expect(playwrightDisabledFeatures).toEqual(expect.arrayContaining(theirs));
  });

  it('passes one --disable-features, with the address-bar popup off', () => {
    const switches = chromiumArgs.filter((arg) => arg.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const features = switches[0]?.split('=')[1]?.split(',') ?? [];
    expect(features).toEqual(
      expect.arrayContaining([...playwrightDisabledFeatures, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
    );
  });
});
