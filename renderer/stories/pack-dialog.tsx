import { useState } from 'react';
import { MAX_PACK_STORIES, type PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { ModalDialog } from '../ui/modal-dialog';
import { TextField } from '../ui/text-field';
import { defaultPageSize, ExportOptionsFields, redactionLines } from './export-options-fields';
import { fileNameFor, usePdfExport } from './use-pdf-export';

interface PackDialogProps {
  stories: readonly Story[];
  open: boolean;
  onClose: () => void;
  desktop: boolean;
}

/** "Export interview pack": pick stories and the interview, then one PDF with a cover. */
export function PackDialog({ stories, open, onClose, desktop }: PackDialogProps) {
  const [chosen, setChosen] = useState<string[]>(() =>
    stories.filter((story) => story.status === 'ready').map((story) => story.id),
  );
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState('');
  const [options, setOptions] = useState<PrintOptions>(() => ({
    variant: 'sheet',
    includeFollowUps: true,
    redactions: [],
    pageSize: defaultPageSize(),
  }));
  const [redactionText, setRedactionText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, busy } = usePdfExport();

  async function submit() {
    const storyIds = stories.map((story) => story.id).filter((id) => chosen.includes(id));
    if (storyIds.length === 0) {
      setProblem('Choose at least one story for the pack.');
      return;
    }
    if (storyIds.length > MAX_PACK_STORIES) {
      setProblem(`A pack holds at most ${MAX_PACK_STORIES} stories.`);
      return;
    }
    setProblem(null);
    const done = await run(
      {
        storyIds,
        options: { ...options, redactions: redactionLines(redactionText) },
        pack: { company, role, date },
      },
      fileNameFor(['Interview pack', company].filter(Boolean).join(' ')),
    );
    if (done) onClose();
  }

  return (
    <ModalDialog title="Export interview pack" open={open} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="story-picker">
          <legend>Stories</legend>
          {stories.map((story) => (
            <label key={story.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(story.id)}
                onChange={(event) =>
                  setChosen((ids) => (event.target.checked ? [...ids, story.id] : ids.filter((id) => id !== story.id)))
                }
              />
              {story.title}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <TextField label="Company" value={company} onChange={setCompany} />
          <TextField label="Role" value={role} onChange={setRole} />
          <TextField label="Interview date" value={date} onChange={setDate} placeholder="Thursday 3 December" />
        </div>
        <ExportOptionsFields
          options={options}
          onChange={setOptions}
          redactionText={redactionText}
          onRedactionTextChange={setRedactionText}
        />
        {(problem ?? error) && (
          <p className="form-alert" role="alert">
            {problem ?? error}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {desktop ? 'Export pack' : 'Open print view'}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
