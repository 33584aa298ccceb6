import { useLocation } from 'wouter';
import { useCapture } from '../journal/capture-context';
import { useLockControl } from '../lock/lock-control';
import { useDesktopCommand } from './command-registry';
import { useReportedState, useUnreflectedTimes } from './desktop-state';
import { isStoryRoute } from './desktop-routes';

/**
 * The open journal's side of the desktop (mounted only there, once unlocked): answers the
 * commands that apply anywhere and tells main what applies now.
 */
export function DesktopLink() {
  const { open } = useCapture();
  const lock = useLockControl();
  const [location] = useLocation();
  useDesktopCommand('log-setback', open);
  useDesktopCommand('lock-now', () => void lock.lockNow(), lock.on);
  useReportedState({
    journalOpen: true,
    storyOpen: isStoryRoute(location),
    lockOn: lock.on,
    unreflected: useUnreflectedTimes(),
  });
  return null;
}
