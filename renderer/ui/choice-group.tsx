import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string | undefined;
  disabled?: boolean;
  className?: string;
}

/** A radio group shown as a segmented control; arrow keys move between options. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const id = useId();
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <fieldset
      role="radiogroup"
      className={`choice-group ${props.className ?? ''}`}
      aria-labelledby={`${id}-label`}
      aria-describedby={errorId}
      aria-invalid={props.error ? true : undefined}
      disabled={props.disabled}
    >
      <legend id={`${id}-label`}>{props.label}</legend>
      <div className="segments">
        {props.options.map((option) => (
          <label key={option} className="segment" data-option={option}>
            <input
              type="radio"
              name={id}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
