import { Link } from 'wouter';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { formatDay } from '../ui/format';

/** Every "What I changed since", newest setback first, each linked to its setback. */
export function LessonsList({ lessons, onMore }: { lessons: InsightsReport['lessons']; onMore: () => void }) {
  if (lessons.total === 0)
    return (
      <p className="muted">
        Nothing here yet. When you reflect on a setback, “What I changed since” is where the lesson shows in what you
        now do differently; each one will be listed here, newest first.
      </p>
    );
  return (
    <>
      <ol className="lessons" aria-label="Lessons over time">
        {lessons.items.map((lesson) => (
          <li key={lesson.id}>
            <p className="lesson-meta">
              <time dateTime={lesson.occurredOn}>{formatDay(lesson.occurredOn)}</time>
              <Link href={`/journal/${lesson.id}`}>{lesson.title}</Link>
            </p>
            <p className="lesson-text">{lesson.text}</p>
          </li>
        ))}
      </ol>
      {lessons.total > lessons.items.length && (
        <button type="button" className="quiet" onClick={onMore}>
          Show more lessons ({(lessons.total - lessons.items.length).toLocaleString()} more)
        </button>
      )}
    </>
  );
}
