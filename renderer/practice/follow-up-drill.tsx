import { Link } from 'wouter';
import type { Drill } from './use-drill';

/**
 * The follow-up drill: one question at a time, asked aloud, answered aloud, then checked
 * against the answer prepared on the story page. The question and its number are read out
 * politely as they change, so the arrow keys work without looking.
 */
export function FollowUpDrill({ drill, storyId }: { drill: Drill; storyId: string }) {
  const { questions, at, revealed } = drill;
  const question = questions[at];
  if (!question) return null;
  return (
    <section className="card drill" aria-labelledby="drill-heading">
      <h2 id="drill-heading" className="section-heading">
        Follow-up drill
      </h2>
      <p className="muted section-intro">
        Interviewers dig in after the story. Answer aloud first, then check what you prepared.
      </p>
      <div aria-live="polite" aria-atomic="true">
        <p className="drill-count">
          Question {at + 1} of {questions.length}
        </p>
        <p className="drill-question">{question.question}</p>
      </div>
      <button type="button" className="quiet" onClick={drill.toggleAnswer}>
        {revealed ? 'Hide answer' : 'Reveal answer'}
      </button>
      {revealed && (
        <div className="drill-answer">
          <h3 className="part-label">Your answer</h3>
          {question.answer ? (
            <p className="drill-answer-text">{question.answer}</p>
          ) : (
            <p className="muted">
              No answer prepared yet. Write one under Follow-up questions on{' '}
              <Link href={`/stories/${storyId}`}>the story page</Link>.
            </p>
          )}
          {question.guidance && (
            <>
              <h3 className="part-label">What a strong answer does</h3>
              <p>{question.guidance}</p>
            </>
          )}
        </div>
      )}
      <div className="drill-nav">
        <button type="button" onClick={drill.previous} aria-keyshortcuts="ArrowLeft">
          <span aria-hidden="true">← </span>
          Previous question
        </button>
        <button type="button" onClick={drill.next} aria-keyshortcuts="ArrowRight">
          Next question
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <p className="muted key-hint">
        <kbd>←</kbd> <kbd>→</kbd> move between questions
      </p>
    </section>
  );
}
