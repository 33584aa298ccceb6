import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/content-security-policy.ts';

const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/** The renderer build, shared by the desktop build (electron-vite) and browser mode. */
export const rendererConfig: UserConfig = {
  root: path.join(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
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
