import { useCallback, useEffect, useRef, useState } from 'react';

/** How often the shown time is refreshed while running: often enough that it never lags a second. */
const TICK_MS = 250;

const secondsSince = (start: number) => Math.max(0, Math.floor((Date.now() - start) / 1000));

export interface FinishedRun {
  startedAt: Date;
  seconds: number;
}

export interface PracticeTimer {
  running: boolean;
  /** Whole seconds of the run going on, or of the last one stopped. */
  seconds: number;
  start: () => void;
  /** Stops the run; null when none was running. */
  stop: () => FinishedRun | null;
}

/**
 * A stopwatch for one spoken run. Time is read from the clock (not counted in ticks), so a
 * busy page or a throttled background tab never makes a run look shorter than it was.
 */
export function usePracticeTimer(): PracticeTimer {
  const startedAt = useRef<number | null>(null);
  const [running, setRunning] = useState(false);
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    if (!running) return;
    const tick = () => setSeconds(startedAt.current === null ? 0 : secondsSince(startedAt.current));
    const timer = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);

  const start = useCallback(() => {
    startedAt.current = Date.now();
    setSeconds(0);
    setRunning(true);
  }, []);

  const stop = useCallback((): FinishedRun | null => {
    if (startedAt.current === null) return null;
    const finished = { startedAt: new Date(startedAt.current), seconds: secondsSince(startedAt.current) };
    startedAt.current = null;
    setSeconds(finished.seconds);
    setRunning(false);
    return finished;
  }, []);

  return { running, seconds, start, stop };
}
