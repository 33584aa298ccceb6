import { printLocation, type PrintRequest } from '../../shared/print-request';
import { desktopBridge } from './bridge';

export type ExportOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'print-view' };

/**
 * Exports a story or pack as a PDF. Desktop: main prints the print view and saves it where
 * the person chooses. Browser: opens the same print view, whose button calls the
 * browser's own print dialog (Save as PDF).
 */
export async function exportPdf(
  request: PrintRequest,
  fileName: string,
  navigate: (to: string) => void,
): Promise<ExportOutcome> {
  const bridge = desktopBridge();
  if (bridge) {
    const result = await bridge['pdf.export']({ request, fileName });
    if (!result.ok) throw new Error(result.error);
    return result.value.saved ? { kind: 'saved', path: result.value.path } : { kind: 'cancelled' };
  }
  const { path, search } = printLocation(request);
  navigate(`${path}?${search}`);
  return { kind: 'print-view' };
}
