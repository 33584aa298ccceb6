// `npm run test:package`: packages the built app the way `npm run package` does on Linux
// (electron-builder `--dir`, with the project's config), around a stand-in Electron because
// the real one cannot be downloaded here, and checks what would ship: app.asar holds the
// built app and nothing else, stays under its size ceiling, and the binary's fuses are the
// config's. Offline; leaves no temporary folders and no processes behind.
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants.js';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ASAR_CEILING_BYTES, REQUIRED_ENTRIES, layoutProblems, normalizeEntry } from './packaging/asar-layout.ts';
import { LINUX_SIZES } from './icons.ts';
import { pngSize, readIcns, readIco } from './packaging/icon-files.ts';
import { FUSE_NAMES, writeStandInElectron } from './packaging/stand-in-electron.ts';

const root = path.join(import.meta.dirname, '..');
const configFile = path.join(root, 'build', 'electron-builder.config.cjs');
const ELECTRON_VERSION = '45.4.1';
/** A packaging run takes about 10 s here; far past that something waits on the network. */
const BUILDER_TIMEOUT_MS = 5 * 60_000;

const config = createRequire(import.meta.url)(configFile) as {
  electronFuses: Record<string, boolean>;
  linux: { icon: string };
  win: { icon: string };
  mac: { icon: string };
};
const packageJson = createRequire(import.meta.url)(path.join(root, 'package.json')) as {
  name: string;
  main: string;
};

type Check = { name: string; problems: string[] };
const checks: Check[] = [];
const check = (name: string, problems: string[]) => checks.push({ name, problems });

