// The foundations come first, so each area's own sheet (imported beside its components) builds on them.
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/lists.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, isPrintRoute } from './app/app';
import { platform } from './platform';
import { preloadJournalList } from './journal/journal-list';
import { isJournalRoute } from './journal/journal-route';

// The journal is the first screen: load the list's code now, so it overlaps React's first
// render. Its first page is read once the lock says the journal may be (lock-gate.tsx).
if (isJournalRoute()) preloadJournalList();

// The desktop's menus, tray and reminders: their code loads only in the desktop app, and
// never for the print view.
const { desktop } = platform;
if (desktop && !isPrintRoute(window.location.hash))
  void import('./desktop/desktop-entry').then((m) => m.linkDesktop(desktop));

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
