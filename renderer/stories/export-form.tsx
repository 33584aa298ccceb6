import { useState, type ReactNode } from 'react';
import type { PrintOptions } from '../../shared/print-request';
import { defaultPageSize, ExportOptionsFields, redactionLines } from './export-options-fields';

interface ExportFormProps {
  /** Fields shown above the shared export options (the pack's stories and cover). */
  children?: ReactNode;
  submitLabel: string;
  error: string | null;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (options: PrintOptions) => Promise<void>;
}

/** The body of both export dialogs: their own fields, the shared options, the actions. */
export function ExportForm({ children, submitLabel, error, busy, onCancel, onSubmit }: ExportFormProps) {
  const [options, setOptions] = useState<PrintOptions>(() => ({
    variant: 'sheet',
    includeFollowUps: true,
    redactions: [],
    pageSize: defaultPageSize(),
  }));
  const [redactionText, setRedactionText] = useState('');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({ ...options, redactions: redactionLines(redactionText) });
      }}
    >
      {children}
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
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </footer>
    </form>
  );
}
