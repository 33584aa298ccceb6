import { Suspense, useEffect, type ReactNode } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CaptureDialog } from '../journal/capture-dialog';
import { CaptureProvider, useCapture } from '../journal/capture-context';
import { JournalPage } from '../journal/journal-page';
import { EntryPage, PackPrintPage, SettingsPage, StoriesPage, StoryPage, StoryPrintPage } from './lazy-pages';
import { LostJournalGate } from './lost-journal-gate';
import { NoticeProvider } from './notices';
import { isCommandKey } from './shortcuts';
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
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isCommandKey(event, 'n')) {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return null;
}

function Routes() {
  return (
    <Switch>
      <Route path="/journal" component={JournalPage} />
      {/* Keyed by id: going straight from one record to another starts its page afresh. */}
      <Route path="/journal/:id">{(params) => <EntryPage key={params.id} id={params.id} />}</Route>
      <Route path="/stories" component={StoriesPage} />
      <Route path="/stories/:id">{(params) => <StoryPage key={params.id} id={params.id} />}</Route>
      <Route path="/settings" component={SettingsPage} />
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
        <Loading>
          <Routes />
        </Loading>
      </main>
    </div>
  );
}

/** The app shell: sidebar, the current page, the capture dialog and the status line. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <NoticeProvider>
        <CaptureProvider>
          <GlobalShortcuts />
          <Switch>
            {/* The print view stands alone: no app chrome on paper. */}
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
            <Route>
              <LostJournalGate>
                <Shell />
              </LostJournalGate>
            </Route>
          </Switch>
          <CaptureDialog />
        </CaptureProvider>
      </NoticeProvider>
    </Router>
  );
}
