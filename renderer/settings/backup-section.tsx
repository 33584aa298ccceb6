import { useRef, useState } from 'react';
import { MAX_BACKUP_BYTES, parseBackup, type Backup } from '../../shared/backup';
import { isoDateOf } from '../../shared/text-fields';
import { backupRepository } from '../db/repositories';
import type { ConflictChoice, ImportPlan } from '../db/backup-repository';
import { describeSaveError } from '../db/storage-errors';
import { platform } from '../platform';
import { AutomaticBackupList } from './automatic-backup-list';
import { ImportPreview } from './import-preview';

interface PendingImport {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
}

/** The preview of a backup file, or why it was refused. */
async function readBackupText(fileName: string, text: string): Promise<PendingImport | string> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed.error;
  return { fileName, backup: parsed.backup, plan: await backupRepository.planImport(parsed.backup) };
}

/** Settings → Backups: export the whole journal to a file, and import one back, all or nothing. */
export function BackupSection() {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await task();
    } catch (failure) {
      setError(describeSaveError(failure));
    } finally {
      setBusy(false);
    }
  }

  const exportBackup = () =>
    run(async () => {
      const { text, counts } = await backupRepository.exportBackupText();
      const result = await platform.saveBackup(`hindsight-backup-${isoDateOf(new Date())}.json`, text);
      if (result.saved)
        setStatus(`Backup saved to ${result.where}: ${counts.entries} setbacks, ${counts.stories} stories.`);
    });

  const consider = (fileName: string, text: string) =>
    run(async () => {
      const read = await readBackupText(fileName, text);
      if (typeof read === 'string') setError(read);
      else setPending(read);
    });

  function chooseFile() {
    if (platform.openBackup) {
      void run(async () => {
        const opened = await platform.openBackup?.();
        if (opened) await consider(opened.name, opened.text);
      });
    } else {
      fileInput.current?.click();
    }
  }

  async function onFile(file: File) {
    if (file.size > MAX_BACKUP_BYTES) {
      setPending(null);
      setError(
        `This backup cannot be imported: the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Nothing was changed.`,
      );
      return;
    }
    await consider(file.name, await file.text());
  }

  const apply = (choice: ConflictChoice) =>
    run(async () => {
      if (!pending) return;
      const result = await backupRepository.applyImport(pending.backup, choice);
      setPending(null);
      setStatus(
        `Imported ${pending.fileName}: ${result.added} added, ${result.replaced} replaced, ${result.keptBoth} kept side by side, ${result.skipped} left as they were.`,
      );
    });

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading" className="section-heading">
        Backups
      </h2>
      <p>
        A backup is one JSON file with every setback, story and earlier version. Importing one never removes anything:
        it adds what is new, and you choose what happens to records that differ.
      </p>
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => void exportBackup()}>
          Export backup
        </button>
        <button type="button" disabled={busy} onClick={chooseFile}>
          Import backup
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file to import"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      {platform.automaticBackups && (
        <AutomaticBackupList
          backups={platform.automaticBackups}
          busy={busy}
          onChoose={(name, text) => void consider(name, text)}
        />
      )}
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          plan={pending.plan}
          busy={busy}
          onImport={(choice) => void apply(choice)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
