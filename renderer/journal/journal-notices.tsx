import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useLostJournal } from '../backups/use-lost-journal';
import { isReadOnly } from '../db/repositories';

/**
 * Start-up warnings that must stop the person before they write: a journal made by a
 * newer Hindsight (open read-only), or an empty journal where main remembers entries.
 */
export function JournalNotices() {
  const lost = useLostJournal();
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    isReadOnly().then(setReadOnly, () => undefined);
  }, []);
  return (
    <>
      {readOnly && (
        <p className="form-alert" role="alert">
          Your journal was last opened by a newer version of Hindsight. This version can show it but will not change it,
          so nothing gets half-written. Update Hindsight to edit again.
        </p>
      )}
      {lost && (
        <div className="form-alert" role="alert">
          <p>
            Your journal is empty, but the last automatic backup held {lost.entries} setbacks and {lost.stories}{' '}
            stories. Its storage may have been reset. Restore it before writing anything new.
          </p>
          <Link href="/settings">Restore from automatic backup</Link>
        </div>
      )}
    </>
  );
}
