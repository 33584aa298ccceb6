import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { reviewStory } from '../../shared/coach/review-story';
import { storyStatusLabels, type Story } from '../../shared/story';
import { readinessOf } from '../../shared/story-readiness';
import { useNotify } from '../app/notices';
import { storyRepository } from '../db/app-database';
import { describeSaveError } from '../db/storage-errors';
import { useStories, useStoryTrash } from '../db/use-stories';
import { platform } from '../platform';
import { PackDialog } from './pack-dialog';

function StoryRow({ story }: { story: Story }) {
  const readiness = useMemo(() => readinessOf(reviewStory(story)), [story]);
  const target = [story.targetRole, story.targetCompany].filter(Boolean).join(' at ');
  return (
    <li className="entry-row">
      <Link href={`/stories/${story.id}`} className="entry-link">
        <span className="entry-title">{story.title}</span>
        <span className="entry-meta">
          <span className={`state state-${story.status === 'ready' ? 'reflected' : 'in-progress'}`}>
            {storyStatusLabels[story.status]}
          </span>
          <span className={readiness.ready ? 'readiness ready' : 'readiness'}>{readiness.label}</span>
          {target && <span>{target}</span>}
          <span>{story.entryIds.length === 1 ? 'From 1 setback' : `From ${story.entryIds.length} setbacks`}</span>
        </span>
      </Link>
    </li>
  );
}

function StoryTrash() {
  const trashed = useStoryTrash();
  const notify = useNotify();
  if (trashed === undefined) return null;
  if (trashed.length === 0) return <p className="empty-state">The Trash is empty.</p>;
  return (
    <ul className="entry-list trash-list" aria-label="Stories in the Trash">
      {trashed.map((story) => (
        <li key={story.id} className="entry-row trash-row">
          <span className="entry-title">{story.title}</span>
          <span className="row-actions">
            <button
              type="button"
              className="quiet"
              aria-label={`Restore ${story.title}`}
              onClick={() =>
                void storyRepository.restore(story.id).then(
                  () => notify({ message: `Restored “${story.title}”.` }),
                  (error: unknown) => notify({ message: describeSaveError(error) }),
                )
              }
            >
              Restore
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** `#/stories`: the interview stories promoted from reflected setbacks. */
export function StoriesPage() {
  const stories = useStories();
  const [showTrash, setShowTrash] = useState(false);
  const [packing, setPacking] = useState(false);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{showTrash ? 'Stories in the Trash' : 'Stories'}</h1>
        {!showTrash && stories && stories.length > 0 && (
          <button type="button" className="primary" onClick={() => setPacking(true)}>
            Export interview pack
          </button>
        )}
        <button
          type="button"
          className="quiet"
          aria-pressed={showTrash}
          onClick={() => setShowTrash((shown) => !shown)}
        >
          {showTrash ? 'Back to stories' : 'Trash'}
        </button>
      </header>
      {showTrash ? (
        <StoryTrash />
      ) : stories === undefined ? null : stories.length === 0 ? (
        <section className="empty-state">
          <h2>Your interview stories will live here</h2>
          <p>
            Open a setback you have reflected on (why it happened, what you did, what you learned) and choose{' '}
            <strong>Promote to story</strong>. It becomes a draft answer to “Tell me about a time you failed”, shaped as
            What happened, Why it happened, What I did and What I learned, with a coach beside it.
          </p>
        </section>
      ) : (
        <ul className="entry-list" aria-label="Stories">
          {stories.map((story) => (
            <StoryRow key={story.id} story={story} />
          ))}
        </ul>
      )}
      {packing && stories && (
        <PackDialog
          stories={stories}
          open={packing}
          onClose={() => setPacking(false)}
          desktop={platform.kind === 'desktop'}
        />
      )}
    </div>
  );
}
