import type { DiffPart } from '../../shared/revision-diff';

/** What changed in each field: removed words struck through, added words underlined. */
export function RevisionDiffView({ fields }: { fields: { label: string; parts: DiffPart[] }[] }) {
  if (fields.length === 0) return <p className="muted">Same text as now.</p>;
  return (
    <dl className="revision-diff">
      {fields.map((field) => (
        <div key={field.label}>
          <dt>{field.label}</dt>
          <dd>
            {field.parts.map((part, index) =>
              part.kind === 'same' ? (
                <span key={index}>{part.text}</span>
              ) : part.kind === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <ins key={index}>{part.text}</ins>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
