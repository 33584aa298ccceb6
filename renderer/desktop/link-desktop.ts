// Loaded after start, only in the desktop app: commands from main reach the part of the app
// that answers them, and main hears what applies before the journal even opens.
import { navigate } from 'wouter/use-hash-location';
import { DesktopCommandEventSchema, type DesktopCommand } from '../../shared/ipc/desktop-contract';
import { readLockState } from '../db/lock-store';
import type { DesktopIntegration } from '../platform/platform';
import { desktopCommands } from './command-registry';
import { desktopState } from './desktop-state';
import { isQuickCaptureRoute } from './desktop-routes';

/** Where each command that belongs to a page is answered; the others answer anywhere (or not at all). */
const pageOf: Partial<Record<DesktopCommand, string>> = {
  find: '/journal',
  'reflection-queue': '/journal',
  'export-backup': '/settings',
  'import-backup': '/settings',
};

/**
 * Listens for main's commands for the life of the window: each runs where it is answered,
 * or goes to its page first and runs once that page is up (after unlocking, if locked).
 * Export PDF applies only on a story already on screen, so it never waits; in the quick-capture
 * window only its own commands apply.
 */
export function linkDesktop(desktop: DesktopIntegration): void {
  const quickCapture = isQuickCaptureRoute(window.location.hash);
  desktop.onCommand((payload) => {
    const event = DesktopCommandEventSchema.safeParse(payload);
    if (!event.success) return;
    const { command } = event.data;
    const page = quickCapture ? undefined : pageOf[command];
    // "Log a setback" asked for on the lock screen opens once unlocked; "Lock now" there has nothing to do.
    const waits = page !== undefined || command === 'log-setback';
    if (!desktopCommands.run(command, waits) && page) navigate(page);
  });
  // Main sends what it queued only after a first report: say at once that the journal is not
  // open yet (the lock screen, or still opening). The open app reports the rest itself.
  void readLockState().then(
    (lock) =>
      desktopState.reportFirst({
        journalOpen: false,
        storyOpen: false,
        lockOn: lock.mode !== 'off',
      }),
    () => desktopState.reportFirst({ journalOpen: false, storyOpen: false, lockOn: false }),
  );
}
