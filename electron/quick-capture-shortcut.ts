import type { DesktopStatus } from '../shared/ipc/desktop-contract';

/** The slice of Electron's globalShortcut this module uses, so tests can pass a fake. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export type QuickCaptureStatus = DesktopStatus['quickCapture'];

export interface QuickCaptureShortcutOptions {
  globalShortcut: GlobalShortcutLike;
  /** What a press does: open (or focus) the quick capture window. */
  onPress: () => void;
  platform: NodeJS.Platform;
  /** The session type, from XDG_SESSION_TYPE (`wayland`, `x11`…); only Linux looks at it. */
  sessionType?: string | undefined;
}

const MODIFIERS = new Set([
  'commandorcontrol',
  'cmdorctrl',
  'command',
  'cmd',
  'control',
  'ctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
]);

/** Modifiers that leave ordinary typing alone (Shift alone would take a capital letter everywhere). */
const NON_TYPING_MODIFIERS = new Set([...MODIFIERS].filter((modifier) => modifier !== 'shift'));

/**
 * True when an accelerator has at least one modifier other than Shift and exactly one key:
 * a global shortcut without one would take that key from every other app.
 */
export function isUsableAccelerator(accelerator: string): boolean {
  const parts = accelerator.split('+').map((part) => part.trim().toLowerCase());
  if (parts.some((part) => part === '')) return false;
  const keys = parts.filter((part) => !MODIFIERS.has(part));
  return keys.length === 1 && parts.some((part) => NON_TYPING_MODIFIERS.has(part));
}

/** How a shortcut reads on this platform: `Ctrl+Shift+L`, or `Cmd+Shift+L` on macOS. */
export function shortcutLabel(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  const names: Record<string, string> = {
    commandorcontrol: mac ? 'Cmd' : 'Ctrl',
    cmdorctrl: mac ? 'Cmd' : 'Ctrl',
    command: 'Cmd',
    cmd: 'Cmd',
    control: 'Ctrl',
    ctrl: 'Ctrl',
    option: mac ? 'Option' : 'Alt',
    alt: mac ? 'Option' : 'Alt',
  };
  return accelerator
    .split('+')
    .map((part) => names[part.trim().toLowerCase()] ?? part.trim())
    .join('+');
}

/** Why the shortcut could not be registered, in plain words for Settings. */
export function registrationProblem(label: string, platform: NodeJS.Platform, sessionType?: string): string {
  if (platform === 'linux' && sessionType?.toLowerCase() === 'wayland') {
    // Wayland lets an app claim a shortcut for the whole desktop only through the desktop itself.
    return (
      `${label} could not be set up: on Wayland, apps usually cannot claim a shortcut for the whole desktop. ` +
      'Add a shortcut in your desktop’s keyboard settings that runs Hindsight with --quick-capture, ' +
      'or choose another shortcut in Settings.'
    );
  }
  return `Another app is already using ${label}. Choose another shortcut in Settings.`;
}

/** The message for an accelerator Electron does not accept, or one that would take a typing key. */
export function invalidShortcutProblem(accelerator: string, platform: NodeJS.Platform): string {
  return (
    `${accelerator} is not a shortcut Hindsight can use. ` +
    `Choose one with Ctrl, Alt or Cmd and one key, like ${shortcutLabel('CommandOrControl+Shift+L', platform)}.`
  );
}

/**
 * The global quick-capture shortcut: registers the accelerator from the preferences,
 * unregisters the previous one on change, and says in plain words why it is not
 * registered (off, taken by another app, not valid, or Wayland).
 */
export function createQuickCaptureShortcut(options: QuickCaptureShortcutOptions) {
  let registered: string | null = null;
  let status: QuickCaptureStatus = { shortcut: '', registered: false, problem: null };

  function release(): void {
    if (registered === null) return;
    options.globalShortcut.unregister(registered);
    registered = null;
  }

  return {
    /** Applies `accelerator` ('' turns the shortcut off) and returns the resulting status. */
    apply(accelerator: string): QuickCaptureStatus {
      const wanted = accelerator.trim();
      if (registered !== null && registered === wanted) return status;
      release();
      if (wanted === '') {
        status = { shortcut: '', registered: false, problem: null };
        return status;
      }
      if (!isUsableAccelerator(wanted)) {
        status = { shortcut: wanted, registered: false, problem: invalidShortcutProblem(wanted, options.platform) };
        return status;
      }
      let ok: boolean;
      try {
        ok = options.globalShortcut.register(wanted, options.onPress);
      } catch {
        status = { shortcut: wanted, registered: false, problem: invalidShortcutProblem(wanted, options.platform) };
        return status;
      }
      if (ok) registered = wanted;
      status = {
        shortcut: wanted,
        registered: ok,
        problem: ok
          ? null
          : registrationProblem(shortcutLabel(wanted, options.platform), options.platform, options.sessionType),
      };
      return status;
    },
    status(): QuickCaptureStatus {
      return status;
    },
    /** Releases the shortcut (on quit, so another app may take it). */
    dispose(): void {
      release();
    },
  };
}

export type QuickCaptureShortcut = ReturnType<typeof createQuickCaptureShortcut>;
