import { pageSizes, printVariants, type PrintOptions } from '../../shared/print-request';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';

const variantLabels = { sheet: 'Interview sheet', 'cue-card': 'Cue card' } as const;
const pageSizeLabels = { A4: 'A4', Letter: 'Letter' } as const;

/** The page size most people near this computer use: Letter in the US and Canada. */
export function defaultPageSize(): PrintOptions['pageSize'] {
  return /-(US|CA)$/i.test(navigator.language) ? 'Letter' : 'A4';
}

interface ExportOptionsFieldsProps {
  options: PrintOptions;
  onChange: (options: PrintOptions) => void;
  redactionText: string;
  onRedactionTextChange: (text: string) => void;
}

/** Layout, follow-ups, names to hide and page size: the choices before any export. */
export function ExportOptionsFields({
  options,
  onChange,
  redactionText,
  onRedactionTextChange,
}: ExportOptionsFieldsProps) {
  return (
    <>
      <ChoiceGroup
        label="Layout"
        options={printVariants}
        labels={variantLabels}
        value={options.variant}
        onChange={(variant) => onChange({ ...options, variant })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={options.includeFollowUps}
          disabled={options.variant === 'cue-card'}
          onChange={(event) => onChange({ ...options, includeFollowUps: event.target.checked })}
        />
        Include follow-up questions
      </label>
      <TextField
        label="Names to hide"
        multiline
        value={redactionText}
        onChange={onRedactionTextChange}
        hint="One per line. They are replaced in the PDF only, e.g. “Acme Corp = a retail client” or just “Priya”."
      />
      <ChoiceGroup
        label="Page size"
        options={pageSizes}
        labels={pageSizeLabels}
        value={options.pageSize}
        onChange={(pageSize) => onChange({ ...options, pageSize })}
      />
    </>
  );
}

/** The names typed in "Names to hide", one per line, blanks dropped. */
export function redactionLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 50);
}
