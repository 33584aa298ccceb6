import { memo, useId, useLayoutEffect, useRef, type ComponentProps, type ReactNode, type Ref } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  readOnly?: boolean;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}

/**
 * A labelled text box (input or textarea) with optional guidance and an inline error.
 * Memoized: a form that passes stable `onChange` handlers re-renders only the field typed
 * in, which matters when another field holds thousands of words.
 */
export const TextField = memo(function TextField({ inputRef, ...props }: TextFieldProps) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    onBlur: props.onBlur,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    // The browser's autofill would keep what was typed in its own store, outside the journal
    // (and outside the lock): nothing typed here is offered to it.
    autoComplete: 'off',
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <SyncedTextarea {...common} rows={3} onValueChange={props.onChange} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type={props.type ?? 'text'}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      {props.error && (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
});

type SyncedTextareaProps = Omit<ComponentProps<'textarea'>, 'value' | 'defaultValue' | 'onChange' | 'ref'> & {
  value: string;
  onValueChange: (value: string) => void;
};

/**
 * A textarea that shows `value` like a controlled one, without React reading back and
 * rewriting the whole text on every keystroke (a controlled textarea, or one with a
 * `defaultValue`, has its `value` read and its `defaultValue` rewritten on each render): in
 * a long entry that costs more than the rest of the keystroke. The DOM is written only when
 * `value` differs from what was last typed or written (first render, a reset, a restore).
 */
function SyncedTextarea({ value, onValueChange, ...rest }: SyncedTextareaProps) {
  const element = useRef<HTMLTextAreaElement>(null);
  const shown = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (element.current && value !== shown.current) {
      element.current.value = value;
      shown.current = value;
    }
  }, [value]);
  return (
    <textarea
      {...rest}
      ref={element}
      onChange={(event) => {
        shown.current = event.target.value;
        onValueChange(event.target.value);
      }}
    />
  );
}
