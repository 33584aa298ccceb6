import { Link } from 'wouter';
import type { Story } from '../../shared/story';
import { storyPartLabels, storyParts } from '../../shared/story-parts';

/**
 * Only the key phrases the person marked, part by part, in large type: enough to find the
 * thread of the story without reading it out.
 */
export function CueCards({ story }: { story: Story }) {
  const phrases = story.keyPhrases ?? [];
  const cards = storyParts
    .map((part) => ({ part, cues: phrases.filter((phrase) => phrase.part === part).map((phrase) => phrase.text) }))
    .filter(({ cues }) => cues.length > 0);
  if (cards.length === 0)
    return (
      <div className="practice-empty">
        <p>
          <strong>No key phrases marked yet.</strong> Cue cards show only the phrases you choose, so you tell the story
          instead of reading it.
        </p>
        <p>
          On <Link href={`/stories/${story.id}`}>the story page</Link>, select a few words in a part, such as the number
          that shows the impact or the habit you changed, and choose <em>Mark selection as key phrase</em>.
        </p>
      </div>
    );
  return (
    <div className="cue-cards">
      {cards.map(({ part, cues }) => (
        <section key={part} className="cue-card-part" aria-labelledby={`cues-${part}`}>
          <h2 id={`cues-${part}`} className="part-label">
            {storyPartLabels[part]}
          </h2>
          <ul>
            {cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
