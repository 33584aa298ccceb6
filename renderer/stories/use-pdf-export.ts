import { useState } from 'react';
import { useLocation } from 'wouter';
import type { PrintRequest } from '../../shared/print-request';
import { useNotify } from '../app/notices';
import { storiesToPrint } from '../db/use-stories';
import { exportPdf } from '../platform/export-pdf';

/** Runs an export and reports the outcome: saved (desktop), cancelled, or the print view (browser). */
export function usePdfExport() {
  const [, navigate] = useLocation();
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(request: PrintRequest, fileName: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      const outcome = await exportPdf(request, fileName, navigate, storiesToPrint);
      if (outcome.kind === 'saved') notify({ message: `Saved the PDF to ${outcome.path}.` });
      return outcome.kind !== 'cancelled';
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, error, busy };
}
