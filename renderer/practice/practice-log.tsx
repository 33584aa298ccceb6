import { useNotify } from '../app/notices';
import { practiceRatingLabels, type PracticeRun } from '../../shared/practice';
import { bandPlaceOf, formatClock } from '../../shared/practice-time';
import { practiceRunRepository } from '../db/practice-access';
import { describeSaveError } from '../db/storage-errors';

const thisYearFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const otherYearFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

function formatWhen(iso: string): string {
  const when = new Date(iso);
  return (when.getFullYear() === new Date().getFullYear() ? thisYearFormat : otherYearFormat).format(when);
}

const bandWords = { short: 'too short', inside: 'in the band', long: 'too long' } as const;

/** The story's runs, newest first: when, how long, how it felt, what to fix; each deletable, with Undo. */
export function PracticeLog({ runs }: { runs: PracticeRun[] | undefined }) {
  const notify = useNotify();
  const remove = async (run: PracticeRun, when: string) => {
    try {
      await practiceRunRepository.delete(run.id);
      notify({
        message: `Deleted the run of ${when}.`,
        action: {
          label: 'Undo',
          run: () =>
            void practiceRunRepository
              .restore(run)
              .catch((error: unknown) => notify({ message: describeSaveError(error) })),
        },
      });
    } catch (error) {
      notify({ message: describeSaveError(error) });
    }
  };
  return (
    <section className="card practice-log" aria-labelledby="log-heading">
      <h2 id="log-heading" className="section-heading">
        Practice log
      </h2>
      {runs === undefined ? null : runs.length === 0 ? (
        <p className="muted">
          No runs yet. Start the timer, tell the story aloud as you would in the interview, then stop and rate the run.
        </p>
      ) : (
        <ol className="run-list" aria-label="Practice runs, newest first">
          {runs.map((run) => {
            const when = formatWhen(run.practisedAt);
            const place = bandPlaceOf(run.durationSeconds);
            return (
              <li key={run.id} className="run-row">
                <p className="run-facts">
                  <span className="run-when">{when}</span>
                  <span className="run-time">
                    {formatClock(run.durationSeconds)}{' '}
                    <span className={`run-band band-${place}`}>{bandWords[place]}</span>
                  </span>
                  <span>{practiceRatingLabels[run.rating]}</span>
                </p>
                {run.notes && <p className="run-notes">{run.notes}</p>}
                <button
                  type="button"
                  className="quiet danger run-delete"
                  aria-label={`Delete the run of ${when}`}
                  onClick={() => void remove(run, when)}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
