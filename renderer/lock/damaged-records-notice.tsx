import { useQuarantined } from '../db/use-quarantine';

/**
 * With the lock on, a record that does not open (damaged on disk, or changed by someone
 * without the key) is left exactly as it is and said here, instead of being shown wrong or
 * deleted.
 */
export function DamagedRecordsNotice() {
  const damaged = useQuarantined();
  if (damaged.length === 0) return null;
  const count = damaged.length === 1 ? '1 record' : `${damaged.length} records`;
  return (
    <p className="banner" role="alert">
      {count} could not be opened with your key: {damaged.length === 1 ? 'it is' : 'they are'} damaged or{' '}
      {damaged.length === 1 ? 'was' : 'were'} changed outside Hindsight. {damaged.length === 1 ? 'It is' : 'They are'}{' '}
      kept untouched and left out of the journal; a backup from before may hold {damaged.length === 1 ? 'it' : 'them'}.
    </p>
  );
}
