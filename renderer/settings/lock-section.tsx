import { useId, useState, type FormEvent } from 'react';
import { changePassphrase, createLock, type LockHeader } from '../../shared/lock/keys';
import { sessionDataKey } from '../db/repositories';
import { useLockControl } from '../lock/lock-control';
import { platform } from '../platform';
import { RememberOnDevice } from './remember-on-device';

const MIN_PASSPHRASE = 10;

function PasswordField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A passphrase and its confirmation, checked before anything is derived from them. */
function NewPassphraseForm({
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  busyLabel: string;
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE)
      return setError(`Use at least ${MIN_PASSPHRASE} characters: a few words you will remember work well.`);
    if (passphrase !== confirm) return setError('The two passphrases are not the same.');
    setError(null);
    setBusy(true);
    try {
      await onSubmit(passphrase);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <PasswordField label="Passphrase" value={passphrase} onChange={setPassphrase} />
      <PasswordField label="Confirm passphrase" value={confirm} onChange={setConfirm} />
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

type Step =
  | { step: 'idle' }
  | { step: 'choosing' }
  | { step: 'recovery'; header: LockHeader; dataKey: Uint8Array; recoveryKey: string }
  | { step: 'changing' }
  | { step: 'turning-off' };

const AUTO_LOCK_CHOICES = [5, 15, 30, 60, 0];

/**
 * Settings → the lock. Off: "Lock with a passphrase", then the recovery key, shown once.
 * On: lock now, change the passphrase, lock when idle, turn the lock off.
 */
export function LockSection() {
  const control = useLockControl();
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [status, setStatus] = useState<string | null>(null);
  const autoLockId = useId();

  return (
    <section className="card" aria-labelledby="lock-heading">
      <h2 id="lock-heading" className="section-heading">
        Lock
      </h2>
      {control.moving && (
        <p role="status">
          The journal is moving into or out of the lock; its progress shows at the foot of the window. You can keep
          writing meanwhile.
        </p>
      )}
      {!control.on && !control.moving && step.step === 'idle' && (
        <>
          <p>
            Encrypt the journal on this device with a passphrase: without it (or the recovery key you are given),
            nothing you wrote can be read from the disk or from a backup. Hindsight asks for it when it opens.
          </p>
          <button type="button" className="primary" onClick={() => setStep({ step: 'choosing' })}>
            Lock with a passphrase
          </button>
        </>
      )}
      {step.step === 'choosing' && (
        <>
          <p>
            Choose a passphrase you will remember. Hindsight cannot show it to you again, and no one can reset it: if
            you forget it, only the recovery key you are about to get opens the journal.
          </p>
          <NewPassphraseForm
            submitLabel="Turn on lock"
            busyLabel="Making your keys…"
            onCancel={() => setStep({ step: 'idle' })}
            onSubmit={async (passphrase) => {
              const lock = await createLock(passphrase);
              setStep({ step: 'recovery', ...lock });
            }}
          />
        </>
      )}
      {step.step === 'recovery' && (
        <div className="recovery">
          <h3>Your recovery key</h3>
          <p>
            Write it down or print it, and keep it somewhere safe, away from this computer. It opens the journal if you
            forget the passphrase. It is shown only once.
          </p>
          <p className="recovery-key" aria-label="Recovery key">
            {step.recoveryKey}
          </p>
          <div className="dialog-actions">
            <button type="button" className="quiet" onClick={() => window.print()}>
              Print it
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                const { header, dataKey } = step;
                setStep({ step: 'idle' });
                void control.turnOn(header, dataKey);
              }}
            >
              Done
            </button>
          </div>
        </div>
      )}
      {control.on && step.step === 'idle' && (
        <>
          <p>The journal is encrypted on this device. It locks with Lock now (in the sidebar) and after being idle.</p>
          <div className="field">
            <label htmlFor={autoLockId}>Lock after being idle for</label>
            <select
              id={autoLockId}
              value={control.autoLockMinutes}
              onChange={(event) => void control.setAutoLockMinutes(Number(event.target.value))}
            >
              {AUTO_LOCK_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes === 0 ? 'Never' : `${minutes} minutes`}
                </option>
              ))}
            </select>
          </div>
          {platform.rememberedKey && <RememberOnDevice store={platform.rememberedKey} />}
          <div className="dialog-actions start">
            <button type="button" onClick={() => setStep({ step: 'changing' })}>
              Change passphrase
            </button>
            <button type="button" className="danger" onClick={() => setStep({ step: 'turning-off' })}>
              Turn off lock
            </button>
          </div>
        </>
      )}
      {step.step === 'changing' && (
        <NewPassphraseForm
          submitLabel="Change passphrase"
          busyLabel="Changing…"
          onCancel={() => setStep({ step: 'idle' })}
          onSubmit={async (passphrase) => {
            const header = control.header();
            const dataKey = sessionDataKey();
            if (!header || !dataKey) throw new Error('Unlock the journal first.');
            await control.saveHeader(await changePassphrase(header, dataKey, passphrase));
            setStep({ step: 'idle' });
            setStatus('The passphrase is changed. Your recovery key still works.');
          }}
        />
      )}
      {step.step === 'turning-off' && (
        <div>
          <p>
            Turning the lock off stores the journal readable on this device again: anyone with the computer or a backup
            could read it. Your recovery key will no longer be needed.
          </p>
          <div className="dialog-actions">
            <button type="button" className="quiet" onClick={() => setStep({ step: 'idle' })}>
              Keep the lock
            </button>
            <button type="button" className="danger" onClick={() => void control.turnOff()}>
              Turn off the lock
            </button>
          </div>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
