import { lazy } from 'react';

// The journal is what opens first; everything else loads on first visit, so start-up
// parses only what it shows (the story coach alone is a large rule set).
// A setback's page (editor, history, word diff) is the second screen, not the first.
export const EntryPage = lazy(() => import('../journal/entry-page').then((m) => ({ default: m.EntryPage })));
export const StoriesPage = lazy(() => import('../stories/stories-page').then((m) => ({ default: m.StoriesPage })));
export const StoryPage = lazy(() => import('../stories/story-page').then((m) => ({ default: m.StoryPage })));
export const SettingsPage = lazy(() => import('../settings/settings-page').then((m) => ({ default: m.SettingsPage })));
export const StoryPrintPage = lazy(() =>
  import('../print/story-print-page').then((m) => ({ default: m.StoryPrintPage })),
);
export const PackPrintPage = lazy(() => import('../print/pack-print-page').then((m) => ({ default: m.PackPrintPage })));
