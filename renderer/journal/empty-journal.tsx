import { shortcutLabel } from '../app/shortcuts';

/** What a first-time visitor sees: what is worth logging, and how little it takes. */
export function EmptyJournal() {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Nothing logged yet, and that is a fine place to start</h2>
      <p>
        The best interview stories begin as a few honest lines written on the day. Log a setback with{' '}
        <kbd>{shortcutLabel('N')}</kbd> or the <strong>Log a setback</strong> button. Good ones to keep:
      </p>
      <ul className="examples">
        <li>A call you would make differently now: a hire, a vendor, a trade-off.</li>
        <li>A plan that missed: a deadline, a budget, a number you promised.</li>
        <li>A calculated risk that did not pay off, where the stakes were real.</li>
        <li>A decision you defended too long before you changed course.</li>
      </ul>
      <p className="muted">
        Two sentences and one number are enough for now: what happened, and what it cost. Why it happened and what you
        learned can wait for a calmer day.
      </p>
    </section>
  );
}
