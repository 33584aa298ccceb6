import { useState } from 'react';
import { Link } from 'wouter';
import { deeperPromptLabels, deeperPrompts } from '../../shared/deeper-prompts';
import type { Story } from '../../shared/story';
import { useNotify } from '../app/notices';
import { storyRepository } from '../db/repositories';
import { describeSaveError } from '../db/storage-errors';
import { useCheckInsOf } from '../db/use-check-ins';
import { useLinkableEntries, useStorySources } from '../db/use-stories';
import { formatDay } from '../ui/format';
import { SourceCheckIns } from './source-check-ins';

interface StorySourcesProps {
  story: Story;
  readOnly: boolean;
  /** The story's "What I learned" in the editor, and a way to add to it (check-ins as evidence). */
  learned?: string;
  onAddToLearned?: (sentence: string) => void;
}

/** The setbacks a story grew from, with their raw text to refer to while editing. */
export function StorySources({ story, readOnly, learned = '', onAddToLearned }: StorySourcesProps) {
  const sources = useStorySources(story);
  const checkIns = useCheckInsOf(story.entryIds);
  const linkable = useLinkableEntries(story);
  const [choice, setChoice] = useState('');
  const notify = useNotify();
  const run = (action: Promise<unknown>) =>
    action.catch((error: unknown) => notify({ message: describeSaveError(error) }));
  const trashedCount = sources?.filter((entry) => entry.deletedAt !== null).length ?? 0;

  return (
    <section className="card sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-heading">
        From your journal
      </h2>
      {trashedCount > 0 && (
        <p className="banner" role="note">
          {trashedCount === 1 ? 'One setback behind this story is' : `${trashedCount} setbacks behind this story are`}{' '}
          in the Trash. The story keeps its own text and still works.
        </p>
      )}
      <ul className="source-list">
        {sources?.map((entry) => (
          <li key={entry.id} className="source">
            <details>
              <summary>
                <span className="entry-title">{entry.title}</span>{' '}
                <span className="muted">
                  {formatDay(entry.occurredOn)}
                  {entry.deletedAt !== null && ' · in the Trash'}
                </span>
              </summary>
              <dl className="source-text">
                {[
                  ['What happened', entry.whatHappened],
                  ['Why it happened', entry.reflection.whyItHappened],
                  ['What I did', entry.reflection.whatIDid],
                  ['What I learned', entry.reflection.whatILearned],
                  ['What I changed since', entry.reflection.whatIChanged],
                  ...deeperPrompts.map((part) => [deeperPromptLabels[part], entry.reflection[part] ?? '']),
                ]
                  .filter(([, text]) => text)
                  .map(([label, text]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{text}</dd>
                    </div>
                  ))}
              </dl>
              <p className="source-actions">
                <Link href={`/journal/${entry.id}`}>Open the setback</Link>
                {!readOnly && story.entryIds.length > 1 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void run(storyRepository.unlinkEntry(story.id, entry.id))}
                  >
                    Unlink from this story
                  </button>
                )}
              </p>
            </details>
            <SourceCheckIns
              answers={checkIns.filter((answer) => answer.entryId === entry.id)}
              learned={learned}
              onAdd={readOnly ? undefined : onAddToLearned}
            />
          </li>
        ))}
      </ul>
      {!readOnly && linkable.length > 0 && (
        <form
          className="link-entry"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) void run(storyRepository.linkEntry(story.id, choice)).then(() => setChoice(''));
          }}
        >
          <label htmlFor="link-entry">Add another setback to this story</label>
          <select id="link-entry" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose a setback…</option>
            {linkable.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
          <button type="submit" className="quiet" disabled={!choice}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
