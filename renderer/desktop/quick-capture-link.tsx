import { useDesktopCommand } from './command-registry';
import { useReportedState, useUnreflectedTimes } from './desktop-state';
import { useLockControl } from '../lock/lock-control';

/**
 * The quick-capture window's side of the desktop: "Log a setback" (the shortcut again, the
 * tray) comes back to the title, "Lock now" locks here too, and main hears what applies.
 */
export function QuickCaptureLink({ focusTitle }: { focusTitle: () => void }) {
  const lock = useLockControl();
  useDesktopCommand('log-setback', focusTitle);
  useDesktopCommand('lock-now', () => void lock.lockNow(), lock.on);
  // A setback logged here with the main window closed waits for reflection too: main hears it.
  useReportedState({ journalOpen: true, storyOpen: false, lockOn: lock.on, unreflected: useUnreflectedTimes() });
  return null;
}
