import type { IpcOutput } from '../shared/ipc';
import { APP_ORIGIN } from '../shared/ipc';
import { printLocation, type PrintRequest } from '../shared/print-request';

/** The slice of a hidden BrowserWindow the export needs, so tests can pass a fake. */
export interface PrintWindowLike {
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: Electron.PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PdfExportDeps {
  /** Opens `url` in a hidden window of the same secure kind as the main window. */
  openPrintWindow(url: string): Promise<PrintWindowLike>;
  /** The native save dialog; resolves to the chosen path, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Waits between polls of the print view's state. */
  sleep(ms: number): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 50;

/** Waits until the print view says it has rendered (or why it cannot). */
async function waitForPrintView(window: PrintWindowLike, deps: PdfExportDeps): Promise<void> {
  for (let waited = 0; waited < READY_TIMEOUT_MS; waited += POLL_MS) {
    const state = await window.webContents.executeJavaScript('document.documentElement.dataset.printState ?? ""');
    if (state === 'ready') return;
    if (state === 'error') {
      const reason = await window.webContents.executeJavaScript('document.documentElement.dataset.printError ?? ""');
      throw new Error(typeof reason === 'string' && reason ? reason : 'This story cannot be exported.');
    }
    await deps.sleep(POLL_MS);
  }
  throw new Error('The print view took too long to render. Please try again.');
}

/**
 * Exports a story or an interview pack as a PDF: renders the print view in a hidden
 * window, prints it with Chromium, asks where to save, and writes the file atomically.
 * The URL is built here from validated ids and options; the path comes only from the dialog.
 */
export async function exportPdf(
  input: { request: PrintRequest; fileName: string },
  deps: PdfExportDeps,
): Promise<IpcOutput<'pdf.export'>> {
  const { path, search } = printLocation(input.request);
  const window = await deps.openPrintWindow(`${APP_ORIGIN}/index.html?${search}#${path}`);
  let pdf: Uint8Array;
  try {
    await waitForPrintView(window, deps);
    pdf = await window.webContents.printToPDF({
      pageSize: input.request.options.pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    window.destroy();
  }
  const fileName = input.fileName.toLowerCase().endsWith('.pdf') ? input.fileName : `${input.fileName}.pdf`;
  const target = await deps.chooseSavePath(fileName);
  if (target === null) return { saved: false };
  try {
    await deps.writeFile(target, pdf);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The PDF could not be saved to ${target}: ${reason}`);
  }
  return { saved: true, path: target };
}
