import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry } from './command-registry';

describe('the desktop command registry', () => {
  it('runs the handler registered for a command', () => {
    const registry = createCommandRegistry();
    const find = vi.fn();
    registry.register('find', find);
    expect(registry.run('find', true)).toBe(true);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('keeps a command for a page not on screen until the page registers, then runs it once', () => {
    const registry = createCommandRegistry();
    expect(registry.run('export-backup', true)).toBe(false);
    const exportBackup = vi.fn();
    const unregister = registry.register('export-backup', exportBackup);
    expect(exportBackup).toHaveBeenCalledTimes(1);
    unregister();
    registry.register('export-backup', exportBackup);
    expect(exportBackup).toHaveBeenCalledTimes(1);
  });

  it('keeps only the latest command waiting, and none that was asked not to wait', () => {
    const registry = createCommandRegistry();
    registry.run('find', true);
    registry.run('reflection-queue', true);
    const find = vi.fn();
    const queue = vi.fn();
    registry.register('find', find);
    registry.register('reflection-queue', queue);
    expect(find).not.toHaveBeenCalled();
    expect(queue).toHaveBeenCalledTimes(1);

    registry.run('export-pdf', false);
    const exportPdf = vi.fn();
    registry.register('export-pdf', exportPdf);
    expect(exportPdf).not.toHaveBeenCalled();
  });

  it('forgets a handler once unregistered, but not one registered after it', () => {
    const registry = createCommandRegistry();
    const first = vi.fn();
    const second = vi.fn();
    const unregisterFirst = registry.register('find', first);
    registry.register('find', second);
    unregisterFirst();
    registry.run('find', true);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
