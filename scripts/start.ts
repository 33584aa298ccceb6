// `npm start`: builds the desktop app and launches it. Electron (42+) downloads its binary
// on first run; when that fails, say so plainly and point to browser mode.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './electron-binary.ts';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

if (run('npx', ['electron-vite', 'build']) !== 0) {
  console.error('The build failed (see above), so Hindsight was not started.');
  process.exit(1);
}

let binary = findElectronBinary();
if (!binary.available) {
  console.log('Downloading the Electron runtime (once, about 100 MB)…');
  const installer = path.join('node_modules', 'electron', 'install.js');
  const download = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 10 * 60_000 });
  binary = findElectronBinary();
  if (download.status !== 0 || !binary.available) {
    const [major] = process.versions.node.split('.').map(Number);
    console.error(
      [
        '',
        'Hindsight could not download the Electron runtime it needs to open as a desktop app.',
        binary.available ? '' : `Reason: ${binary.reason}`,
        (major ?? 0) < 22
          ? `Electron's downloader needs Node 22.12 or newer; this is Node ${process.versions.node}.`
          : '',
        'Check your internet connection (or proxy) and run `npm start` again.',
        '',
        'Meanwhile, you can use the very same app in your browser, fully offline:',
        '  npm run web      then open http://127.0.0.1:5173',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    process.exit(1);
  }
}

process.exit(run(binary.path, ['.', ...process.argv.slice(2)]));
