import { printLocation, type PrintRequest } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { desktopBridge } from './bridge';

export type ExportOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'print-view' };

/**
 * Exports a story or pack as a PDF. Desktop: main prints the stories it is handed (read
 * here, after the editor saved) in a hidden window and saves the file where the person
 * chooses. Browser: opens the same print view, whose button calls the browser's own
 * print dialog (Save as PDF).
 */
export async function exportPdf(
  request: PrintRequest,
  fileName: string,
  navigate: (to: string) => void,
  readStories: (ids: readonly string[]) => Promise<Story[]>,
): Promise<ExportOutcome> {
  const bridge = desktopBridge();
  if (bridge) {
    const job = { request, stories: await readStories(request.storyIds) };
    const result = await bridge['pdf.export']({ job, fileName });
    if (!result.ok) throw new Error(result.error);
    return result.value.saved ? { kind: 'saved', path: result.value.path } : { kind: 'cancelled' };
  }
  const { path, search } = printLocation(request);
  navigate(`${path}?${search}`);
  return { kind: 'print-view' };
}
