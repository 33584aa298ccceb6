import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/content-security-policy.ts';
import { zodWithoutJsonSchema } from './scripts/vite/zod-without-json-schema.ts';

const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * Browser mode is served to one person on this machine: Vite's preview gzips every response
 * on the fly, which costs more than it saves on loopback (the coach's 3 MB worker took
 * longer to compress than to parse). Asking for no encoding skips it, as the desktop's
 * app:// protocol does.
 */
const uncompressedPreview: Plugin = {
  name: 'hindsight:uncompressed-preview',
  configurePreviewServer(server) {
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

/** The renderer build, shared by the desktop build (electron-vite) and browser mode. */
export const rendererConfig: UserConfig = {
  root: path.join(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), uncompressedPreview, zodWithoutJsonSchema()],
  // Large JSON (the coach's English model) as JSON.parse("…"): parsed far faster than the
  // same data as a JavaScript object literal.
  json: { stringify: true },
  // Settings shows the version in browser mode too (the desktop asks main).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    // Absolute: electron-vite resolves outDir from the project, plain Vite from `root`.
    outDir: path.join(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    minify: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: path.join(import.meta.dirname, 'renderer/index.html') },
  },
  preview: {
    host: '127.0.0.1',
    strictPort: true,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  },
};

export default defineConfig(rendererConfig);
