// Tests of the scan's own logic (run with `node --test` in this folder): a finding that is
// not excused must block, and an excuse must match both the check and the file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseCsv, toFindings, triage, wellFormed } from './run.mjs';

const csv = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main-window.ts","71:17","const window = new BrowserWindow({","Review, carefully",https://x',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","electron/other.ts","1:1","new BrowserWindow({ a: ""b"" })","Use sandbox",https://x',
  'PRELOAD_JS_CHECK,"LOW","TENTATIVE","electron/preload.ts","1:1",N/A,"Review preload",https://x',
  '',
].join('\n');

test('parses quoted fields, doubled quotes and commas inside quotes', () => {
  const findings = toFindings(parseCsv(csv));
  assert.equal(findings.length, 3);
  assert.equal(findings[0].description, 'Review, carefully');
  assert.equal(findings[1].sample, 'new BrowserWindow({ a: "b" })');
  assert.equal(findings[1].file, 'electron/other.ts');
});

test('blocks HIGH and MEDIUM findings unless an exception names both the check and the file', () => {
  const findings = toFindings(parseCsv(csv));
  const exceptions = [
    { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main-window.ts', reason: 'r', reviewed: 'd' },
    // Same check, other file: must not excuse SANDBOX_JS_CHECK in electron/other.ts.
    { check: 'SANDBOX_JS_CHECK', file: 'electron/main-window.ts', reason: 'r', reviewed: 'd' },
  ];
  const result = triage(findings, exceptions);
  assert.deepEqual(
    result.blocking.map((finding) => finding.check),
    ['SANDBOX_JS_CHECK'],
  );
  assert.equal(result.excused.length, 1);
  assert.deepEqual(
    result.informational.map((finding) => finding.severity),
    ['LOW'],
  );
  assert.deepEqual(result.stale, [exceptions[1]]);
});

test('a report whose rows do not match the header is not well formed', () => {
  assert.equal(wellFormed(parseCsv(csv)), true);
  assert.equal(wellFormed(parseCsv(`${csv}SANDBOX_JS_CHECK,"MEDIUM","FIRM"\n`)), false);
  assert.equal(wellFormed(parseCsv('nothing, useful\n1,2\n')), false);
  assert.equal(wellFormed([]), false);
});

test('with writes-in-order.cjs, a header written with "w" and rows appended at once come out in order', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'scan-writes-'));
  const report = path.join(folder, 'report.csv');
  try {
    // What the scanner does: both writes started at once, the rows with flag "a".
    const script = `const fs = require('node:fs');
      fs.writeFile(${JSON.stringify(report)}, 'header\\n', () => {});
      fs.writeFile(${JSON.stringify(report)}, 'row 1\\nrow 2\\n', { flag: 'a' }, () => {});`;
    for (let run = 0; run < 20; run++) {
      const result = spawnSync(process.execPath, ['--require', './writes-in-order.cjs', '-e', script], {
        cwd: import.meta.dirname,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(report, 'utf8'), 'header\nrow 1\nrow 2\n');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
