import { useId } from 'react';
import type { Finding } from '../../shared/coach/review-schema';
import { storyPartGuidance } from '../../shared/coach/part-guidance';
import { storyPartLabels, type StoryPart } from '../../shared/story-parts';
import { HighlightedTextarea } from './highlighted-textarea';

/** The id of a part's textarea, so the coach can take the person to a finding. */
export const partFieldId = (part: StoryPart) => `story-part-${part}`;

interface StoryPartFieldProps {
  part: StoryPart;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  error?: string | undefined;
  readOnly?: boolean;
}

/** One part of the formula: its label, what it must do, examples on demand, the text. */
export function StoryPartField({ part, value, onChange, findings, error, readOnly }: StoryPartFieldProps) {
  const guidance = storyPartGuidance[part];
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field story-part">
      <label htmlFor={partFieldId(part)}>{storyPartLabels[part]}</label>
      <p id={`${id}-hint`} className="field-hint">
        {guidance.purpose}
      </p>
      <details className="guidance">
        <summary>Weak and better examples</summary>
        <dl>
          <dt>Weak</dt>
          <dd>“{guidance.weak}”</dd>
          <dt>Better</dt>
          <dd>“{guidance.better}”</dd>
        </dl>
        <ul>
          {guidance.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      <HighlightedTextarea
        id={partFieldId(part)}
        value={value}
        onChange={onChange}
        findings={findings}
        describedBy={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
        invalid={Boolean(error)}
        readOnly={readOnly ?? false}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
