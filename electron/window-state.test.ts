import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { jsonStateFile } from './json-state-file';
import { placeOnScreen, trackWindowState, WindowStateSchema, type Rect, type WindowState } from './window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitor = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } };
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe('placeOnScreen', () => {
  it('keeps a window that is on screen where it was', () => {
    expect(placeOnScreen(rect(100, 50, 1180, 800), [laptop, monitor], laptop)).toEqual(rect(100, 50, 1180, 800));
    expect(placeOnScreen(rect(2000, 0, 1180, 800), [laptop, monitor], laptop)).toEqual(rect(2000, 0, 1180, 800));
  });

  it('centres the window on the primary display when its monitor is gone', () => {
    expect(placeOnScreen(rect(2000, 0, 1180, 800), [laptop], laptop)).toEqual(rect(130, 38, 1180, 800));
  });

  it('shrinks a window larger than the work area to fit, and moves it fully inside', () => {
    expect(placeOnScreen(rect(-50, -30, 2400, 1300), [laptop], laptop)).toEqual(rect(0, 0, 1440, 875));
    expect(placeOnScreen(rect(2000, 0, 2400, 1300), [laptop], laptop)).toEqual(rect(0, 0, 1440, 875));
  });

  it('pulls a window mostly off screen back in, on the display that shows most of it', () => {
    expect(placeOnScreen(rect(1200, 600, 1000, 700), [laptop], laptop)).toEqual(rect(440, 175, 1000, 700));
    // Straddling two displays: it goes to the one showing more of it.
    expect(placeOnScreen(rect(1240, 0, 1000, 700), [laptop, monitor], laptop)).toEqual(rect(1440, 0, 1000, 700));
  });

  it('a sliver that is no usable part (a few pixels at an edge) counts as off screen', () => {
    expect(placeOnScreen(rect(1430, 860, 1000, 700), [laptop], laptop)).toEqual(rect(220, 88, 1000, 700));
  });
});

function fakeWindow(bounds: Rect, maximized = false) {
  const listeners = new Map<string, (() => void)[]>();
  return {
    bounds,
    maximized,
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event: string) {
      for (const listener of listeners.get(event) ?? []) listener();
    },
    getNormalBounds() {
      return this.bounds;
    },
    isMaximized() {
      return this.maximized;
    },
  };
}

function timers() {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (run: () => void) => (queue.set(++next, run), next),
    clearTimeout: (handle: unknown) => void queue.delete(handle as number),
    runAll: () => {
      const runs = [...queue.values()];
      queue.clear();
      for (const run of runs) run();
    },
    size: () => queue.size,
  };
}

describe('trackWindowState', () => {
  it('saves once after a burst of moves and resizes settles', async () => {
    const window = fakeWindow(rect(10, 20, 1000, 700));
    const clock = timers();
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const tracker = trackWindowState(window, { save, log: vi.fn(), ...clock });
    window.emit('move');
    window.emit('resize');
    window.bounds = rect(30, 40, 1100, 750);
    window.emit('resize');
    expect(clock.size()).toBe(1);
    clock.runAll();
    await tracker.pending();
    expect(save.mock.calls).toEqual([[{ x: 30, y: 40, width: 1100, height: 750, maximized: false }]]);
  });

  it('saves on close, with the normal bounds when maximized', async () => {
    const window = fakeWindow(rect(10, 20, 1000, 700), true);
    const clock = timers();
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const tracker = trackWindowState(window, { save, log: vi.fn(), ...clock });
    window.emit('maximize');
    window.emit('close');
    expect(clock.size()).toBe(0);
    expect(tracker.pending()).not.toBeNull();
    await tracker.pending();
    expect(save.mock.calls).toEqual([[{ x: 10, y: 20, width: 1000, height: 700, maximized: true }]]);
    expect(tracker.pending()).toBeNull();
  });

  it('a failed write is logged by its kind, not its path', async () => {
    const window = fakeWindow(rect(0, 0, 800, 600));
    const log = vi.fn();
    const save = () => Promise.reject(Object.assign(new Error('ENOSPC: /home/ana/x'), { code: 'ENOSPC' }));
    const tracker = trackWindowState(window, { save, log, ...timers() });
    window.emit('close');
    await tracker.pending();
    expect(log).toHaveBeenCalledWith("Could not save the window's place (ENOSPC).");
  });

  it('writes window-state.json atomically and reads it back; a damaged file reads as none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hindsight-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      const store = jsonStateFile(file, WindowStateSchema, writeFileAtomic);
      const state = { x: 1, y: 2, width: 900, height: 600, maximized: false };
      await store.write(state);
      expect(await store.read()).toEqual(state);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
      await writeFileAtomic(file, new TextEncoder().encode('{"x": "left"}'));
      expect(await store.read()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
