import { entryTypeLabels } from '../../shared/entry';
import type { InsightsReport } from '../../shared/insights/insights-report';
import { longMonth } from './insights-format';
import { SetbackLinks } from './setback-links';

/** Causes named again and again, and tags that keep coming back in one kind of setback: said plainly. */
export function PatternsList({ report }: { report: InsightsReport }) {
  const { causes, tagsByType, months } = report;
  const since = months[0] ? longMonth(months[0].month) : '';
  if (causes.length === 0 && tagsByType.length === 0)
    return (
      <p className="muted">
        No pattern yet. A cause becomes one when three setbacks name it in “Why it happened”, and a tag when it comes
        back in three setbacks of one type.
      </p>
    );
  return (
    <ul className="patterns">
      {tagsByType.map((item) => (
        <li key={`${item.type}:${item.tag}`}>
          <p>
            <strong>
              {item.count} of your {item.ofType} {entryTypeLabels[item.type].toLowerCase()} setbacks
            </strong>{' '}
            since {since} are tagged “{item.tag}”.
          </p>
        </li>
      ))}
      {causes.map((cause) => (
        <li key={cause.words}>
          <p>
            <strong>“{cause.words}”</strong> comes up in why {cause.count} of your setbacks happened.
          </p>
          <SetbackLinks setbacks={cause.examples} inline={cause.count > cause.examples.length ? 'Latest:' : 'In:'} />
        </li>
      ))}
    </ul>
  );
}
