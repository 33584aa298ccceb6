import { useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { lastAutomaticBackup } from './automatic-backups';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Desktop: said as soon as main notices, wherever the person is, that the journal shrank
 * sharply since the newest automatic backup (500 setbacks, then 1). Main keeps that backup
 * however old it gets; this says where it is, until dismissed.
 */
export function JournalDropWarning() {
  const drop = useSyncExternalStore(lastAutomaticBackup.subscribe, lastAutomaticBackup.drop);
  if (!drop) return null;
  const { before, after } = drop;
  return (
    <div className="banner drop-warning" role="alert">
      <p>
        Your journal now holds {count(after.entries, 'setback', 'setbacks')} and{' '}
        {count(after.stories, 'story', 'stories')}; the automatic backup before this holds{' '}
        {count(before.entries, 'setback', 'setbacks')} and {count(before.stories, 'story', 'stories')}. If you did not
        delete them, restore that backup: it is kept for you.
      </p>
      <div className="dialog-actions">
        <button type="button" className="quiet" onClick={() => lastAutomaticBackup.dismissDrop()}>
          I deleted them
        </button>
        <Link href="/settings" className="button primary">
          Restore from automatic backup
        </Link>
      </div>
    </div>
  );
}
