import { useRef, useState } from 'react';
import { MAX_BACKUP_BYTES, parseBackup, type Backup } from '../../shared/backup';
import { isoDateOf } from '../../shared/text-fields';
import { backupRepository } from '../db/backup-access';
import type { ConflictChoice, ImportPlan } from '../db/backup-repository';
import { backupsAreSealed, openBackupText, sealBackupText } from '../db/backup-sealing';
import { describeSaveError } from '../db/storage-errors';
import { platform } from '../platform';
import { useDesktopCommand } from '../desktop/command-registry';
import { AutomaticBackupList } from './automatic-backup-list';
import { ImportPreview } from './import-preview';
import { SealedBackupKey } from './sealed-backup-key';

interface PendingImport {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
}

/** The preview of a backup file's (opened) text, or why it was refused. */
async function previewOf(fileName: string, text: string): Promise<PendingImport | string> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed.error;
  return { fileName, backup: parsed.backup, plan: await backupRepository.planImport(parsed.backup) };
}

/** A sealed backup waiting for the passphrase it was made with. */
interface SealedImport {
  fileName: string;
  unlock: (secret: string, recovery: boolean) => Promise<string | null>;
}

/** Settings → Backups: export the whole journal to a file, and import one back, all or nothing. */
export function BackupSection() {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [sealedImport, setSealedImport] = useState<SealedImport | null>(null);
  const [plainExport, setPlainExport] = useState(false);
  const sealing = backupsAreSealed();
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
      const exported = await backupRepository.exportBackupText();
      const { counts } = exported;
      // With the lock on, the file is sealed too, unless the person chose a readable one.
      const text = sealing && !plainExport ? await sealBackupText(exported.text, counts) : exported.text;
      const result = await platform.saveBackup(`hindsight-backup-${isoDateOf(new Date())}.json`, text);
      if (result.saved)
        setStatus(`Backup saved to ${result.where}: ${counts.entries} setbacks, ${counts.stories} stories.`);
    });

  const consider = (fileName: string, text: string) =>
    run(async () => {
      setSealedImport(null);
      const opened = await openBackupText(text);
      if (opened.state === 'needs-key') {
        setPending(null);
        setSealedImport({ fileName, unlock: opened.unlock });
        return;
      }
      const read = await previewOf(fileName, opened.text);
      if (typeof read === 'string') setError(read);
      else setPending(read);
    });

  async function openSealed(secret: string, recovery: boolean): Promise<boolean> {
    if (!sealedImport) return false;
    const text = await sealedImport.unlock(secret, recovery);
    if (text === null) return false;
    const { fileName } = sealedImport;
    setSealedImport(null);
    const read = await previewOf(fileName, text);
    if (typeof read === 'string') setError(read);
    else setPending(read);
    return true;
  }

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

  // File → Export backup / Import backup: what this section's own buttons do.
  useDesktopCommand('export-backup', () => void exportBackup());
  useDesktopCommand('import-backup', chooseFile);

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading" className="section-heading">
        Backups
      </h2>
      <p>
        A backup is one JSON file with every setback, story and earlier version. Importing one never removes anything:
        it adds what is new, and you choose what happens to records that differ.
      </p>
      {sealing && (
        <label className="check">
          <input type="checkbox" checked={plainExport} onChange={(event) => setPlainExport(event.target.checked)} />
          Export without encryption (anyone who gets the file can read it)
        </label>
      )}
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
      {sealedImport && (
        <SealedBackupKey
          fileName={sealedImport.fileName}
          onUnlock={openSealed}
          onCancel={() => setSealedImport(null)}
        />
      )}
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
