import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useLostJournal } from '../backups/use-lost-journal';

/**
 * Desktop start-up guard: when the journal is empty but the automatic backups remember
 * entries, stop before anything is written and offer to restore. Starting fresh stays a
 * deliberate choice, and the good backups are not overwritten by the empty journal.
 */
export function LostJournalGate({ children }: { children: ReactNode }) {
  const lost = useLostJournal();
  const [decided, setDecided] = useState(false);
  const [, navigate] = useLocation();
  if (!lost || decided) return children;
  return (
    <main className="page lost-journal" aria-labelledby="lost-heading">
      <h1 id="lost-heading">Your journal looks empty</h1>
      <p role="alert">
        The last automatic backup held {lost.entries} setbacks and {lost.stories} stories, but this journal has none.
        Its storage may have been reset. Restore it before writing anything new.
      </p>
      <div className="dialog-actions">
        <button type="button" className="quiet" onClick={() => setDecided(true)}>
          Start a new journal anyway
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setDecided(true);
            navigate('/settings');
          }}
        >
          Restore from automatic backup
        </button>
      </div>
    </main>
  );
}
