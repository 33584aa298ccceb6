import { Link, useLocation } from 'wouter';
import type { Entry } from '../../shared/entry';
import { reflectionStateOf } from '../../shared/reflection-state';
import { useNotify } from '../app/notices';
import { storyRepository } from '../db/repositories';
import { describeSaveError } from '../db/storage-errors';
import { useStoriesForEntry } from '../db/use-stories';
import './journal.css';

/** "Promote to story", and the stories this setback already feeds. */
export function EntryStories({ entry, beforePromote }: { entry: Entry; beforePromote: () => Promise<void> }) {
  const stories = useStoriesForEntry(entry.id);
  const [, navigate] = useLocation();
  const notify = useNotify();
  const waiting = reflectionStateOf(entry) === 'waiting';

  async function promote() {
    try {
      await beforePromote();
      const story = await storyRepository.promote([entry.id]);
      navigate(`/stories/${story.id}`);
    } catch (error) {
      notify({ message: describeSaveError(error) });
    }
  }

  return (
    <section className="card" aria-labelledby="entry-stories-heading">
      <h2 id="entry-stories-heading" className="section-heading">
        Interview stories
      </h2>
      {stories.length > 0 ? (
        <ul className="linked-stories">
          {stories.map((story) => (
            <li key={story.id}>
              <Link href={`/stories/${story.id}`}>{story.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {waiting
            ? 'Reflect first: a story needs why it happened, what you did and what you learned.'
            : 'When the reflection feels honest and specific, turn it into an interview answer.'}
        </p>
      )}
      {entry.deletedAt === null && (
        <button type="button" className={waiting ? 'quiet' : 'primary'} onClick={() => void promote()}>
          Promote to story
        </button>
      )}
    </section>
  );
}
