// What a packaged app.asar may and must hold: the built app and nothing else. Kept apart
// from the packaging run so the rules can be tested on listings without building anything.

/** Files the app cannot start (or show its icons) without. */
export const REQUIRED_ENTRIES = [
  'package.json',
  'out/main/main.js',
  'out/preload/preload.cjs',
  'out/renderer/index.html',
  'out/renderer/icons/app-256.png',
  'out/renderer/icons/tray-32.png',
  'out/renderer/icons/trayTemplate.png',
  'out/renderer/icons/trayTemplate@2x.png',
] as const;

/** The size ceiling of app.asar; today's is about 5 MB, most of it the coach's English model. */
export const ASAR_CEILING_BYTES = 8 * 1024 * 1024;

/** @electron/asar lists entries as `/out/main`; the rules read `out/main`. */
export const normalizeEntry = (entry: string): string => entry.replace(/\\/g, '/').replace(/^\/+/, '');

/**
 * Every way the listing breaks the rules, as sentences; empty when it keeps them all.
 * `entries` are files and folders, as @electron/asar lists them.
 */
export function layoutProblems(entries: readonly string[]): string[] {
  const paths = entries.map(normalizeEntry);
  const present = new Set(paths);
  const problems: string[] = [];
  for (const required of REQUIRED_ENTRIES) {
    if (!present.has(required)) problems.push(`missing ${required}`);
  }
  const offenders = (why: string, test: (entry: string) => boolean) => {
    const found = paths.filter(test);
    if (found.length > 0) {
      const shown = found.slice(0, 5).join(', ');
      problems.push(`${why}: ${shown}${found.length > 5 ? ` and ${found.length - 5} more` : ''}`);
    }
  };
  offenders(
    'outside out/ and package.json',
    (entry) => entry !== 'package.json' && entry !== 'out' && !entry.startsWith('out/'),
  );
  offenders('source maps', (entry) => entry.endsWith('.map'));
  offenders('node_modules', (entry) => entry.split('/').includes('node_modules'));
  offenders('TypeScript sources', (entry) => /\.(c|m)?tsx?$/.test(entry));
  return problems;
}
