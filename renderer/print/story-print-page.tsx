import { useMemo } from 'react';
import { parseRedactions, redactor } from '../../shared/redact';
import { PrintFrame, PrintProblem } from './print-frame';
import { PrintSource, type PrintContent } from './print-source';
import { CueCard, StorySheet } from './story-sheet';
import { usePrintState, type PrintState } from './use-print-state';

/** `#/stories/<id>/print`: one story as a one-page interview sheet, or a cue card. */
export function StoryPrintPage({ id }: { id: string }) {
  return <PrintSource storyId={id}>{(content) => <StoryPrintDocument id={id} content={content} />}</PrintSource>;
}

function StoryPrintDocument({ id, content }: { id: string; content: PrintContent }) {
  const options = content.state === 'loaded' ? content.options : undefined;
  const redact = useMemo(() => redactor(parseRedactions(options?.redactions ?? [])), [options]);
  const story = content.state === 'loaded' ? content.stories?.[0] : undefined;
  const status: PrintState =
    content.state === 'failed'
      ? { state: 'error', message: content.message }
      : content.stories === undefined
        ? { state: 'loading' }
        : !story
          ? { state: 'error', message: 'This story no longer exists, so it cannot be exported.' }
          : story.deletedAt !== null
            ? { state: 'error', message: 'This story is in the Trash: restore it before exporting it.' }
            : { state: 'ready', title: redact(story.title) };
  usePrintState(status);
  const back = { backHref: `/stories/${id}?`, backLabel: 'Back to the story' };
  if (status.state === 'error') return <PrintProblem message={status.message} {...back} />;
  if (!story || !options) return null;
  return (
    <PrintFrame pageSize={options.pageSize} {...back}>
      {options.variant === 'cue-card' ? (
        <CueCard story={story} redact={redact} level={1} />
      ) : (
        <StorySheet story={story} options={options} redact={redact} level={1} />
      )}
    </PrintFrame>
  );
}
