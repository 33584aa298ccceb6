import type { MoveProgress } from '../db/lock-migration';

const labelOf = (turningOff: boolean) => (turningOff ? 'Turning off the lock' : 'Locking your journal');

function MoveProgressBar({ label, progress }: { label: string; progress: MoveProgress | null }) {
  return (
    <>
      <progress className="lock-progress" max={progress?.total ?? 1} value={progress?.copied ?? 0} aria-label={label}>
        {progress ? `${progress.copied} of ${progress.total}` : ''}
      </progress>
      <p role="status">{progress ? `${progress.copied} of ${progress.total} records` : 'Starting…'}</p>
    </>
  );
}

/** In place of the app for the last steps of a move, a move resumed at start, or one run in another window. */
export function LockMoving({
  turningOff,
  progress,
  elsewhere = false,
}: {
  turningOff: boolean;
  progress: MoveProgress | null;
  elsewhere?: boolean;
}) {
  const label = labelOf(turningOff);
  return (
    <main className="lock-screen" aria-labelledby="moving-heading">
      <div className="lock-card" aria-busy="true">
        <h1 id="moving-heading">{label}</h1>
        {elsewhere ? (
          <p className="muted">
            Another Hindsight window is {turningOff ? 'opening' : 'encrypting'} the journal. What you typed here is
            saved; this window opens again when it is done.
          </p>
        ) : (
          <>
            <p className="muted">
              Every setback, story and earlier version is being {turningOff ? 'opened' : 'encrypted'}. If this window
              closes, it goes on the next time you open Hindsight.
            </p>
            <MoveProgressBar label={label} progress={progress} />
          </>
        )}
      </div>
    </main>
  );
}

/** Above the app while the journal moves into or out of the lock and the app stays in use. */
export function LockMoveBanner({ turningOff, progress }: { turningOff: boolean; progress: MoveProgress | null }) {
  const label = labelOf(turningOff);
  return (
    <aside className="lock-move-banner" aria-label={label}>
      <p>
        <strong>{label}…</strong> You can keep writing meanwhile; the journal pauses for a moment at the end.
      </p>
      <MoveProgressBar label={label} progress={progress} />
    </aside>
  );
}
