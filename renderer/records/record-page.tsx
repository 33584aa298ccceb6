import { useCallback, useState, type ReactNode } from 'react';
import { Link } from 'wouter';

interface RecordPageProps<R extends { id: string; updatedAt: string }> {
  /** The record from its live query: undefined while loading, null when there is none. */
  record: R | null | undefined;
  notFound: { title: string; text: string; backHref: string; backLabel: string };
  /** The editor; `key` starts it afresh after a restore, `onRestored` asks for that. */
  editor: (record: R, key: string, onRestored: (updatedAt: string) => void) => ReactNode;
}

/**
 * A setback's or story's page: "Opening…" while it loads, a plain message when it is gone,
 * else its editor. A version restored from History replaces the text the editor holds, so
 * a fresh editor shows it once the live query has caught up with the restore.
 */
export function RecordPage<R extends { id: string; updatedAt: string }>({
  record,
  notFound,
  editor,
}: RecordPageProps<R>) {
  const [restored, setRestored] = useState({ generation: 0, updatedAt: '' });
  // Stable, so the editor's memoized History section is not re-rendered by every save.
  const onRestored = useCallback(
    (updatedAt: string) => setRestored(({ generation }) => ({ generation: generation + 1, updatedAt })),
    [],
  );
  if (record === undefined || (record !== null && record.updatedAt < restored.updatedAt)) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening…</p>
      </div>
    );
  }
  if (record === null) {
    return (
      <div className="page">
        <h1>{notFound.title}</h1>
        <p>
          {notFound.text} <Link href={notFound.backHref}>{notFound.backLabel}</Link>
        </p>
      </div>
    );
  }
  return editor(record, `${record.id}-${restored.generation}`, onRestored);
}
