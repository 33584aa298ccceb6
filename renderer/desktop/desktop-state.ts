import { useEffect, useRef, useState } from 'react';
import type { DesktopState } from '../../shared/ipc/desktop-contract';
import { useReflectionQueue } from '../db/use-resurfacing';
import { platform } from '../platform';
import { createStateReporter } from './state-report';

/** This window's one reporter: every part of it that knows the state says it here. */
export const desktopState = createStateReporter(async (state) => {
  await platform.desktop?.reportState(state);
});

const HOUR_MS = 3_600_000;

/**
 * How many setbacks wait for their reflection (the reflection queue's own query), re-read as
 * the days pass: a setback joins the queue a few days after it was logged.
 */
export function useWaitingCount(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), HOUR_MS);
    return () => window.clearInterval(timer);
  }, []);
  return useReflectionQueue(now)?.length ?? 0;
}

/** Reports `state` while the journal is open here; once it closes (locking, a move), says so. */
export function useReportedState(state: DesktopState): void {
  const { journalOpen, storyOpen, lockOn, waitingForReflection } = state;
  useEffect(() => {
    desktopState.report({ journalOpen, storyOpen, lockOn, waitingForReflection });
  }, [journalOpen, storyOpen, lockOn, waitingForReflection]);
  const lockOnNow = useRef(lockOn);
  useEffect(() => {
    lockOnNow.current = lockOn;
  });
  useEffect(
    () => () =>
      desktopState.report({ journalOpen: false, storyOpen: false, lockOn: lockOnNow.current, waitingForReflection: 0 }),
    [],
  );
}
