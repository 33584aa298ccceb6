import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/content-security-policy.ts';

/** The renderer build, shared by the desktop build (electron-vite) and browser mode. */
export const rendererConfig: UserConfig = {
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    minify: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: 'renderer/index.html' },
  },
  preview: {
    host: '127.0.0.1',
    strictPort: true,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
};

export default defineConfig(rendererConfig);
