import { Link } from 'wouter';
import { entryTypeLabels, type Entry } from '../../shared/entry';
import { reflectionStateLabels, reflectionStateOf } from '../../shared/reflection-state';
import { formatDay } from '../ui/format';

/**
 * One setback in the journal list: title, date, type, tags and reflection state. It is the
 * content of a row; the list (`VirtualList`) provides the `<li className="entry-row">`.
 */
export function EntryRow({ entry }: { entry: Entry }) {
  const state = reflectionStateOf(entry);
  return (
    <Link href={`/journal/${entry.id}`} className="entry-link">
      <span className="entry-title">{entry.title}</span>
      <span className="entry-meta">
        <time dateTime={entry.occurredOn}>{formatDay(entry.occurredOn)}</time>
        <span className={`type-chip type-${entry.type}`}>{entryTypeLabels[entry.type]}</span>
        {entry.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        <span className={`state state-${state}`}>{reflectionStateLabels[state]}</span>
      </span>
    </Link>
  );
}
