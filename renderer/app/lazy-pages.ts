import { useEffect } from 'react';
import { lazyComponent } from './lazy-component';

// The journal is what opens first; every other page loads on first visit, so start-up
// parses only what it shows (the story coach alone is a large rule set).
export const EntryPage = lazyComponent(() => import('../journal/entry-page').then((m) => m.EntryPage));
export const JournalTrashPage = lazyComponent(() =>
  import('../journal/journal-trash-page').then((m) => m.JournalTrashPage),
);
export const StoriesPage = lazyComponent(() => import('../stories/stories-page').then((m) => m.StoriesPage));
export const StoriesTrashPage = lazyComponent(() =>
  import('../stories/stories-trash-page').then((m) => m.StoriesTrashPage),
);
export const StoryPage = lazyComponent(() => import('../stories/story-page').then((m) => m.StoryPage));
export const PracticePage = lazyComponent(() => import('../practice/practice-page').then((m) => m.PracticePage));
export const InsightsPage = lazyComponent(() => import('../insights/insights-page').then((m) => m.InsightsPage));
export const SettingsPage = lazyComponent(() => import('../settings/settings-page').then((m) => m.SettingsPage));
export const StoryPrintPage = lazyComponent(() => import('../print/story-print-page').then((m) => m.StoryPrintPage));
/**
 * The "Log a setback" dialog: loaded as the app starts, after the first screen, so it is
 * there by the time anyone asks for it (its draft, kept in CaptureProvider, is not lazy).
 */
export const CaptureDialog = lazyComponent(() => import('../journal/capture-forms').then((m) => m.CaptureDialog));
/** Desktop: said when the journal shrank sharply since the last automatic backup. */
export const JournalDropWarning = lazyComponent(() =>
  import('../backups/journal-drop-warning').then((m) => m.JournalDropWarning),
);
/** Desktop only: menus, the tray and reminders reach the open journal (loaded only in the desktop app). */
export const DesktopLink = lazyComponent(() => import('../desktop/desktop-entry').then((m) => m.DesktopLink));
/** `#/quick-capture`: the desktop's small always-on-top window for logging a setback. */
export const QuickCapturePage = lazyComponent(() => import('../journal/capture-forms').then((m) => m.QuickCapturePage));
export const PackPrintPage = lazyComponent(() => import('../print/pack-print-page').then((m) => m.PackPrintPage));

/**
 * Loads every page's code once the app is idle after start-up, so a page opened later shows
 * at once: a page that has to load first shows "Opening…", and React holds its content back
 * for up to 300 ms after that (its Suspense throttle); a story's coach would wait as long.
 */
export function usePreloadedPages(): void {
  useEffect(() => {
    const pages = [
      EntryPage,
      StoriesPage,
      StoryPage,
      SettingsPage,
      JournalTrashPage,
      StoriesTrashPage,
      PracticePage,
      InsightsPage,
    ];
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => pages.forEach((page) => void page.preload()), { timeout: 5000 });
    return () => cancel(handle);
  }, []);
}
