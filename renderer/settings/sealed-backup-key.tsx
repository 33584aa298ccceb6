import { useId, useState, type FormEvent } from 'react';

/**
 * A backup sealed by another journal's lock (or this one's before its passphrase changed):
 * asks for the passphrase, or the recovery key, it was made with.
 */
export function SealedBackupKey({
  fileName,
  onUnlock,
  onCancel,
}: {
  fileName: string;
  onUnlock: (secret: string, recovery: boolean) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [recovery, setRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const opened = await onUnlock(secret, recovery);
    setBusy(false);
    if (!opened)
      setError(`That ${recovery ? 'recovery key' : 'passphrase'} does not open this backup. Nothing was changed.`);
  }

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <p>{fileName} is encrypted. Enter the passphrase of the journal it was made from, or its recovery key.</p>
      <div className="field">
        <label htmlFor={id}>{recovery ? 'Recovery key of the backup' : 'Passphrase of the backup'}</label>
        <input
          id={id}
          type={recovery ? 'text' : 'password'}
          autoComplete="off"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
        />
      </div>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="link-button" onClick={() => setRecovery(!recovery)}>
          {recovery ? 'Use the passphrase' : 'Use the recovery key'}
        </button>
        <button type="button" className="quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy || !secret}>
          {busy ? 'Opening…' : 'Open backup'}
        </button>
      </div>
    </form>
  );
}
