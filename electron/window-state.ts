import { z } from 'zod';
import { errorKindForLog } from './log-safe';

/** Where the main window was: its normal (not maximized) bounds, and whether it was maximized. */
export const WindowStateSchema = z
  .object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  workArea: Rect;
}

/** How much of a window must show on a display to be grabbed there (its title bar, some of its width). */
const USABLE_WIDTH = 160;
const USABLE_HEIGHT = 48;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where to put a window saved at `saved` on today's displays: on the display showing most of
 * it (if a usable part shows on one), shrunk to fit that display's work area and moved fully
 * inside it; when no display shows a usable part (a monitor since unplugged, a resolution
 * since lowered), centred on the primary display.
 */
export function placeOnScreen(saved: Rect, displays: readonly DisplayLike[], primary: DisplayLike): Rect {
  let best: { display: DisplayLike; area: number } | undefined;
  for (const display of displays) {
    const shown = overlap(saved, display.workArea);
    const usable =
      shown.width >= Math.min(USABLE_WIDTH, saved.width) && shown.height >= Math.min(USABLE_HEIGHT, saved.height);
    const area = shown.width * shown.height;
    if (usable && (!best || area > best.area)) best = { display, area };
  }
  const area = (best?.display ?? primary).workArea;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  if (!best) {
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  }
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** The slice of a BrowserWindow the tracker uses, so tests can pass a fake. */
export interface TrackedWindowLike {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

export interface WindowStateTrackerOptions {
  save: (state: WindowState) => Promise<void>;
  log: (message: string) => void;
  /** Moves and resizes come many a second while dragged; the file is written once they settle. */
  debounceMs?: number;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/** The window's current state: its normal bounds even while maximized, so un-maximizing restores them. */
export function currentWindowState(window: TrackedWindowLike): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized(),
  };
}

/**
 * Saves the window's size, position and maximized state as it changes (debounced) and once
 * more as it closes. `pending()` is the write still under way, which quitting waits for.
 */
export function trackWindowState(window: TrackedWindowLike, options: WindowStateTrackerOptions) {
  const debounceMs = options.debounceMs ?? 500;
  const schedule = options.setTimeout ?? ((run, ms) => setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let pending: Promise<void> | null = null;

  function save(): void {
    const state = currentWindowState(window);
    const write = (pending ?? Promise.resolve())
      .then(() => options.save(state))
      .catch((error: unknown) => options.log(`Could not save the window's place (${errorKindForLog(error)}).`))
      .finally(() => {
        if (pending === write) pending = null;
      });
    pending = write;
  }

  const changed = () => {
    if (timer !== undefined) cancel(timer);
    timer = schedule(() => {
      timer = undefined;
      save();
    }, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, changed);
  window.on('close', () => {
    if (timer !== undefined) cancel(timer);
    timer = undefined;
    save();
  });
  return { pending: () => pending };
}
