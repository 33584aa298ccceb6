import { useState } from 'react';
import { useStory } from '../db/use-stories';
import { coachClient } from './coach-client';
import { RecordPage } from '../records/record-page';
import { StoryEditor } from './story-editor';

const notFound = {
  title: 'Story not found',
  text: 'It may have been deleted.',
  backHref: '/stories',
  backLabel: 'See all stories',
};

/** `#/stories/<id>`: one story in the workshop. */
export function StoryPage({ id }: { id: string }) {
  // The coach's model loads while the story is read, not after.
  useState(() => coachClient.warmUp());
  const story = useStory(id);
  return (
    <RecordPage
      record={story}
      notFound={notFound}
      editor={(record, key, onRestored) => <StoryEditor key={key} story={record} onRestored={onRestored} />}
    />
  );
}
