import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadJournal } from './db/use-entries';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/journal.css';
import './styles/stories.css';
import './styles/print.css';

// The journal is the first screen: open the database and read its first page now, so both
// overlap React's first render instead of waiting for the list to mount and ask.
if (/^#?\/?(journal)?\/?$/.test(window.location.hash)) preloadJournal();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
