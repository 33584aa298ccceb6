import { useState } from 'react';
import { suggestedPdfName, type PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { storyPartLabels, storyParts } from '../../shared/story-parts';
import { describeSaveError } from '../db/storage-errors';
import { ModalDialog } from '../ui/modal-dialog';
import { ExportForm } from './export-form';
import { usePdfExport } from './use-pdf-export';

interface ExportDialogProps {
  story: Story;
  open: boolean;
  onClose: () => void;
  /** Saves pending edits first, so the PDF has every word. */
  beforeExport: () => Promise<void>;
  desktop: boolean;
}

/** "Export PDF": the options, a note about empty parts, then the export itself. */
export function ExportDialog({ story, open, onClose, beforeExport, desktop }: ExportDialogProps) {
  const { run, error, busy } = usePdfExport();
  const [saveError, setSaveError] = useState<string | null>(null);
  const empty = storyParts.filter((part) => part !== 'roleConnection' && !story[part].trim());

  async function submit(options: PrintOptions) {
    // A PDF made before the last words are stored would leave them out: say so instead.
    try {
      await beforeExport();
      setSaveError(null);
    } catch (failure) {
      setSaveError(describeSaveError(failure));
      return;
    }
    if (await run({ storyIds: [story.id], options }, suggestedPdfName(story.title, options.redactions))) onClose();
  }

  return (
    <ModalDialog title="Export PDF" open={open} onClose={onClose}>
      <ExportForm
        submitLabel={desktop ? 'Export' : 'Open print view'}
        error={saveError ?? error}
        busy={busy}
        onCancel={onClose}
        onSubmit={submit}
      >
        {empty.length > 0 && (
          <p className="banner" role="note">
            {empty.length === 1
              ? 'This part is empty and will be left out: '
              : 'These parts are empty and will be left out: '}
            {empty.map((part) => storyPartLabels[part]).join(', ')}.
          </p>
        )}
      </ExportForm>
    </ModalDialog>
  );
}
