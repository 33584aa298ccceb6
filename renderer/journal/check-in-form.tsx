import { useCallback, useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { CheckIn } from '../../shared/check-in-schedule';
import { stillDoingLabels } from '../../shared/check-in-words';
import { StillDoingSchema, stillDoingChoices } from '../../shared/recheck';
import { useAutosave } from '../app/use-autosave';
import { checkInDraftId } from '../db/check-in-draft-id';
import { draftRepository } from '../db/repositories';
import { recheckRepository } from '../db/recheck-access';
import { describeSaveError, ValidationError } from '../db/storage-errors';
import { useStoredDraft } from '../db/use-stored-draft';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';

/** The check-in as it is being written; stored as a draft so a reload or a crash loses none of it. */
const CheckInDraftSchema = z.object({
  stillDoing: StillDoingSchema.optional(),
  howOften: z.string(),
  whereUsed: z.string(),
});
type CheckInDraft = z.infer<typeof CheckInDraftSchema>;

const blankDraft: CheckInDraft = { stillDoing: undefined, howOften: '', whereUsed: '' };
const isBlank = (draft: CheckInDraft) => draft.stillDoing === undefined && !draft.howOften && !draft.whereUsed;

/** The check-in's fields, once its stored draft (if any) has been read. */
export function CheckInForm({ entryId, checkIn }: { entryId: string; checkIn: CheckIn }) {
  const stored = useStoredDraft(checkInDraftId(entryId), CheckInDraftSchema);
  if (stored === undefined) return null;
  return <CheckInFields key={entryId} entryId={entryId} checkIn={checkIn} initial={stored ?? blankDraft} />;
}

interface CheckInFieldsProps {
  entryId: string;
  checkIn: CheckIn;
  initial: CheckInDraft;
}

function CheckInFields({ entryId, checkIn, initial }: CheckInFieldsProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const storeDraft = useCallback(
    (value: CheckInDraft) =>
      isBlank(value)
        ? draftRepository.clear(checkInDraftId(entryId))
        : draftRepository.save(checkInDraftId(entryId), value),
    [entryId],
  );
  const kept = useAutosave(draft, storeDraft, describeSaveError);
  const change = <K extends keyof CheckInDraft>(key: K, value: CheckInDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    // The draft first: if the answer cannot be stored, what was typed is still kept.
    await kept.flush().catch(() => undefined);
    try {
      await recheckRepository.answer(entryId, checkIn.check, draft);
      kept.discard();
      setErrors({});
    } catch (error) {
      setErrors(error instanceof ValidationError ? error.fieldErrors : { form: describeSaveError(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="check-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <ChoiceGroup
        label="Still doing it?"
        options={stillDoingChoices}
        labels={stillDoingLabels}
        value={draft.stillDoing}
        onChange={(value) => change('stillDoing', value)}
        error={errors['stillDoing']}
      />
      <TextField
        label="How often?"
        value={draft.howOften}
        onChange={(value) => change('howOften', value)}
        error={errors['howOften']}
        hint="Every launch, weekly, twice since: whatever is true."
      />
      <TextField
        label="Where did you use it?"
        multiline
        value={draft.whereUsed}
        onChange={(value) => change('whereUsed', value)}
        error={errors['whereUsed']}
        hint="A project, a decision, a date. This is the proof an interviewer listens for."
      />
      {(errors['form'] ?? kept.error) && (
        <p className="form-alert" role="alert">
          {errors['form'] ?? `Your answer could not be kept as you type: ${kept.error}`}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving}>
        Save check-in
      </button>
    </form>
  );
}
