import { Link } from 'wouter';
import type { SetbackLink } from '../../shared/insights/insights-report';

/** Links to setbacks; `inline` runs them on one line, after a word saying what they are. */
export function SetbackLinks({ setbacks, inline }: { setbacks: readonly SetbackLink[]; inline?: string }) {
  if (inline)
    return (
      <p className="inline-links">
        <span className="muted">{inline} </span>
        {setbacks.map((setback, index) => (
          <span key={setback.id}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            <Link href={`/journal/${setback.id}`}>{setback.title}</Link>
          </span>
        ))}
      </p>
    );
  return (
    <ul className="setback-links">
      {setbacks.map((setback) => (
        <li key={setback.id}>
          <Link href={`/journal/${setback.id}`}>{setback.title}</Link>
        </li>
      ))}
    </ul>
  );
}
