// A Vite plugin for the renderer: zod's classic schemas import its JSON Schema generator
// (about a tenth of zod) for `.toJSONSchema()`, which the app never calls. In its place the
// bundle gets a module that says so if it ever is. The export names are read from zod's own
// files, and the build fails if those files move, so an upgrade of zod cannot silently
// break it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const STUBBED = ['json-schema-processors.js', 'to-json-schema.js'];
const PREFIX = '\0zod-without-json-schema:';
const IMPORTER = /[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/;

/** The names `file` exports (`export function x`, `export const x`, `export { a as x }`). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([\w$]+)/gm)) names.add(match[1]!);
  for (const match of source.matchAll(/^export \{([^}]*)\}/gm))
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  return [...names];
}

/** The module put in place of `file`: a factory (to-json-schema's `create…Method`) returns a function that throws; anything else throws. */
export function stubModule(file: string, names: string[]): string {
  const message = JSON.stringify(`JSON Schema output is not built into Hindsight's renderer (zod/v4/core/${file}).`);
  const lines = [`const unavailable = () => { throw new Error(${message}); };`];
  for (const name of names)
    lines.push(
      /^create\w*Method$/.test(name)
        ? `export const ${name} = () => unavailable;`
        : `export const ${name} = unavailable;`,
    );
  return lines.join('\n');
}

export function zodWithoutJsonSchema(): Plugin {
  const core = path.dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
  const sources = new Map(STUBBED.map((file) => [file, readFileSync(path.join(core, file), 'utf8')]));
  return {
    name: 'hindsight:zod-without-json-schema',
    enforce: 'pre',
    resolveId(source, importer) {
      const file = STUBBED.find((name) => source === `../core/${name}`);
      if (file && importer && IMPORTER.test(importer)) return PREFIX + file;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      return stubModule(file, exportedNames(sources.get(file) ?? ''));
    },
  };
}
