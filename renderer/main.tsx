// The foundations come first, so each area's own sheet (imported beside its components) builds on them.
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/lists.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, isPrintRoute } from './app/app';
import { startApp } from './app/start';
import { preloadJournal } from './db/use-entries';
import { preloadJournalList } from './journal/journal-list';

// The print view starts none of the app's services: it only shows what it prints.
if (!isPrintRoute(window.location.hash)) startApp();
// The journal is the first screen: read its first page and load the list's code now, so
// both overlap React's first render instead of waiting for the list to mount and ask.
if (/^#?\/?(journal)?\/?$/.test(window.location.hash)) {
  preloadJournal();
  preloadJournalList();
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
