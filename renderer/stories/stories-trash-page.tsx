import { Link } from 'wouter';
import { storyRepository } from '../db/repositories';
import { useStoryTrash } from '../db/use-stories';
import { TrashList } from '../records/trash-list';

/** `#/stories/trash`: stories moved to the Trash. */
export function StoriesTrashPage() {
  const trashed = useStoryTrash();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Stories in the Trash</h1>
        <div className="page-tools">
          <Link href="/stories" className="button quiet">
            Back to stories
          </Link>
        </div>
      </header>
      <TrashList items={trashed} noun="story" label="Stories in the Trash" repository={storyRepository} />
    </div>
  );
}
