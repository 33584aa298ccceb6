/** A story's own page (`/stories/<id>`), where File → Export PDF applies; not the Trash. */
export const isStoryRoute = (location: string) => /^\/stories\/(?!trash$)[^/?#]+$/.test(location);

/** True in the quick-capture window (`#/quick-capture`), which never leaves its one page. */
export const isQuickCaptureRoute = (hash: string) => /^#?\/quick-capture(?:[/?#]|$)/.test(hash);
