import { useId, useState } from 'react';
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
  keyPhrases: readonly string[];
  onKeyPhrasesChange: (phrases: string[]) => void;
}

/** The text selected in a part's textarea, if any. */
function selectionIn(part: StoryPart): string {
  const field = document.getElementById(partFieldId(part));
  if (!(field instanceof HTMLTextAreaElement)) return '';
  return field.value.slice(field.selectionStart, field.selectionEnd).trim();
}

/** One part of the formula: its label, what it must do, examples on demand, the text. */
export function StoryPartField(props: StoryPartFieldProps) {
  const { part, value, onChange, findings, error, readOnly, keyPhrases, onKeyPhrasesChange } = props;
  const guidance = storyPartGuidance[part];
  const id = useId();
  const [keyPhraseHint, setKeyPhraseHint] = useState('');
  const label = storyPartLabels[part];
  const markSelection = () => {
    const selected = selectionIn(part);
    if (!selected) {
      setKeyPhraseHint('Select a few words in the text first, then mark them.');
      return;
    }
    setKeyPhraseHint('');
    if (!keyPhrases.includes(selected)) onKeyPhrasesChange([...keyPhrases, selected]);
  };
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field story-part">
      <label htmlFor={partFieldId(part)}>{label}</label>
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
      <div className="key-phrases">
        {keyPhrases.length > 0 && (
          <ul aria-label={`Key phrases in ${label}`}>
            {keyPhrases.map((phrase) => (
              <li key={phrase} className="key-phrase">
                {phrase}
                {!readOnly && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove key phrase ${phrase}`}
                    onClick={() => onKeyPhrasesChange(keyPhrases.filter((kept) => kept !== phrase))}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <button
            type="button"
            className="link-button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={markSelection}
          >
            Mark selection as key phrase<span className="visually-hidden"> in {label}</span>
          </button>
        )}
        <span className="muted" role="status">
          {keyPhraseHint}
        </span>
      </div>
    </div>
  );
}
