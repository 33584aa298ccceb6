import { useEffect, useId, useState, type FormEvent } from 'react';
import { unlockWithPassphrase, unlockWithRecoveryKey, type LockHeader } from '../../shared/lock/keys';
import type { LockState } from '../db/lock-store';
import { recallRememberedKey } from './remembered-unlock';
import './lock.css';

/**
 * Shown instead of the whole app while the journal is locked: nothing of the journal, not
 * even a title, is read until the passphrase (or the recovery key) opens it — or, at start,
 * the key remembered on this device (remembered-unlock.ts).
 */
export function LockScreen({
  lock,
  onUnlocking,
  onUnlocked,
}: {
  lock: LockState & { header: LockHeader };
  /** The passphrase was given: what does not need the key may load while it is derived. */
  onUnlocking?: () => void;
  onUnlocked: (dataKey: Uint8Array) => void;
}) {
  const { header } = lock;
  const [asking, setAsking] = useState(lock.rememberedCheck !== null);
  useEffect(() => {
    if (lock.rememberedCheck === null) return;
    void recallRememberedKey(lock).then((key) => (key ? onUnlocked(key) : setAsking(false)));
    // Once, as the screen first shows: the lock it was shown for does not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    // The quick-capture window closes with Escape on its lock screen too: nothing is typed
    // here that should be kept.
    // (The route test is written out, not imported: sharing desktop-routes.ts with this chunk
    // would split it into a chunk of its own that the first screen's code must name.)
    if (!/^#?\/quick-capture(?:[/?#]|$)/.test(window.location.hash)) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') window.close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!secret || busy) return;
    setBusy(true);
    setError(null);
    onUnlocking?.();
    const dataKey = useRecovery ? unlockWithRecoveryKey(header, secret) : await unlockWithPassphrase(header, secret);
    setBusy(false);
    if (!dataKey) {
      setError(
        useRecovery
          ? 'That recovery key does not open this journal. Check each group of four characters.'
          : 'That passphrase does not open this journal. Try again, or use your recovery key.',
      );
      return;
    }
    setSecret('');
    onUnlocked(dataKey);
  }

  if (asking) return null;
  return (
    <main className="lock-screen" aria-labelledby="lock-heading">
      <form className="lock-card" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <p className="lock-mark" aria-hidden="true">
          ◐
        </p>
        <h1 id="lock-heading">Hindsight is locked</h1>
        <p className="muted">Your journal is encrypted on this device. Unlock it to go on.</p>
        <div className="field">
          <label htmlFor={fieldId}>{useRecovery ? 'Recovery key' : 'Passphrase'}</label>
          <input
            id={fieldId}
            type={useRecovery ? 'text' : 'password'}
            autoComplete={useRecovery ? 'off' : 'current-password'}
            spellCheck={false}
            autoFocus
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        {error && (
          <p className="form-alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || !secret}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setSecret('');
            setError(null);
          }}
        >
          {useRecovery ? 'Use the passphrase instead' : 'Forgot the passphrase? Use the recovery key'}
        </button>
      </form>
    </main>
  );
}
