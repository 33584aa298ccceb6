import { useMemo } from 'react';
import { parseRedactions, redactor } from '../../shared/redact';
import type { Story } from '../../shared/story';
import { PrintFrame, PrintProblem } from './print-frame';
import { PrintSource, type PrintContent } from './print-source';
import { CueCard, StorySheet } from './story-sheet';
import { usePrintState, type PrintState } from './use-print-state';

/** `#/pack/print?ids=…`: several stories behind a cover with a contents list. */
export function PackPrintPage() {
  return <PrintSource>{(content) => <PackPrintDocument content={content} />}</PrintSource>;
}

function PackPrintDocument({ content }: { content: PrintContent }) {
  const loaded = content.state === 'loaded' ? content : undefined;
  const options = loaded?.options;
  const pack = loaded?.pack ?? { company: '', role: '', date: '' };
  const ids = loaded?.ids ?? [];
  const redact = useMemo(() => redactor(parseRedactions(options?.redactions ?? [])), [options]);
  const found = loaded?.stories;
  const stories = found?.filter((story): story is Story => story !== null && story.deletedAt === null);
  const title = ['Interview pack', pack.company && redact(pack.company)].filter(Boolean).join(' · ');
  const status: PrintState =
    content.state === 'failed'
      ? { state: 'error', message: content.message }
      : found === undefined
        ? { state: 'loading' }
        : ids.length === 0 || stories?.length !== ids.length
          ? {
              state: 'error',
              message: 'Some of these stories are missing or in the Trash, so the pack cannot be made.',
            }
          : { state: 'ready', title };
  usePrintState(status);
  const back = { backHref: '/stories?', backLabel: 'Back to stories' };
  if (status.state === 'error') return <PrintProblem message={status.message} {...back} />;
  if (!stories || !options) return null;
  const details = [pack.role, pack.company].map(redact).filter(Boolean).join(' · ');
  return (
    <PrintFrame pageSize={options.pageSize} {...back}>
      <section className="pack-cover">
        <p className="sheet-kicker">Interview pack</p>
        <h1 className="sheet-title">{details || 'Failure stories'}</h1>
        {pack.date && <p className="sheet-meta">{pack.date}</p>}
        <h2>Contents</h2>
        <ol className="contents">
          {stories.map((story) => (
            <li key={story.id}>{redact(story.title)}</li>
          ))}
        </ol>
      </section>
      {stories.map((story) => (
        <div key={story.id} className="pack-story">
          {options.variant === 'cue-card' ? (
            <CueCard story={story} redact={redact} level={2} />
          ) : (
            <StorySheet story={story} options={options} redact={redact} level={2} />
          )}
        </div>
      ))}
    </PrintFrame>
  );
}
