import { Link } from 'wouter';
import { useTrashAction, type RecordNoun, type Trashable } from './trashable';

interface TrashedBannerProps {
  record: { id: string; title: string };
  noun: RecordNoun;
  repository: Trashable;
  trashHref: string;
}

/** Shown on a setback or story in the Trash: it is read-only until restored. */
export function TrashedBanner({ record, noun, repository, trashHref }: TrashedBannerProps) {
  const run = useTrashAction();
  return (
    <div className="banner" role="note">
      <span>This {noun} is in the Trash. Restore it to edit it.</span>
      <button
        type="button"
        className="primary"
        onClick={() => void run(() => repository.restore(record.id), `Restored “${record.title}”.`)}
      >
        Restore
      </button>
      <Link href={trashHref} className="quiet-link">
        Back to the Trash
      </Link>
    </div>
  );
}
