// Serves the built renderer (out/renderer) in browser mode on 127.0.0.1:$PORT.
import { preview } from 'vite';
import { rendererConfig } from '../vite.renderer.config.ts';

const port = Number(process.env['PORT'] ?? 5173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a number between 1 and 65535 (got "${process.env['PORT']}").`);
  process.exit(2);
}

const server = await preview({
  ...rendererConfig,
  configFile: false,
  logLevel: 'warn',
  preview: { ...rendererConfig.preview, port, host: '127.0.0.1', strictPort: true, open: false },
});
console.log(`Hindsight (browser mode) is running at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
