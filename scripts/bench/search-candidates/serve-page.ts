// Bundles page/main.ts with Vite (into memory, no files written) and serves it on 127.0.0.1,
// so the page gets a real origin with IndexedDB and storage estimates, like browser mode.
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const html = '<!doctype html><meta charset="utf-8"><title>search candidates</title><script src="/bench.js"></script>';

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(here, 'page/main.ts'), formats: ['iife'], name: 'candidateBenchBundle' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Vite produced no JavaScript chunk for the search bench page.');
}

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the page bundle and serves it; close() stops the server. */
export async function servePage(port: number): Promise<PageServer> {
  const code = await bundle();
  const server: Server = createServer((req, res) => {
    const isScript = req.url === '/bench.js';
    res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html', 'cache-control': 'no-store' });
    res.end(isScript ? code : html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
