import type { CoachReview, Finding, ScorecardKey } from '../../shared/coach/review-schema';
import type { CoachReading } from './use-coach-review';
import { scorecardKeys } from '../../shared/coach/review-schema';
import { storyPartLabels, storyParts } from '../../shared/story-parts';
import { partFieldId } from './story-part-field';

const scoreLabels: Record<ScorecardKey, string> = {
  accountability: 'Accountability',
  learning: 'Learning',
  judgment: 'Judgment',
  selfAwareness: 'Self-awareness',
  trust: 'Trust',
};

const severityLabels = { problem: 'Fix', warning: 'Improve', tip: 'Tip' } as const;

/** Takes the person to the phrase a finding is about, selected in its field. */
function showInText(finding: Finding) {
  const field = document.getElementById(partFieldId(finding.part));
  if (!(field instanceof HTMLTextAreaElement)) return;
  field.focus();
  field.setSelectionRange(finding.start, finding.end);
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`finding finding-${finding.severity}`}>
      <span className="finding-severity">
        {severityLabels[finding.severity]}
        {finding.concern && <span className="finding-concern"> · {scoreLabels[finding.concern]}</span>}
      </span>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-suggestion">{finding.suggestion}</p>
      {finding.end > finding.start && (
        <button type="button" className="link-button" onClick={() => showInText(finding)}>
          Show in {storyPartLabels[finding.part]}
        </button>
      )}
    </li>
  );
}

/** The coach: what interviewers test, the eight takeaways, and each finding with its fix. */
export function CoachPanel({ reading }: { reading: CoachReading }) {
  const { review, stale, error } = reading;
  return (
    // Focusable: the panel scrolls on its own, and with no finding to tab to (a strong story)
    // a keyboard could not reach it to scroll it otherwise.
    <aside className="coach" role="region" aria-label="Coach" aria-busy={review === undefined || stale} tabIndex={0}>
      <h2 className="coach-heading">Coach</h2>
      {error && (
        <p className="form-alert" role="alert">
          The coach could not read this story ({error}). Your text is safe; try reopening the story.
        </p>
      )}
      {review === undefined ? !error && <p className="muted">Reading your story…</p> : <CoachNotes review={review} />}
    </aside>
  );
}

function CoachNotes({ review }: { review: CoachReview }) {
  const byPart = storyParts
    .map((part) => ({ part, findings: review.findings.filter((finding) => finding.part === part) }))
    .filter((group) => group.findings.length > 0);
  const met = review.checklist.filter((item) => item.met).length;
  return (
    <>
      {review.cannotJudge.map((entry) => (
        <p key={entry.part} className="coach-note" role="note">
          <strong>{storyPartLabels[entry.part]}:</strong> {entry.message}
        </p>
      ))}
      <section aria-labelledby="scorecard-heading">
        <h3 id="scorecard-heading">What the interviewer is testing</h3>
        <ul className="scorecard">
          {scorecardKeys.map((key) => {
            const score = review.scorecard[key];
            return (
              <li key={key} className={`score level-${score.level}`} title={score.reason}>
                <span className="score-label">{scoreLabels[key]}</span>
                <meter
                  min={0}
                  max={100}
                  low={40}
                  high={75}
                  optimum={100}
                  value={score.score}
                  aria-label={`${scoreLabels[key]} ${score.score} of 100`}
                />
                <span className="score-reason">{score.reason}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">
          Takeaways{' '}
          <span className="muted">
            {met} of {review.checklist.length}
          </span>
        </h3>
        <ul className="checklist">
          {review.checklist.map((item) => (
            <li key={item.id} className={item.met ? 'met' : 'unmet'}>
              <span aria-hidden="true">{item.met ? '✓' : '○'}</span>
              <span>
                <span className="visually-hidden">{item.met ? 'Done: ' : 'Not yet: '}</span>
                {item.label}
                <span className="checklist-reason">{item.reason}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading">Notes on your wording</h3>
        {byPart.length === 0 ? (
          <p className="muted">Nothing to flag. Read it aloud once and time yourself.</p>
        ) : (
          byPart.map(({ part, findings }) => (
            <div key={part} className="finding-group">
              <h4>{storyPartLabels[part]}</h4>
              <ul className="findings">
                {findings.map((finding, index) => (
                  <FindingItem key={`${finding.kind}-${finding.start}-${index}`} finding={finding} />
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}
