// The two capture forms load as one chunk: "Log a setback" in the main window, and the
// quick-capture window's page. A chunk of its own for the page would reach into the
// initial bundle's modules from a new entry, and the bundler then splits those into many
// small files (about 1.9 KiB more to load at start, gzipped).
export { CaptureDialog } from './capture-dialog';
export { QuickCapturePage } from './quick-capture-page';
