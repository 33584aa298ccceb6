import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Preferences } from '../../shared/ipc/app-contract';
import type { DesktopStatus } from '../../shared/ipc/desktop-contract';
import type { DesktopIntegration } from '../platform/platform';
import { savePreferences, type PreferencesAccess } from '../settings/save-preferences';
import { acceleratorLabel, acceleratorOf } from './accelerator';

const mac = /Mac|iPhone|iPad/.test(navigator.platform);
const describe = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface DesktopSectionProps {
  desktop: DesktopIntegration;
  preferences: PreferencesAccess;
}

/** Settings → Desktop: the quick-capture shortcut, the tray icon and the reflection reminder. */
export function DesktopSection({ desktop, preferences }: DesktopSectionProps) {
  const [current, setCurrent] = useState<Preferences | null>(null);
  const [status, setStatus] = useState<DesktopStatus | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    Promise.all([preferences.read(), desktop.status()]).then(
      ([read, known]) => {
        setCurrent(read);
        setStatus(known);
      },
      (failure: unknown) => setError(describe(failure)),
    );
  }, [preferences, desktop]);

  async function save(change: Partial<Preferences>) {
    setError(null);
    try {
      setCurrent(await savePreferences(preferences, change));
      // Main registers the shortcut as it saves: its status says whether that worked.
      if ('quickCaptureShortcut' in change) {
        setRecorded(null);
        setStatus(await desktop.status());
      }
    } catch (failure) {
      setError(describe(failure));
    }
  }

  function record(event: KeyboardEvent<HTMLInputElement>) {
    // Tab (and Shift+Tab) still moves on: the field must not trap the keyboard.
    if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) return;
    event.preventDefault();
    const accelerator = acceleratorOf(event.nativeEvent, mac);
    if (accelerator) setRecorded(accelerator);
  }

  const shortcut = recorded ?? current?.quickCaptureShortcut ?? '';
  const quickCapture = status?.quickCapture;
  const reminder = current?.reflectionReminder;
  return (
    <section className="card desktop-section" aria-labelledby="desktop-heading">
      <h2 id="desktop-heading" className="section-heading">
        Desktop
      </h2>
      <div className="field">
        <label htmlFor={`${id}-shortcut`}>Quick capture shortcut</label>
        <p id={`${id}-shortcut-hint`} className="field-hint">
          Opens a small window for logging a setback from any app. Select this field, then press the keys together.
        </p>
        <input
          id={`${id}-shortcut`}
          className="shortcut-field"
          readOnly
          value={shortcut && acceleratorLabel(shortcut, mac)}
          placeholder="Off"
          aria-describedby={`${id}-shortcut-hint`}
          disabled={current === null}
          onKeyDown={record}
        />
      </div>
      <div className="section-actions">
        <button
          type="button"
          disabled={current === null || recorded === null}
          onClick={() => void save({ quickCaptureShortcut: recorded ?? '' })}
        >
          Save shortcut
        </button>
        <button
          type="button"
          className="quiet"
          disabled={current === null || current.quickCaptureShortcut === ''}
          onClick={() => void save({ quickCaptureShortcut: '' })}
        >
          Turn off
        </button>
      </div>
      {recorded === null && quickCapture?.problem && (
        <p className="form-alert" role="alert">
          {quickCapture.problem}
        </p>
      )}
      {recorded === null && quickCapture?.registered && !quickCapture.problem && (
        <p className="muted">
          {acceleratorLabel(quickCapture.shortcut, mac)} opens quick capture, whichever app you are in.
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={current?.showTrayIcon ?? false}
          disabled={current === null}
          onChange={(event) => void save({ showTrayIcon: event.target.checked })}
        />
        Show Hindsight in the tray (menu bar on macOS)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={reminder?.enabled ?? false}
          disabled={!reminder}
          onChange={(event) =>
            reminder && void save({ reflectionReminder: { ...reminder, enabled: event.target.checked } })
          }
        />
        Remind me to reflect
      </label>
      <div className="field reminder-time">
        <label htmlFor={`${id}-time`}>Reminder time</label>
        <input
          id={`${id}-time`}
          type="time"
          value={reminder?.time ?? ''}
          disabled={!reminder}
          onChange={(event) => {
            const time = event.target.value;
            if (reminder && TIME.test(time)) void save({ reflectionReminder: { ...reminder, time } });
          }}
        />
      </div>
      <p className="muted">
        Once a day at this time, when setbacks wait for your reflection. The notification only counts them; it never
        shows their words.
      </p>
      {status && !status.notificationsSupported && (
        <p className="muted">This system cannot show notifications, so reminders cannot be shown here.</p>
      )}
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
