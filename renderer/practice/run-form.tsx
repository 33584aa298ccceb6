import { useState, type FormEvent } from 'react';
import { practiceRatingLabels, practiceRatings, type PracticeRunFields } from '../../shared/practice';
import { describeSaveError } from '../db/storage-errors';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';
import { checkPendingRun, type PendingRun } from './pending-run';

interface RunFormProps {
  run: PendingRun;
  onChange: (run: PendingRun) => void;
  /** Stores the run; a failure is shown in the form, which keeps what was typed. */
  onSave: (fields: PracticeRunFields) => Promise<void>;
  onDiscard: () => void;
  /** Why the unsaved run could not be kept as a draft, if it could not. */
  draftError: string | null;
}

const startedFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * The self-rating after a run: how natural it felt, how long it took (from the timer, and
 * editable), and what to fix next time. Errors show once a save is tried, not while typing.
 */
export function RunForm({ run, onChange, onSave, onDiscard, draftError }: RunFormProps) {
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const checked = checkPendingRun(run);
  const errors = tried && !checked.ok ? checked.errors : {};
  const update = (patch: Partial<PendingRun>) => onChange({ ...run, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!checked.ok || saving) return;
    setSaving(true);
    try {
      await onSave(checked.fields);
    } catch (error) {
      setSaveError(describeSaveError(error));
      setSaving(false);
    }
  };

  return (
    <section className="card run-form" aria-labelledby="run-form-heading">
      <h2 id="run-form-heading" className="section-heading">
        How did that run go?
      </h2>
      <p className="muted section-intro">Started at {startedFormat.format(new Date(run.startedAt))}.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ChoiceGroup
          label="How natural did it feel?"
          className="rating-choices"
          options={practiceRatings}
          labels={practiceRatingLabels}
          value={run.rating ?? undefined}
          onChange={(rating) => update({ rating })}
          error={errors['rating']}
        />
        <TextField
          label="How long"
          className="duration-field"
          hint="Minutes and seconds, like 1:45."
          value={run.durationText}
          onChange={(durationText) => update({ durationText })}
          error={errors['durationSeconds']}
        />
        <TextField
          label="What to fix next time"
          multiline
          value={run.notes}
          onChange={(notes) => update({ notes })}
          error={errors['notes']}
        />
        {(saveError ?? draftError) && (
          <p className="form-alert" role="alert">
            {saveError ?? draftError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            Save practice run
          </button>
          <button type="button" className="quiet" onClick={onDiscard}>
            Discard
          </button>
        </div>
      </form>
    </section>
  );
}
