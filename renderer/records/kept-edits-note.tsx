import type { RecordNoun } from './trashable';

/** Says that edits which could not be saved when the record was left are back in its form. */
export function KeptEditsNote({ record, changedSince }: { record: RecordNoun; changedSince: boolean }) {
  return (
    <div className="banner" role="note">
      <span>
        Your changes that could not be saved when you left this {record} are back in the form.
        {changedSince && ' It had changed since then: that version is kept in History.'}
      </span>
    </div>
  );
}
