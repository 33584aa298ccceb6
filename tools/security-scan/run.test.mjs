// Tests of the scan's own logic (run with `node --test` in this folder): a finding that is
// not excused must block, and an excuse must match both the check and the file.
import assert from 'node:assert/strict';
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
