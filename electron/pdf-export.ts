import type { IpcOutput } from '../shared/ipc';
import { APP_ORIGIN } from '../shared/ipc';
import { PRINT_JOB_PARAM, type PrintJob } from '../shared/print-job';
import { printLocation } from '../shared/print-request';

/** The slice of a hidden BrowserWindow the export needs, so tests can pass a fake. */
export interface PrintWindowLike {
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: Electron.PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PdfExportDeps {
  /** Opens `url` in a hidden, sandboxed window with no preload (no bridge to main). */
  openPrintWindow(url: string): Promise<PrintWindowLike>;
  /** Holds the job for the print window to fetch once (print-jobs.ts). */
  printJobs: { add(job: PrintJob): string; discard(token: string): void };
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
 * Exports a story or an interview pack as a PDF: hands the job (the stories and how to
 * print them) to a hidden window's print view, prints it with Chromium, asks where to
 * save, and writes the file atomically. The URL names only the route and the job's
 * one-time token; the path comes only from the dialog.
 */
export async function exportPdf(
  input: { job: PrintJob; fileName: string },
  deps: PdfExportDeps,
): Promise<IpcOutput<'pdf.export'>> {
  const { request } = input.job;
  const { path } = printLocation(request);
  const token = deps.printJobs.add(input.job);
  let pdf: Uint8Array;
  try {
    const window = await deps.openPrintWindow(`${APP_ORIGIN}/index.html?${PRINT_JOB_PARAM}=${token}#${path}`);
    try {
      await waitForPrintView(window, deps);
      pdf = await window.webContents.printToPDF({
        pageSize: request.options.pageSize,
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    } finally {
      window.destroy();
    }
  } finally {
    deps.printJobs.discard(token);
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
