import type { Ref } from 'react';
import { SPEAKING_BAND_SECONDS } from '../../shared/coach/speaking';
import { bandPlaceOf, bandVerdictOf, formatClock } from '../../shared/practice-time';

/** The bar runs to three minutes: the band sits in its middle third and a long run fills it. */
const BAR_SECONDS = 180;

const percent = (seconds: number) => `${Math.min(100, (seconds / BAR_SECONDS) * 100)}%`;

/** What the polite status line says while a run goes on: only as it enters and leaves the band. */
function milestone(seconds: number): string {
  const place = bandPlaceOf(seconds);
  if (place === 'inside') return 'Inside the band now.';
  return place === 'long' ? `Past ${formatClock(SPEAKING_BAND_SECONDS.max)}: time to land it.` : 'Timer running.';
}

interface PracticeTimerProps {
  running: boolean;
  seconds: number;
  /** A run was stopped: its verdict is shown until the next one starts. */
  stopped: boolean;
  onToggle: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/**
 * The stopwatch: the time as m:ss (a timer region, which screen readers do not read out
 * every second), the target band on a bar, and a status line that speaks only when a run
 * starts, enters or leaves the band, and where it ended.
 */
export function PracticeTimer({ running, seconds, stopped, onToggle, buttonRef }: PracticeTimerProps) {
  const place = bandPlaceOf(seconds);
  const status = running ? milestone(seconds) : stopped ? bandVerdictOf(seconds) : '';
  return (
    <section className="card practice-timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading" className="timer-heading">
        Timer
      </h2>
      <p role="timer" aria-labelledby="timer-heading" className={`timer-clock ${running ? 'running' : ''}`}>
        {formatClock(seconds)}
      </p>
      <div className="band-bar" aria-hidden="true">
        <span
          className="band-zone"
          style={{
            left: percent(SPEAKING_BAND_SECONDS.min),
            right: `calc(100% - ${percent(SPEAKING_BAND_SECONDS.max)})`,
          }}
        />
        <span className={`band-progress band-${place}`} style={{ width: percent(seconds) }} />
      </div>
      <p className="band-scale" aria-hidden="true">
        <span>0:00</span>
        <span style={{ left: percent(SPEAKING_BAND_SECONDS.min) }}>{formatClock(SPEAKING_BAND_SECONDS.min)}</span>
        <span style={{ left: percent(SPEAKING_BAND_SECONDS.max) }}>{formatClock(SPEAKING_BAND_SECONDS.max)}</span>
      </p>
      <p className="muted timer-aim">
        Aim for {formatClock(SPEAKING_BAND_SECONDS.min)} to {formatClock(SPEAKING_BAND_SECONDS.max)}: about two minutes.
      </p>
      <button
        ref={buttonRef}
        type="button"
        className={running ? 'timer-button' : 'primary timer-button'}
        onClick={onToggle}
        aria-keyshortcuts="Space"
      >
        {running ? 'Stop' : 'Start'}
      </button>
      <p className={`timer-status ${stopped && !running ? `verdict-${place}` : ''}`} role="status">
        {status}
      </p>
      <p className="muted key-hint">
        <kbd>Space</kbd> starts and stops
      </p>
    </section>
  );
}
