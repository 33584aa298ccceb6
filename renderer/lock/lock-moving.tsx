import type { MoveProgress } from '../db/lock-migration';

/** In place of the app while the journal moves into or out of the lock. */
export function LockMoving({ turningOff, progress }: { turningOff: boolean; progress: MoveProgress | null }) {
  const label = turningOff ? 'Turning off the lock' : 'Locking your journal';
  return (
    <main className="lock-screen" aria-labelledby="moving-heading">
      <div className="lock-card" aria-busy="true">
        <h1 id="moving-heading">{label}</h1>
        <p className="muted">
          Every setback, story and earlier version is being {turningOff ? 'opened' : 'encrypted'}. If this window
          closes, it goes on where it stopped the next time you open Hindsight.
        </p>
        <progress className="lock-progress" max={progress?.total ?? 1} value={progress?.copied ?? 0} aria-label={label}>
          {progress ? `${progress.copied} of ${progress.total}` : ''}
        </progress>
        <p role="status">{progress ? `${progress.copied} of ${progress.total} records` : 'Starting…'}</p>
      </div>
    </main>
  );
}
