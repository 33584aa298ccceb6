import type { Finding } from '../../shared/coach/review-schema';

interface Segment {
  text: string;
  finding?: Finding;
}

/** Cuts `text` into plain and highlighted runs; overlapping findings keep the first. */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .filter((finding) => finding.end > finding.start && finding.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const finding of spans) {
    if (finding.start < cursor) continue;
    if (finding.start > cursor) segments.push({ text: text.slice(cursor, finding.start) });
    const end = Math.min(finding.end, text.length);
    segments.push({ text: text.slice(finding.start, end), finding });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

interface HighlightedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  describedBy?: string | undefined;
  invalid?: boolean;
  readOnly?: boolean;
}

/**
 * A textarea with the coach's findings marked in place: a backdrop with the same text
 * and metrics sits behind a transparent textarea, so marks line up with what is typed.
 * Everything is rendered as text; nothing the person wrote is parsed as markup.
 */
export function HighlightedTextarea(props: HighlightedTextareaProps) {
  return (
    <div className="highlighted">
      <div className="highlighted-backdrop" aria-hidden="true">
        {segmentsOf(props.value, props.findings).map((segment, index) =>
          segment.finding ? (
            <mark key={index} className={`mark-${segment.finding.severity}`} title={segment.finding.message}>
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
        {'\n'}
      </div>
      <textarea
        id={props.id}
        value={props.value}
        readOnly={props.readOnly}
        autoComplete="off"
        spellCheck
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
