import { MAX_FOLLOW_UPS, type FollowUp } from '../../shared/story';
import { TextField } from '../ui/text-field';

interface FollowUpsEditorProps {
  followUps: FollowUp[];
  onChange: (followUps: FollowUp[]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}

/** The questions an interviewer digs in with, each with a prepared answer. */
export function FollowUpsEditor({ followUps, onChange, errors, readOnly }: FollowUpsEditorProps) {
  const change = (index: number, next: Partial<FollowUp>) =>
    onChange(followUps.map((followUp, at) => (at === index ? { ...followUp, ...next } : followUp)));
  return (
    <section className="card" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading" className="section-heading">
        Follow-up questions
      </h2>
      <p className="muted section-intro">Interviewers dig in after the story. Prepare a short, calm answer to each.</p>
      <ol className="follow-ups">
        {followUps.map((followUp, index) => (
          <li key={index} className="follow-up">
            <TextField
              label={`Question ${index + 1}`}
              value={followUp.question}
              onChange={(question) => change(index, { question })}
              error={errors[`followUps.${index}.question`]}
              readOnly={readOnly}
            />
            <TextField
              label={`Answer ${index + 1}`}
              multiline
              value={followUp.answer}
              onChange={(answer) => change(index, { answer })}
              error={errors[`followUps.${index}.answer`]}
              readOnly={readOnly}
            />
            {!readOnly && (
              <button
                type="button"
                className="quiet"
                aria-label={`Remove question ${index + 1}`}
                onClick={() => onChange(followUps.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && followUps.length < MAX_FOLLOW_UPS && (
        <button type="button" className="quiet" onClick={() => onChange([...followUps, { question: '', answer: '' }])}>
          Add a question
        </button>
      )}
    </section>
  );
}
