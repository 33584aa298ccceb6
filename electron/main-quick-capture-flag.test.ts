import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './test-support/electron-mock';
import { mainProcess } from './test-support/main-process';

vi.mock('electron', async () => (await import('./test-support/main-process')).mockedElectron());

process.argv.push('--quick-capture');
await import('./main');

describe('a first launch with --quick-capture', () => {
  it('opens only the quick capture window', async () => {
    mainProcess.ready?.();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    expect(FakeBrowserWindow.created[0]?.loadedUrl).toBe('app://hindsight/index.html#/quick-capture');
    expect(FakeBrowserWindow.created[0]?.options['alwaysOnTop']).toBe(true);
    process.argv.pop();
  });
});
