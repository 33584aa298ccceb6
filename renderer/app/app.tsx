import { Suspense, useEffect, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CaptureProvider, useCapture } from '../journal/capture-context';
import { CaptureDialogFallback } from '../journal/capture-dialog-fallback';
import { JournalPage } from '../journal/journal-page';
import {
  EntryPage,
  InsightsPage,
  JournalTrashPage,
  PackPrintPage,
  PracticePage,
  SettingsPage,
  StoriesPage,
  StoriesTrashPage,
  StoryPage,
  StoryPrintPage,
  usePreloadedPages,
  CaptureDialog,
  JournalDropWarning,
  DesktopLink,
  QuickCapturePage,
} from './lazy-pages';
import { platform } from '../platform';
import { LostJournalGate } from './lost-journal-gate';
import { NoticeProvider } from './notices';
import { isCommandKey, isCommandShiftKey } from './shortcuts';
import { useLockControl } from '../lock/lock-control';
import { LockGate } from '../lock/lock-gate';
import { DamagedRecordsNotice } from '../lock/damaged-records-notice';
import { Sidebar } from './sidebar';

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="page muted" aria-busy="true">
          Opening…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

function GlobalShortcuts() {
  const { open } = useCapture();
  const lock = useLockControl();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isCommandKey(event, 'n')) {
        event.preventDefault();
        open();
      } else if (lock.on && isCommandShiftKey(event, 'k')) {
        event.preventDefault();
        void lock.lockNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, lock]);
  return null;
}

function Routes() {
  return (
    <Switch>
      <Route path="/journal" component={JournalPage} />
      <Route path="/journal/trash">
        <JournalTrashPage />
      </Route>
      {/* Keyed by id: going straight from one record to another starts its page afresh. */}
      <Route path="/journal/:id">{(params) => <EntryPage key={params.id} id={params.id} />}</Route>
      <Route path="/stories">
        <StoriesPage />
      </Route>
      <Route path="/stories/trash">
        <StoriesTrashPage />
      </Route>
      <Route path="/stories/:id">{(params) => <StoryPage key={params.id} id={params.id} />}</Route>
      <Route path="/practice/:id">{(params) => <PracticePage key={params.id} id={params.id} />}</Route>
      <Route path="/insights">
        <InsightsPage />
      </Route>
      <Route path="/settings">
        <SettingsPage />
      </Route>
      <Route>
        <Redirect to="/journal" replace />
      </Route>
    </Switch>
  );
}

/** Sidebar and page; hidden from assistive tech (and inert) while the capture dialog is up. */
function Shell() {
  const { isOpen } = useCapture();
  return (
    <div className="shell" inert={isOpen} aria-hidden={isOpen || undefined}>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        <DamagedRecordsNotice />
        <Suspense fallback={null}>
          <JournalDropWarning />
        </Suspense>
        <Loading>
          <Routes />
        </Loading>
      </main>
    </div>
  );
}

const PRINT_ROUTE = /^#?\/(?:stories\/[^/?#]+\/print|pack\/print)(?:[/?#]|$)/;

/** True for the print view's routes, which run none of the app's services. */
export function isPrintRoute(hash: string): boolean {
  return PRINT_ROUTE.test(hash);
}

/** The journal app: its services, the shell, the capture dialog and the status line. */
function JournalApp() {
  usePreloadedPages();
  // The services start (and the journal is read) once the lock says it may be.
  return (
    <LockGate>
      <NoticeProvider>
        <CaptureProvider>
          <GlobalShortcuts />
          <LostJournalGate>
            <Shell />
          </LostJournalGate>
          <Suspense fallback={<CaptureDialogFallback />}>
            <CaptureDialog />
          </Suspense>
          {platform.desktop && (
            <Suspense fallback={null}>
              <DesktopLink />
            </Suspense>
          )}
        </CaptureProvider>
      </NoticeProvider>
    </LockGate>
  );
}

/**
 * The app: the print view on its own (no app chrome on paper, no services), the desktop's
 * quick-capture window (its own page and fewer services), or the journal app.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/stories/:id/print">
          {(params) => (
            <Loading>
              <StoryPrintPage id={params.id} />
            </Loading>
          )}
        </Route>
        <Route path="/pack/print">
          <Loading>
            <PackPrintPage />
          </Loading>
        </Route>
        <Route path="/quick-capture">
          {/* It only adds a setback: the journal, its change feed, the channel to the other
              windows (their journal and search update at once) and the upgrade watch start;
              automatic backups stay the main window's. */}
          <LockGate automaticBackups={false}>
            <Loading>
              <QuickCapturePage />
            </Loading>
          </LockGate>
        </Route>
        <Route>
          <JournalApp />
        </Route>
      </Switch>
    </Router>
  );
}
