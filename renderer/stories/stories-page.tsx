import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { CoachReview } from '../../shared/coach/review-schema';
import { storyStatusLabels, type Story } from '../../shared/story';
import { practiceReadinessOf, type PracticeSummary } from '../../shared/practice-readiness';
import { usePracticeSummaries } from '../db/use-practice-runs';
import { useStories } from '../db/use-stories';
import { platform } from '../platform';
import { PackDialog } from './pack-dialog';
import { useCoachReviews } from './use-coach-review';
import './stories.css';

interface StoryRowProps {
  story: Story;
  review: CoachReview | undefined;
  practice: PracticeSummary | undefined;
  now: Date;
}

function StoryRow({ story, review, practice, now }: StoryRowProps) {
  // The coach's findings and the practice log together: what is left before the interview.
  const readiness = useMemo(
    () => (review && practice ? practiceReadinessOf(review, practice, now) : null),
    [review, practice, now],
  );
  const target = [story.targetRole, story.targetCompany].filter(Boolean).join(' at ');
  return (
    <li className="entry-row">
      <Link href={`/stories/${story.id}`} className="entry-link">
        <span className="entry-title">{story.title}</span>
        <span className="entry-meta">
          <span className={`state state-${story.status === 'ready' ? 'reflected' : 'in-progress'}`}>
            {storyStatusLabels[story.status]}
          </span>
          {readiness && <span className={readiness.ready ? 'readiness ready' : 'readiness'}>{readiness.label}</span>}
          {target && <span>{target}</span>}
          <span>{story.entryIds.length === 1 ? 'From 1 setback' : `From ${story.entryIds.length} setbacks`}</span>
        </span>
      </Link>
    </li>
  );
}

/** `#/stories`: the interview stories promoted from reflected setbacks. */
export function StoriesPage() {
  const stories = useStories();
  const reviews = useCoachReviews(stories);
  const practice = usePracticeSummaries(stories?.map((story) => story.id));
  // "3 weeks ago" is counted from when the list opened.
  const [now] = useState(() => new Date());
  const [packing, setPacking] = useState(false);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Stories</h1>
        {stories && stories.length > 0 && (
          <button type="button" className="primary" onClick={() => setPacking(true)}>
            Export interview pack
          </button>
        )}
        <Link href="/stories/trash" className="button quiet">
          Trash
        </Link>
      </header>
      {stories === undefined ? null : stories.length === 0 ? (
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
          {stories.map((story, index) => (
            <StoryRow
              key={story.id}
              story={story}
              review={reviews?.[index]}
              practice={practice?.get(story.id)}
              now={now}
            />
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
