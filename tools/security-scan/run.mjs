// Scans Hindsight's Electron main process, preload and renderer with Electronegativity and
// fails on any HIGH or MEDIUM finding that is not a reviewed exception in exceptions.json.
//
// Usage (from the repository root): node tools/security-scan/run.mjs
// Kept in its own package so Electronegativity's old parser stack never touches the app's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ELECTRON_VERSION = '45.4.1';
const here = import.meta.dirname;
const repo = path.resolve(here, '../..');
// What ships: main process, preload and renderer, plus the shared code they import. Tests
// and their fakes never ship, and would only add noise.
const SCANNED_FOLDERS = ['electron', 'renderer', 'shared'];
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
// This check downloads Electron's release list from the internet; the scan stays offline.
// Keeping Electron current is the job of the dependency update, not of this gate.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Parses Electronegativity's CSV (RFC 4180 quoting) into rows of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field.trim()), (field = ''));
    else if (char === '\n') (row.push(field.trim()), rows.push(row), (row = []), (field = ''));
    else if (char !== '\r') field += char;
  }
  if (field.trim() || row.length) (row.push(field.trim()), rows.push(row));
  return rows.filter((fields) => fields.some((value) => value !== ''));
}

/** True when the report has the columns we read and every row has as many fields as the header. */
export function wellFormed(rows) {
  const [header, ...data] = rows;
  if (!header || !['issue', 'severity', 'filename', 'location'].every((name) => header.includes(name))) return false;
  return data.every((fields) => fields.length === header.length);
}

/** Turns the CSV rows into findings keyed by check id and repository-relative file. */
export function toFindings(rows) {
  const [header, ...data] = rows;
  const column = (name) => header.indexOf(name);
  return data.map((fields) => ({
    check: fields[column('issue')],
    severity: fields[column('severity')],
    confidence: fields[column('confidence')],
    file: fields[column('filename')].replaceAll('\\', '/'),
    location: fields[column('location')],
    sample: fields[column('sample')],
    description: fields[column('description')],
  }));
}

/** Splits findings into blocking, excused (with the exception that excuses them) and informational. */
export function triage(findings, exceptions) {
  const blocking = [];
  const excused = [];
  const informational = [];
  for (const finding of findings) {
    if (!BLOCKING.has(finding.severity)) {
      informational.push(finding);
      continue;
    }
    const exception = exceptions.find((entry) => entry.check === finding.check && entry.file === finding.file);
    if (exception) excused.push({ finding, exception });
    else blocking.push(finding);
  }
  const used = new Set(excused.map(({ exception }) => exception));
  const stale = exceptions.filter((entry) => !used.has(entry));
  return { blocking, excused, informational, stale };
}

/** Reads and checks the exceptions file: every entry names a check, a file and a reason. */
function readExceptions() {
  const entries = JSON.parse(readFileSync(path.join(here, 'exceptions.json'), 'utf8')).exceptions;
  for (const entry of entries) {
    const complete = ['check', 'file', 'reason', 'reviewed'].every(
      (key) => typeof entry[key] === 'string' && entry[key].trim().length > 0,
    );
    if (!complete)
      throw new Error(`exceptions.json: every entry needs check, file, reason and reviewed: ${JSON.stringify(entry)}`);
  }
  return entries;
}

/** The scanner's CLI, or a plain instruction when this folder's own packages are not installed. */
function electronegativityCli() {
  try {
    return createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');
  } catch {
    console.error('Electronegativity is not installed. Run: npm ci --prefix tools/security-scan --no-audit --no-fund');
    process.exit(2);
  }
}

function scan() {
  const staging = mkdtempSync(path.join(tmpdir(), 'hindsight-scan-'));
  try {
    for (const folder of SCANNED_FOLDERS) {
      cpSync(path.join(repo, folder), path.join(staging, folder), {
        recursive: true,
        filter: (source) => !/\.test\.tsx?$/.test(source) && !source.includes(`${path.sep}test-support`),
      });
    }
    const report = path.join(staging, 'report.csv');
    const cli = electronegativityCli();
    const args = [cli, '-i', staging, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report];
    args.push('-x', EXCLUDED_CHECKS.join(','));
    // The scanner's own report writing races (see writes-in-order.cjs, loaded into its process
    // to put the writes in order). A well-formed report is still checked, and a bad one rescanned.
    const ordered = ['--require', path.join(here, 'writes-in-order.cjs')];
    for (let attempt = 1; ; attempt++) {
      const run = spawnSync(process.execPath, [...ordered, ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'en-US' },
      });
      if (run.status !== 0) throw new Error(`Electronegativity failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
      const rows = parseCsv(readFileSync(report, 'utf8'));
      if (wellFormed(rows)) return toFindings(rows);
      if (attempt === 3) throw new Error(`Electronegativity wrote a malformed report three times:\n${readFileSync(report, 'utf8').slice(0, 2000)}`);
      console.warn(`Electronegativity wrote a malformed report (attempt ${attempt}); scanning again.`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function main() {
  const exceptions = readExceptions();
  const { blocking, excused, informational, stale } = triage(scan(), exceptions);
  const line = (f) => `  ${f.severity.padEnd(6)} ${f.check}  ${f.file}:${f.location}  ${f.sample}`;
  console.log(`Electronegativity (Electron ${ELECTRON_VERSION}) over ${SCANNED_FOLDERS.join(', ')}:`);
  console.log(`${excused.length} reviewed exception(s):`);
  for (const { finding, exception } of excused) console.log(`${line(finding)}\n         reason: ${exception.reason}`);
  if (informational.length) console.log(`${informational.length} low/informational finding(s):`);
  for (const finding of informational) console.log(line(finding));
  for (const entry of stale) console.warn(`Unused exception (remove it): ${entry.check} in ${entry.file}`);
  if (blocking.length) {
    console.error(`${blocking.length} HIGH/MEDIUM finding(s) not reviewed; fix them or add a reasoned exception:`);
    for (const finding of blocking) console.error(`${line(finding)}\n         ${finding.description}`);
    process.exit(1);
  }
  console.log('Security scan passed: no unreviewed HIGH or MEDIUM findings.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
