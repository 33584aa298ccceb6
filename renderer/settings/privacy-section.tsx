import { useEffect, useState } from 'react';
import type { Preferences } from '../../shared/ipc/app-contract';
import { savePreferences, type PreferencesAccess } from './save-preferences';

/**
 * Desktop only: hide the window from screen sharing, screenshots and recordings, for
 * someone who writes in Hindsight during a video call. Off by default.
 */
export function PrivacySection({ preferences }: { preferences: PreferencesAccess }) {
  const [current, setCurrent] = useState<Preferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    preferences.read().then(setCurrent, (failure: unknown) => setError(String(failure)));
  }, [preferences]);

  async function toggle(hideFromScreenCapture: boolean) {
    if (current === null) return;
    setError(null);
    try {
      setCurrent(await savePreferences(preferences, { hideFromScreenCapture }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading" className="section-heading">
        Privacy on screen
      </h2>
      <label className="check">
        <input
          type="checkbox"
          checked={current?.hideFromScreenCapture ?? false}
          disabled={current === null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        Hide Hindsight from screen sharing and recordings
      </label>
      <p className="muted">
        When on, screen sharing, screenshots and screen recordings show an empty window instead of your journal, so you
        can keep it open during a call. Windows and macOS honour this; on Linux it has no effect.
      </p>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
