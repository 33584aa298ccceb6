import { useId } from 'react';
import { answerSummary, evidenceSentence } from '../../shared/check-in-words';
import type { Recheck } from '../../shared/recheck';
import { isoDateOf } from '../../shared/text-fields';
import { formatDay } from '../ui/format';
import './source-check-ins.css';

interface SourceCheckInsProps {
  /** The check-ins answered on this source setback's change, oldest first. */
  answers: readonly Recheck[];
  /** The story's "What I learned" as it stands in the editor. */
  learned: string;
  /** Adds a sentence to "What I learned"; absent while the story cannot be edited. */
  onAdd: ((sentence: string) => void) | undefined;
}

/**
 * A source setback's check-ins, offered as evidence of change: interviewers believe a lesson
 * they can see in use ("I've used it on three launches since"). A change that did not stick
 * is shown too, but not offered.
 */
export function SourceCheckIns({ answers, learned, onAdd }: SourceCheckInsProps) {
  const id = useId();
  if (answers.length === 0) return null;
  return (
    <div className="source-check-ins">
      <h3 id={`${id}-heading`}>Check-ins on the change</h3>
      <ul aria-labelledby={`${id}-heading`}>
        {answers.map((answer) => {
          const sentence = evidenceSentence(answer);
          const answerId = `${id}-${answer.id}`;
          return (
            <li key={answer.id}>
              <span id={answerId}>
                {answerSummary(answer)}, {formatDay(isoDateOf(new Date(answer.answeredAt)))}
              </span>
              {sentence !== null &&
                onAdd &&
                (learned.includes(sentence) ? (
                  <span className="muted">In What I learned</span>
                ) : (
                  <button type="button" className="quiet" aria-describedby={answerId} onClick={() => onAdd(sentence)}>
                    Add to What I learned
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
