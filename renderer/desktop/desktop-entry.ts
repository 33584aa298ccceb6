// Everything desktop-only loads as this one chunk, and only in the desktop app (each lazy
// chunk also costs the initial bundle its name and its preload list).
export { linkDesktop } from './link-desktop';
export { DesktopLink } from './desktop-link';
export { QuickCaptureLink } from './quick-capture-link';
