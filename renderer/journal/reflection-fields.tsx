import { memo, useMemo } from 'react';
import type { Reflection } from '../../shared/entry';
import { TextField } from '../ui/text-field';
import type { EntryDraft } from './entry-draft';
import { entryGuidance } from './guidance';

export interface ReflectionPart {
  part: keyof Reflection;
  label: string;
  hint: string;
}

/** The four parts of a reflection, in the order they are written. */
export const coreReflectionParts: readonly ReflectionPart[] = [
  { part: 'whyItHappened', label: 'Why it happened', hint: entryGuidance.whyItHappened },
  { part: 'whatIDid', label: 'What I did', hint: entryGuidance.whatIDid },
  { part: 'whatILearned', label: 'What I learned', hint: entryGuidance.whatILearned },
  { part: 'whatIChanged', label: 'What I changed since', hint: entryGuidance.whatIChanged },
];

interface ReflectionFieldsProps {
  /** Which parts to show (the four core ones unless told). */
  parts?: readonly ReflectionPart[];
  reflection: EntryDraft['reflection'];
  errors: Record<string, string>;
  /** Must keep its identity between renders, so typing re-renders only the part typed in. */
  onChange: (part: keyof Reflection, value: string) => void;
}

/** Reflection parts of a setback, each with its guidance. */
export const ReflectionFields = memo(function ReflectionFields({
  parts = coreReflectionParts,
  reflection,
  errors,
  onChange,
}: ReflectionFieldsProps) {
  const on = useMemo(
    () =>
      Object.fromEntries(parts.map(({ part }) => [part, (value: string) => onChange(part, value)])) as Record<
        keyof Reflection,
        (value: string) => void
      >,
    [parts, onChange],
  );
  return parts.map(({ part, label, hint }) => (
    <TextField
      key={part}
      label={label}
      multiline
      value={reflection[part]}
      onChange={on[part]}
      error={errors[`reflection.${part}`]}
      hint={hint}
    />
  ));
});
