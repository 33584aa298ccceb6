import type { CheckIn } from '../../shared/check-in-schedule';
import { answerSummary, checkInNames } from '../../shared/check-in-words';
import type { Recheck } from '../../shared/recheck';
import { isoDateOf } from '../../shared/text-fields';
import { formatDay } from '../ui/format';

const dayOf = (iso: string) => formatDay(isoDateOf(new Date(iso)));

/** Under "What I changed since": the check-ins answered so far, and when the next one comes. */
export function CheckInHistory({ answers, next }: { answers: readonly Recheck[]; next: CheckIn | null }) {
  if (answers.length === 0 && !next) return null;
  return (
    <div className="check-in-history">
      {answers.length > 0 && (
        <>
          <h3 id="check-in-history-heading">Check-ins on this change</h3>
          <ul aria-labelledby="check-in-history-heading">
            {answers.map((answer) => (
              <li key={answer.id}>
                <span className="check-in-when">{dayOf(answer.answeredAt)}</span> {answerSummary(answer)}
              </li>
            ))}
          </ul>
        </>
      )}
      {next && (
        <p className="muted">
          On {dayOf(next.dueAt)}, {checkInNames[next.check]}, this page will ask whether the change stuck.
        </p>
      )}
    </div>
  );
}
