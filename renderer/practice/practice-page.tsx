import { Link } from 'wouter';
import { useStory } from '../db/use-stories';
import { PracticeView } from './practice-view';
import './practice.css';

/** `#/practice/<storyId>`: rehearse one story aloud, against the clock. */
export function PracticePage({ id }: { id: string }) {
  const story = useStory(id);
  if (story === undefined)
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening…</p>
      </div>
    );
  if (story === null)
    return (
      <div className="page">
        <h1>Story not found</h1>
        <p>
          It may have been deleted. <Link href="/stories">See all stories</Link>
        </p>
      </div>
    );
  if (story.deletedAt !== null)
    return (
      <div className="page">
        <h1>{story.title}</h1>
        <p className="banner" role="note">
          <span>This story is in the Trash. Restore it to practise it.</span>
          <Link href="/stories/trash">Go to the Trash</Link>
        </p>
      </div>
    );
  return <PracticeView story={story} />;
}
