import { Suspense, useEffect, useState } from 'react';
import { lazyComponent } from '../app/lazy-component';
import { platform, type AboutInfo } from '../platform';
import { BackupSection } from './backup-section';
import { EraseSection } from './erase-section';
import { LockSection } from './lock-section';
import { PrivacySection } from './privacy-section';
import { StorageStatus } from './storage-status';
import './desktop-section.css';

// Desktop only, loaded from here (not with desktop-entry.ts, whose preload list is part of the
// initial bundle); its few styles come with this page.
const DesktopSection = lazyComponent(() => import('../desktop/desktop-section').then((m) => m.DesktopSection));

/** `#/settings`: where the journal lives, and what this copy of Hindsight is. */
export function SettingsPage() {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platform.about().then(setAbout, (failure: unknown) => setError(String(failure)));
  }, []);
  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <section className="card" aria-labelledby="data-heading">
        <h2 id="data-heading" className="section-heading">
          Your data
        </h2>
        <p>
          Everything you write stays on this device. There is no account, no cloud and no telemetry; Hindsight makes no
          network requests.
        </p>
        <p>
          A backup you export or a PDF you save leaves this private store: it is an ordinary file that anyone who can
          open your files can read. Keep it somewhere only you can reach, and delete it when you no longer need it.
        </p>
        {about && (
          <dl className="facts">
            <dt>Stored in</dt>
            <dd>{about.dataLocation}</dd>
            <dt>Running as</dt>
            <dd>{about.runtime}</dd>
            <dt>Version</dt>
            <dd>{about.version}</dd>
            <StorageStatus />
          </dl>
        )}
        {error && <p role="alert">{error}</p>}
      </section>
      {platform.preferences && <PrivacySection preferences={platform.preferences} />}
      {platform.desktop && platform.preferences && (
        <Suspense fallback={null}>
          <DesktopSection desktop={platform.desktop} preferences={platform.preferences} />
        </Suspense>
      )}
      <LockSection />
      <BackupSection />
      <EraseSection />
      <section className="card" aria-labelledby="look-heading">
        <h2 id="look-heading" className="section-heading">
          Appearance
        </h2>
        <p>Light and dark follow your system setting.</p>
      </section>
    </div>
  );
}
