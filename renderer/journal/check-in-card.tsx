import { changeWrittenAtOf } from '../../shared/change-written';
import type { CheckIn } from '../../shared/check-in-schedule';
import { checkInNames } from '../../shared/check-in-words';
import type { Entry } from '../../shared/entry';
import { isoDateOf } from '../../shared/text-fields';
import { formatDay } from '../ui/format';
import { CheckInForm } from './check-in-form';
import './reflection.css';

/**
 * The check-in a setback's change is due for: a month, then three months after it was
 * written, is it still how the person works, how often, and where did they use it? The
 * answers become evidence of change for the stories made from this setback.
 */
export function CheckInCard({ entry, checkIn }: { entry: Entry; checkIn: CheckIn }) {
  const written = changeWrittenAtOf(entry);
  return (
    <section className="card check-in" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading" className="section-heading">
        Check in on your change
      </h2>
      <p className="section-intro">
        {written ? `On ${formatDay(isoDateOf(new Date(written)))} you` : 'You'} wrote that you changed how you work.
        Now, {checkInNames[checkIn.check]}: did it stick?
      </p>
      <blockquote className="check-in-change">{entry.reflection.whatIChanged}</blockquote>
      <CheckInForm entryId={entry.id} checkIn={checkIn} />
    </section>
  );
}
