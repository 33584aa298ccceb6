import { useEffect, useRef } from 'react';
import type { LockControl } from './lock-control';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Locks after `autoLockMinutes` without a key press, click or scroll (the window hidden
 * counts as idle too). Checked every few seconds rather than with one long timer, which a
 * sleeping laptop would stretch.
 */
export function useIdleLock(control: LockControl): void {
  const last = useRef(0);
  const { on, autoLockMinutes } = control;
  const lockNow = useRef(control.lockNow);
  useEffect(() => {
    lockNow.current = control.lockNow;
  });
  useEffect(() => {
    if (!on || autoLockMinutes <= 0) return;
    last.current = Date.now();
    const seen = () => (last.current = Date.now());
    for (const type of ACTIVITY) window.addEventListener(type, seen, { passive: true, capture: true });
    const check = window.setInterval(() => {
      if (Date.now() - last.current >= autoLockMinutes * 60_000) void lockNow.current();
    }, 5000);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, seen, { capture: true });
      window.clearInterval(check);
    };
  }, [on, autoLockMinutes]);
}
