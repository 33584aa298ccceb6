import { useQuarantined } from '../db/use-quarantine';

/**
 * With the lock on, a record that does not open (damaged on disk, or changed by someone
 * without the key) is left exactly as it is and said here, instead of being shown wrong or
 * deleted.
 */
export function DamagedRecordsNotice() {
  const damaged = useQuarantined();
  if (damaged.length === 0) return null;
  return (
    <p className="banner" role="alert">
      Records that could not be opened with your key: {damaged.length}. They are damaged, or were changed outside
      Hindsight, and are kept untouched and left out of the journal; a backup from before may hold them.
    </p>
  );
}
