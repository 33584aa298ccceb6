import { useEffect, useState } from 'react';
import type { RememberedKeyStore } from '../platform/platform';
import { useLockControl } from '../lock/lock-control';
import { sessionDataKey } from '../db/repositories';

/**
 * Desktop only: keep the journal's key in the OS keychain, so Hindsight opens without the
 * passphrase at start on this computer. Locking on purpose still asks for it.
 */
export function RememberOnDevice({ store }: { store: RememberedKeyStore }) {
  const control = useLockControl();
  const [status, setStatus] = useState<{ available: boolean; problem: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    store
      .status()
      .then(setStatus, (failure: unknown) =>
        setStatus({ available: false, problem: failure instanceof Error ? failure.message : String(failure) }),
      );
  }, [store]);

  async function change(on: boolean) {
    setBusy(true);
    setError(null);
    try {
      if (on) {
        const dataKey = sessionDataKey();
        if (!dataKey) throw new Error('Unlock the journal first.');
        const [{ deviceCheck }, { toBase64 }] = await Promise.all([
          import('../../shared/lock/keys'),
          import('../../shared/lock/bytes'),
        ]);
        await store.remember(toBase64(dataKey));
        await control.setRememberedCheck(deviceCheck(dataKey));
      } else {
        await store.forget();
        await control.setRememberedCheck(null);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          checked={control.remembered}
          disabled={busy || status === null || (!status.available && !control.remembered)}
          onChange={(event) => void change(event.target.checked)}
        />
        Remember on this device
      </label>
      <p className="muted">
        Hindsight then opens without asking for the passphrase when you start it on this computer, with the key kept in
        the system’s keychain. Lock now and locking when idle still ask for it. Anyone who can sign in to your account
        here could open the journal; your passphrase and recovery key keep working everywhere.
      </p>
      {status && !status.available && <p className="muted">{status.problem}</p>}
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
