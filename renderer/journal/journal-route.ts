/** True on the journal's own route (the app's first screen): its code and first page load early. */
export const isJournalRoute = (hash = window.location.hash): boolean => /^#?\/?(journal)?\/?$/.test(hash);