const temporary: string[] = [];
/** electron-builder's process group while it runs, to end it with us on Ctrl+C. */
let builderGroup: number | undefined;
function endBuilder(): void {
  try {
    if (builderGroup) process.kill(-builderGroup, 'SIGKILL');
  } catch {
    // Already gone.
  }
  builderGroup = undefined;
}
function makeTemporary(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
function cleanUp(): void {
  endBuilder();
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function fail(message: string): never {
  cleanUp();
  console.error(`package-check: FAILED: ${message}`);
  process.exit(1);
}

/** The build the asar is made from; built here when missing, as in a fresh clone. */
function ensureBuilt(): void {
  // The installers' icons come from the same `npm run build` (its prebuild step).
  const needed = [
    ...REQUIRED_ENTRIES.filter((entry) => entry.startsWith('out/')),
    config.win.icon,
    config.mac.icon,
    path.join(config.linux.icon, '1024x1024.png'),
  ];
  const missing = needed.filter((entry) => !existsSync(path.join(root, entry)));
  if (missing.length === 0) return;
  console.log(`package-check: ${missing.join(', ')} missing; running npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('`npm run build` failed (see above), so there is nothing to package.');
  const stillMissing = needed.filter((entry) => !existsSync(path.join(root, entry)));
  if (stillMissing.length > 0) fail(`after npm run build, still missing: ${stillMissing.join(', ')}`);
}

/**
 * Runs electron-builder in its own process group with a time limit, so a hung run (or a
 * child it started) is ended whole instead of outliving the check. Its output is kept
 * and shown only when it fails.
 */
async function runElectronBuilder(standIn: string, output: string): Promise<void> {
  const bin = path.join(root, 'node_modules', '.bin', 'electron-builder');
  if (!existsSync(bin)) fail('electron-builder is not installed (run npm ci).');
  const args = [
    '--dir',
    '--linux',
    '--config',
    configFile,
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.output=${output}`,
  ];
  const log: Buffer[] = [];
  const child = spawn(bin, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No signing identity lookups, no update checks: only what packaging needs.
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  builderGroup = child.pid;
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk));
  const timer = setTimeout(endBuilder, BUILDER_TIMEOUT_MS);
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  clearTimeout(timer);
  // Whatever electron-builder started and left running goes with it.
  endBuilder();
  if (exit.code !== 0) {
    // electron-builder marks its error with ⨯ and follows it with a long stack: the marked
    // lines say what went wrong, the last few where.
    const lines = Buffer.concat(log).toString('utf8').trim().split('\n');
    const tail = [...lines.filter((line) => line.includes('⨯')), '…', ...lines.slice(-12)].join('\n');
    const how = exit.signal
      ? `was killed (${exit.signal}; time limit ${BUILDER_TIMEOUT_MS / 1000} s)`
      : `exited ${exit.code}`;
    fail(`electron-builder ${how}. The end of its output:\n${tail}`);
  }
}

function checkAsar(asar: string): { bytes: number; entries: number; files: number } {
  const entries = listPackage(asar, { isPack: false });
  check('app.asar holds the built app and nothing else (no maps, node_modules or sources)', layoutProblems(entries));

  const files = entries.filter((entry) => 'size' in statFile(asar, normalizeEntry(entry)));
  const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main?: string };
  check(
    `its package.json starts ${packageJson.main}`,
    manifest.main === packageJson.main ? [] : [`main is ${String(manifest.main)}`],
  );

  const iconProblems: string[] = [];
  for (const [name, size] of [
    ['app-256.png', 256],
    ['tray-32.png', 32],
    ['trayTemplate.png', 16],
    ['trayTemplate@2x.png', 32],
  ] as const) {
    try {
      const png = pngSize(extractFile(asar, `out/renderer/icons/${name}`));
      if (png.width !== size || png.height !== size) iconProblems.push(`${name} is ${png.width}x${png.height}`);
    } catch (error) {
      iconProblems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  check('the icons main loads at run time are PNGs of their sizes', iconProblems);

  const bytes = statSync(asar).size;
  check(
    `app.asar is under ${ASAR_CEILING_BYTES / 1024 / 1024} MB`,
    bytes < ASAR_CEILING_BYTES ? [] : [`${bytes} bytes`],
  );
  return { bytes, entries: entries.length, files: files.length };
}

/** `RunAsNode` → `runAsNode`: how electron-builder's config names each fuse. */
const configKey = (fuse: string) => fuse.charAt(0).toLowerCase() + fuse.slice(1);

async function checkFuses(executable: string): Promise<void> {
  const wire = (await getCurrentFuseWire(executable)) as Record<string, unknown>;
  const problems: string[] = [];
  for (const name of FUSE_NAMES) {
    const wanted = config.electronFuses[configKey(name)];
    const index = FuseV1Options[name as keyof typeof FuseV1Options];
    const actual = wire[String(index)];
    if (wanted === undefined) problems.push(`${name} is not set in the config`);
    else if (actual !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) {
      problems.push(`${name} should be ${wanted ? 'on' : 'off'}, the binary has state byte ${String(actual)}`);
    }
  }
  check(`the packaged binary's ${FUSE_NAMES.length} fuses read back as the config sets them`, problems);
}

/**
 * The installers' icons: a Linux `--dir` run does not read them, so a missing or broken one
 * would only show when building the AppImage, the NSIS installer or the dmg.
 */
function checkInstallerIcons(): void {
  const problems: string[] = [];
  const read = (file: string, reader: (data: Buffer) => unknown) => {
    try {
      reader(readFileSync(path.join(root, file)));
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  for (const size of LINUX_SIZES) read(path.join(config.linux.icon, `${size}x${size}.png`), pngSize);
  read(config.win.icon, readIco);
  read(config.mac.icon, readIcns);
  check(
    `the installer icons the config names (${config.linux.icon}/, ${config.win.icon}, ${config.mac.icon}) are well formed`,
    problems,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuilt();

  const standIn = makeTemporary('hindsight-electron-');
  const output = makeTemporary('hindsight-package-');
  writeStandInElectron(standIn, ELECTRON_VERSION);

  const builderStarted = performance.now();
  await runElectronBuilder(standIn, output);
  const builderSeconds = (performance.now() - builderStarted) / 1000;

  const appDir = path.join(output, 'linux-unpacked');
  const executable = path.join(appDir, packageJson.name);
  const resources = path.join(appDir, 'resources');
  const asar = path.join(resources, 'app.asar');
  if (!existsSync(asar)) fail(`electron-builder finished but wrote no ${path.relative(output, asar)}`);
  if (!existsSync(executable)) fail(`electron-builder finished but wrote no executable ${packageJson.name}`);

  // app.asar.unpacked would mean a native module or an asarUnpack rule slipped in.
  const extra = readdirSync(resources).filter((name) => name !== 'app.asar');
  check('resources/ holds app.asar alone', extra.length === 0 ? [] : [`also: ${extra.join(', ')}`]);
  const asarFigures = checkAsar(asar);
  await checkFuses(executable);
  checkInstallerIcons();

  const seconds = (performance.now() - started) / 1000;
  cleanUp();

  const failed = checks.filter((item) => item.problems.length > 0);
  for (const item of checks) {
    console.log(`${item.problems.length === 0 ? '✓' : '✗'} ${item.name}`);
    for (const problem of item.problems) console.log(`    ${problem}`);
  }
  const megabytes = (asarFigures.bytes / 1024 / 1024).toFixed(2);
  console.log(
    `package-check: app.asar ${asarFigures.bytes} bytes (${megabytes} MB, ceiling ${ASAR_CEILING_BYTES / 1024 / 1024} MB), ` +
      `${asarFigures.entries} entries (${asarFigures.files} files); electron-builder ${builderSeconds.toFixed(1)} s, ` +
      `whole check ${seconds.toFixed(1)} s`,
  );
  console.log(`package-check: ${checks.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length > 0) {
    console.error(`package-check: FAILED: ${failed.map((item) => item.name).join('; ')}`);
    process.exitCode = 1;
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
