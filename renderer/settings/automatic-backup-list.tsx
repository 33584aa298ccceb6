import { useEffect, useState } from 'react';
import { MAX_IPC_BACKUP_CHARS } from '../../shared/ipc/backup-contract';
import { useAutomaticBackupOutcome } from '../backups/use-automatic-backup-outcome';
import type { AutomaticBackupInfo, AutomaticBackups } from '../platform';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Desktop only: "Restore from automatic backup", the daily backups main keeps (one for each
 * of the last 7 days, 4 weeks and 12 months, and any kept from before the journal shrank).
 */
export function AutomaticBackupList({
  backups,
  busy,
  onChoose,
}: {
  backups: AutomaticBackups;
  busy: boolean;
  onChoose: (name: string, text: string) => void;
}) {
  const [list, setList] = useState<AutomaticBackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const outcome = useAutomaticBackupOutcome();
  useEffect(() => {
    backups.list().then(
      (found) => setList(found.backups),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }, [backups]);

  async function choose(info: AutomaticBackupInfo) {
    try {
      onChoose(info.name, await backups.read(info.name));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section aria-labelledby="automatic-heading">
      <h3 id="automatic-heading">Restore from automatic backup</h3>
      <p className="muted">
        Hindsight writes a backup once a day into its data folder and keeps one for each of the last 7 days, 4 weeks and
        12 months.
      </p>
      {outcome === 'too-large' && (
        <p className="form-alert" role="alert">
          Automatic backups are paused: your journal is larger than about {MAX_IPC_BACKUP_CHARS / 1024 / 1024} MB, the
          most one can hold. Export backup above still saves all of it to a file.
        </p>
      )}
      {outcome === 'failed' && (
        <p className="form-alert" role="alert">
          The last automatic backup could not be written. It is tried again within the hour; Export backup above saves
          one now.
        </p>
      )}
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {list && list.length === 0 && <p className="muted">No automatic backups yet.</p>}
      {list && list.length > 0 && (
        <ul aria-label="Automatic backups">
          {list.map((info) => (
            <li key={info.name}>
              {timeFormat.format(new Date(info.createdAt))} —{' '}
              {info.countsUnknown ? 'size not recorded' : `${info.entries} setbacks, ${info.stories} stories`}
              {info.beforeDrop && <strong className="kept-note"> · kept: from before your journal shrank</strong>}{' '}
              <button type="button" disabled={busy} onClick={() => void choose(info)}>
                Restore
                <span className="visually-hidden"> the backup of {timeFormat.format(new Date(info.createdAt))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
