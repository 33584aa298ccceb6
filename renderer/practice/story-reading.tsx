import { Link } from 'wouter';
import type { Story } from '../../shared/story';
import { storyPartLabels, storyParts } from '../../shared/story-parts';

/** A part's text as paragraphs, split where the person left a blank line. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}

/** The story as it will be told, part by part in the formula's order, in large reading type. */
export function StoryReading({ story }: { story: Story }) {
  const parts = storyParts.filter((part) => story[part].trim() !== '');
  if (parts.length === 0)
    return (
      <p className="practice-empty">
        This story has no text yet. <Link href={`/stories/${story.id}`}>Write it on the story page</Link>, then come
        back to rehearse it.
      </p>
    );
  return (
    <div className="story-reading">
      {parts.map((part) => (
        <section key={part} className="reading-part" aria-labelledby={`reading-${part}`}>
          <h2 id={`reading-${part}`} className="part-label">
            {storyPartLabels[part]}
          </h2>
          <Paragraphs text={story[part]} />
        </section>
      ))}
    </div>
  );
}
