import { useState } from 'react';
import type { PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { storyPartLabels, storyParts } from '../../shared/story-parts';
import { ModalDialog } from '../ui/modal-dialog';
import { defaultPageSize, ExportOptionsFields, redactionLines } from './export-options-fields';
import { fileNameFor, usePdfExport } from './use-pdf-export';

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
  const [options, setOptions] = useState<PrintOptions>(() => ({
    variant: 'sheet',
    includeFollowUps: true,
    redactions: [],
    pageSize: defaultPageSize(),
  }));
  const [redactionText, setRedactionText] = useState('');
  const { run, error, busy } = usePdfExport();
  const empty = storyParts.filter((part) => part !== 'roleConnection' && !story[part].trim());

  async function submit() {
    await beforeExport();
    const done = await run(
      { storyIds: [story.id], options: { ...options, redactions: redactionLines(redactionText) } },
      fileNameFor(story.title),
    );
    if (done) onClose();
  }

  return (
    <ModalDialog title="Export PDF" open={open} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {empty.length > 0 && (
          <p className="banner" role="note">
            {empty.length === 1 ? 'This part is empty and will be left out: ' : 'These parts are empty and will be left out: '}
            {empty.map((part) => storyPartLabels[part]).join(', ')}.
          </p>
        )}
        <ExportOptionsFields
          options={options}
          onChange={setOptions}
          redactionText={redactionText}
          onRedactionTextChange={setRedactionText}
        />
        {error && (
          <p className="form-alert" role="alert">
            {error}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {desktop ? 'Export' : 'Open print view'}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
