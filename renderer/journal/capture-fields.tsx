import { memo, useMemo, type Ref } from 'react';
import {
  entryTypeLabels,
  entryTypes,
  stakesLabels,
  stakesLevels,
  type EntryType,
  type Stakes,
} from '../../shared/entry';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';
import type { EntryDraft } from './entry-draft';
import { entryGuidance } from './guidance';

/** The fields of a draft that "Log a setback" asks for (and the entry page shows first). */
export type CaptureField = 'title' | 'whatHappened' | 'occurredOn' | 'type' | 'tagsText' | 'stakes';

/** Changes one field; must keep its identity between renders, or every field re-renders on each keystroke. */
export type UpdateDraftField = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) => void;

interface CaptureFieldsProps {
  draft: Pick<EntryDraft, CaptureField>;
  errors: Record<string, string>;
  onChange: UpdateDraftField;
  /** `dialog`: the quick "Log a setback" form; `page`: the top of a setback's own page. */
  variant: 'dialog' | 'page';
  titleRef?: Ref<HTMLInputElement>;
}

// ChoiceGroup is generic, which `memo` would erase; the cast keeps its typed props.
const MemoChoiceGroup = memo(ChoiceGroup) as typeof ChoiceGroup;

/** A per-index tag message (`tags.3`) when the list as a whole is fine. */
function tagsErrorOf(errors: Record<string, string>): string | undefined {
  return errors['tags'] ?? Object.entries(errors).find(([key]) => key.startsWith('tags.'))?.[1];
}

/**
 * Title, what happened, when, stakes, type and tags: the same fields, labels and guidance in
 * "Log a setback" and on the setback's page. Each field is memoized with a stable handler, so
 * a keystroke re-renders only the field it lands in.
 */
export function CaptureFields({ draft, errors, onChange, variant, titleRef }: CaptureFieldsProps) {
  const on = useMemo(
    () => ({
      title: (value: string) => onChange('title', value),
      whatHappened: (value: string) => onChange('whatHappened', value),
      occurredOn: (value: string) => onChange('occurredOn', value),
      stakes: (value: Stakes) => onChange('stakes', value),
      type: (value: EntryType) => onChange('type', value),
      tagsText: (value: string) => onChange('tagsText', value),
    }),
    [onChange],
  );
  const inDialog = variant === 'dialog';
  return (
    <>
      <TextField
        label="Title"
        className={inDialog ? undefined : 'title-field'}
        value={draft.title}
        onChange={on.title}
        error={errors['title']}
        inputRef={titleRef}
        placeholder={inDialog ? 'The launch that slipped six weeks' : undefined}
      />
      <TextField
        label="What happened"
        multiline
        value={draft.whatHappened}
        onChange={on.whatHappened}
        error={errors['whatHappened']}
        hint={entryGuidance.whatHappened}
      />
      <div className="field-row">
        <TextField
          label="When"
          type="date"
          value={draft.occurredOn}
          onChange={on.occurredOn}
          error={errors['occurredOn']}
          className="field-date"
        />
        <MemoChoiceGroup
          label="Stakes"
          options={stakesLevels}
          labels={stakesLabels}
          value={draft.stakes}
          onChange={on.stakes}
          error={errors['stakes']}
        />
      </div>
      <MemoChoiceGroup
        label="Type"
        options={entryTypes}
        labels={entryTypeLabels}
        value={draft.type}
        onChange={on.type}
        error={errors['type']}
      />
      <TextField
        label="Tags"
        value={draft.tagsText}
        onChange={on.tagsText}
        error={tagsErrorOf(errors)}
        hint={inDialog ? 'Comma separated, like: hiring, deadlines' : 'Comma separated'}
      />
    </>
  );
}
