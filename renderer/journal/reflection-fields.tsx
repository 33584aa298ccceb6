import { memo, useMemo } from 'react';
import type { Reflection } from '../../shared/entry';
import { TextField } from '../ui/text-field';
import { entryGuidance } from './guidance';

const reflectionFields: { part: keyof Reflection; label: string }[] = [
  { part: 'whyItHappened', label: 'Why it happened' },
  { part: 'whatIDid', label: 'What I did' },
  { part: 'whatILearned', label: 'What I learned' },
  { part: 'whatIChanged', label: 'What I changed since' },
];

interface ReflectionFieldsProps {
  reflection: Reflection;
  errors: Record<string, string>;
  /** Must keep its identity between renders, so typing re-renders only the part typed in. */
  onChange: (part: keyof Reflection, value: string) => void;
}

/** The four reflection parts of a setback, each with its guidance. */
export const ReflectionFields = memo(function ReflectionFields({
  reflection,
  errors,
  onChange,
}: ReflectionFieldsProps) {
  const on = useMemo(
    () =>
      Object.fromEntries(
        reflectionFields.map(({ part }) => [part, (value: string) => onChange(part, value)]),
      ) as Record<keyof Reflection, (value: string) => void>,
    [onChange],
  );
  return reflectionFields.map(({ part, label }) => (
    <TextField
      key={part}
      label={label}
      multiline
      value={reflection[part]}
      onChange={on[part]}
      error={errors[`reflection.${part}`]}
      hint={entryGuidance[part]}
    />
  ));
});
