import { useEffect, useMemo, useRef, useState } from 'react';
import { UNREFLECTED_REPORTED, type DesktopState } from '../../shared/ipc/desktop-contract';
import { useUnreflected } from '../db/use-resurfacing';
import { platform } from '../platform';
import { createStateReporter } from './state-report';

/** This window's one reporter: every part of it that knows the state says it here. */
export const desktopState = createStateReporter(async (state) => {
  await platform.desktop?.reportState(state);
});

const HOUR_MS = 3_600_000;

/**
 * When each unreflected setback of the last two weeks was logged (main counts which wait as the
 * days pass), re-read now and then as those two weeks move on; undefined while reading.
 */
export function useUnreflectedTimes(): string[] | undefined {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), HOUR_MS);
    return () => window.clearInterval(timer);
  }, []);
  const loggedAt = useUnreflected(now);
  return useMemo(() => loggedAt?.slice(-UNREFLECTED_REPORTED), [loggedAt]);
}

/**
 * Reports `state` while the journal is open here; once it closes (locking, a move), says so,
 * leaving main the unreflected setbacks it was last told (the reminder still counts them).
 */
export function useReportedState(state: DesktopState): void {
  const { journalOpen, storyOpen, lockOn, unreflected } = state;
  useEffect(() => {
    desktopState.report({ journalOpen, storyOpen, lockOn, ...(unreflected ? { unreflected } : {}) });
  }, [journalOpen, storyOpen, lockOn, unreflected]);
  const lockOnNow = useRef(lockOn);
  useEffect(() => {
    lockOnNow.current = lockOn;
  });
  useEffect(() => () => desktopState.report({ journalOpen: false, storyOpen: false, lockOn: lockOnNow.current }), []);
}
