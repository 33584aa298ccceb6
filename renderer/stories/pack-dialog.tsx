import { useState } from 'react';
import { MAX_PACK_STORIES, suggestedPdfName, type PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { ModalDialog } from '../ui/modal-dialog';
import { TextField } from '../ui/text-field';
import { ExportForm } from './export-form';
import { usePdfExport } from './use-pdf-export';

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
  const [cover, setCover] = useState({ company: '', role: '', date: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const { run, error, busy } = usePdfExport();

  async function submit(options: PrintOptions) {
    const storyIds = stories.map((story) => story.id).filter((id) => chosen.includes(id));
    if (storyIds.length === 0 || storyIds.length > MAX_PACK_STORIES) {
      setProblem(`Choose between 1 and ${MAX_PACK_STORIES} stories for the pack.`);
      return;
    }
    setProblem(null);
    const fileName = suggestedPdfName(['Interview pack', cover.company].filter(Boolean).join(' '), options.redactions);
    if (await run({ storyIds, options, pack: cover }, fileName)) onClose();
  }

  return (
    <ModalDialog title="Export interview pack" open={open} onClose={onClose}>
      <ExportForm
        submitLabel={desktop ? 'Export pack' : 'Open print view'}
        error={problem ?? error}
        busy={busy}
        onCancel={onClose}
        onSubmit={submit}
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
          <TextField label="Company" value={cover.company} onChange={(company) => setCover({ ...cover, company })} />
          <TextField label="Role" value={cover.role} onChange={(role) => setCover({ ...cover, role })} />
          <TextField
            label="Interview date"
            value={cover.date}
            onChange={(date) => setCover({ ...cover, date })}
            placeholder="Thursday 3 December"
          />
        </div>
      </ExportForm>
    </ModalDialog>
  );
}
