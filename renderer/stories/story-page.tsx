import { useState } from 'react';
import { Link } from 'wouter';
import { useStory } from '../db/use-stories';
import { StoryEditor } from './story-editor';

/** `#/stories/<id>`: one story in the workshop. */
export function StoryPage({ id }: { id: string }) {
  const story = useStory(id);
  // A restored version replaces the editor's text: a fresh editor shows it once the live
  // query has caught up with the restore.
  const [restored, setRestored] = useState({ generation: 0, updatedAt: '' });
  if (story === undefined || (story !== null && story.updatedAt < restored.updatedAt)) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Opening…</p>
      </div>
    );
  }
  if (story === null) {
    return (
      <div className="page">
        <h1>Story not found</h1>
        <p>
          It may have been deleted. <Link href="/stories">See all stories</Link>
        </p>
      </div>
    );
  }
  return (
    <StoryEditor
      key={`${story.id}-${restored.generation}`}
      story={story}
      onRestored={(updatedAt) => setRestored(({ generation }) => ({ generation: generation + 1, updatedAt }))}
    />
  );
}
