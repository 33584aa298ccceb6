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
export const SettingsPage = lazyComponent(() => import('../settings/settings-page').then((m) => m.SettingsPage));
export const StoryPrintPage = lazyComponent(() => import('../print/story-print-page').then((m) => m.StoryPrintPage));
export const PackPrintPage = lazyComponent(() => import('../print/pack-print-page').then((m) => m.PackPrintPage));
