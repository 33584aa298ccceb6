import { useRef, useState } from 'react';
import { useNotify } from '../app/notices';
import { useDesktopCommand } from '../desktop/command-registry';
import { Link } from 'wouter';
import { checkInNames } from '../../shared/check-in-words';
import { daysSince, yearsBetween } from '../../shared/resurfacing';
import { isoDateOf } from '../../shared/text-fields';
import { useDueCheckIns, useOnThisDay, useReflectionQueue } from '../db/use-resurfacing';
import { formatDay } from '../ui/format';
import { useSessionDismissals } from './use-session-dismissals';
import './resurfacing.css';

/** Setbacks of the reflection queue shown at once. */
const QUEUE_SHOWN = 3;
/** Check-ins listed by name; the count says how many more there are. */
const CHECK_INS_SHOWN = 5;

const ago = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'} ago`;

/**
 * Above the journal, what is worth another look: check-ins due on changes written a month or
 * three ago, setbacks from this day in earlier years, and setbacks logged a few days ago that
 * still wait for their reflection. Each group shows only when it has something; all of them
 * appear together, once read, so the journal below moves once at most.
 */
export function Resurfacing() {
  const [now] = useState(Date.now);
  const today = isoDateOf(new Date(now));
  const due = useDueCheckIns(now);
  const onThisDay = useOnThisDay(today);
  const queue = useReflectionQueue(now);
  const [dismissed, dismiss] = useSessionDismissals();
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const notify = useNotify();
  const read = due !== undefined && onThisDay !== undefined && queue !== undefined;
  // The desktop's reminder and its menu item bring the queue into view (answered once it is read).
  useDesktopCommand(
    'reflection-queue',
    () => {
      const heading = queueHeading.current;
      if (!heading) return notify({ message: 'Nothing is waiting for your reflection right now.' });
      heading.scrollIntoView({ block: 'center' });
      heading.focus();
    },
    read,
  );
  if (due === undefined || onThisDay === undefined || queue === undefined) return null;
  const waiting = queue.filter((entry) => !dismissed.has(entry.id));
  if (due.length === 0 && onThisDay.length === 0 && waiting.length === 0) return null;

  const setAside = (id: string) => {
    dismiss(id);
    // The button pressed goes away: the keyboard lands on the group rather than the page's top.
    queueHeading.current?.focus();
  };

  return (
    <div className="resurfacing">
      {due.length > 0 && (
        <section className="resurface-group" aria-labelledby="check-ins-due-heading">
          <h2 id="check-ins-due-heading">
            Check-ins due <span className="resurface-count">{due.length}</span>
          </h2>
          <ul>
            {due.slice(0, CHECK_INS_SHOWN).map(({ entry, checkIn }) => (
              <li key={entry.id}>
                <Link href={`/journal/${entry.id}`}>{entry.title}</Link>
                <span className="resurface-meta">Your change, {checkInNames[checkIn.check]}</span>
              </li>
            ))}
          </ul>
          {due.length > CHECK_INS_SHOWN && (
            <p className="resurface-more">
              And {due.length - CHECK_INS_SHOWN} more: they come up here as you answer these.
            </p>
          )}
        </section>
      )}
      {onThisDay.length > 0 && (
        <section className="resurface-group" aria-labelledby="on-this-day-heading">
          <h2 id="on-this-day-heading">On this day</h2>
          <ul>
            {onThisDay.map((entry) => (
              <li key={entry.id}>
                <Link href={`/journal/${entry.id}`}>{entry.title}</Link>
                <span className="resurface-meta">
                  {ago(Math.max(1, yearsBetween(entry.occurredOn, today)), 'year')}, {formatDay(entry.occurredOn)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {waiting.length > 0 && (
        <section className="resurface-group" aria-labelledby="reflection-queue-heading">
          <h2 id="reflection-queue-heading" ref={queueHeading} tabIndex={-1}>
            Waiting for your reflection
          </h2>
          <ul>
            {waiting.slice(0, QUEUE_SHOWN).map((entry) => (
              <li key={entry.id}>
                <Link href={`/journal/${entry.id}`}>{entry.title}</Link>
                <span className="resurface-meta">Logged {ago(daysSince(entry.createdAt, now), 'day')}</span>
                <button
                  type="button"
                  className="link-button resurface-dismiss"
                  aria-label={`Not now: ${entry.title}`}
                  onClick={() => setAside(entry.id)}
                >
                  Not now
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
