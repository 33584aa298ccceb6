import { useMemo } from 'react';
import { useSearch } from 'wouter';
import { parsePrintQuery } from '../../shared/print-request';
import { parseRedactions, redactor } from '../../shared/redact';
import { PrintFrame, PrintProblem } from './print-frame';
import { CueCard, StorySheet } from './story-sheet';
import { usePrintState, type PrintState } from './use-print-state';
import { useStoriesById } from '../db/use-stories';

/** `#/stories/<id>/print`: one story as a one-page interview sheet, or a cue card. */
export function StoryPrintPage({ id }: { id: string }) {
  const search = useSearch();
  const { options } = useMemo(() => parsePrintQuery(search), [search]);
  const redact = useMemo(() => redactor(parseRedactions(options.redactions)), [options]);
  const stories = useStoriesById([id]);
  const story = stories?.[0];
  const status: PrintState =
    stories === undefined
      ? { state: 'loading' }
      : !story
        ? { state: 'error', message: 'This story no longer exists, so it cannot be exported.' }
        : story.deletedAt !== null
          ? { state: 'error', message: 'This story is in the Trash: restore it before exporting it.' }
          : { state: 'ready', title: redact(story.title) };
  usePrintState(status);
  const back = { backHref: `/stories/${id}?`, backLabel: 'Back to the story' };
  if (status.state === 'error') return <PrintProblem message={status.message} {...back} />;
  if (!story) return null;
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
