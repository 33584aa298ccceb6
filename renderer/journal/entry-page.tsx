import { useEntry } from '../db/use-entries';
import { useCoachWarmUp } from '../stories/coach-client';
import { RecordPage } from '../records/record-page';
import { EntryEditor } from './entry-editor';

const notFound = {
  title: 'Setback not found',
  text: 'It may have been deleted for good.',
  backHref: '/journal',
  backLabel: 'Back to the journal',
};

/** `#/journal/<id>`: one setback, its capture fields and its reflection. */
export function EntryPage({ id }: { id: string }) {
  const entry = useEntry(id);
  useCoachWarmUp();
  return (
    <RecordPage
      record={entry}
      notFound={notFound}
      editor={(record, key, onRestored) => <EntryEditor key={key} entry={record} onRestored={onRestored} />}
    />
  );
}
