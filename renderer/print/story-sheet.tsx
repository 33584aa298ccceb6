import { countWords, speakingSeconds } from '../../shared/coach/speaking';
import { firstSentences } from '../../shared/promote';
import type { PrintOptions } from '../../shared/print-request';
import type { Story } from '../../shared/story';
import { storyPartLabels, storyParts, type StoryPart } from '../../shared/story-parts';

const formulaParts = ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'] as const;

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

function spokenLength(story: Story): string {
  const seconds = speakingSeconds(story);
  const words = storyParts.reduce((sum, part) => sum + countWords(story[part]), 0);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${words} words · about ${minutes > 0 ? `${minutes} min ` : ''}${rest} s spoken`;
}

interface StorySheetProps {
  story: Story;
  options: PrintOptions;
  redact: (text: string) => string;
  /** Heading level of the story title: 1 alone, 2 inside a pack. */
  level: 1 | 2;
}

/** One story as an interview sheet: title block, the four parts, the role, the follow-ups. */
export function StorySheet({ story, options, redact, level }: StorySheetProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Heading = level === 1 ? 'h2' : 'h3';
  const target = [story.targetRole, story.targetCompany].map(redact).filter(Boolean).join(' · ');
  const followUps = options.includeFollowUps ? story.followUps.filter((followUp) => followUp.question.trim()) : [];
  return (
    <article className="sheet">
      <header className="sheet-header">
        <p className="sheet-kicker">Tell me about a time you failed</p>
        <Title className="sheet-title">{redact(story.title)}</Title>
        <p className="sheet-meta">
          {target && <span>{target} · </span>}
          <span>{spokenLength(story)}</span>
        </p>
      </header>
      {formulaParts
        .filter((part) => story[part].trim())
        .map((part) => (
          <section key={part} className="sheet-section">
            <Heading>{storyPartLabels[part]}</Heading>
            <Paragraphs text={redact(story[part])} />
          </section>
        ))}
      {story.roleConnection.trim() && (
        <section className="sheet-section role">
          <Heading>{storyPartLabels.roleConnection}</Heading>
          <Paragraphs text={redact(story.roleConnection)} />
        </section>
      )}
      {followUps.length > 0 && (
        <section className="sheet-section follow-ups-print">
          <Heading>If they dig deeper</Heading>
          <dl>
            {followUps.map((followUp, index) => (
              <div key={index} className="follow-up-print">
                <dt>{redact(followUp.question)}</dt>
                <dd>{followUp.answer.trim() ? redact(followUp.answer) : <em>No answer prepared yet.</em>}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}

/** The phrases a cue card shows for a part: the marked ones, or its first sentence. */
function cuesFor(story: Story, part: StoryPart): string[] {
  const marked = (story.keyPhrases ?? []).filter((phrase) => phrase.part === part).map((phrase) => phrase.text);
  if (marked.length > 0) return marked;
  const opening = firstSentences(story[part], 1);
  return opening ? [opening] : [];
}

/** The cue card: the four parts reduced to key phrases, in large type, for a last look. */
export function CueCard({ story, redact, level }: Omit<StorySheetProps, 'options'>) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Heading = level === 1 ? 'h2' : 'h3';
  return (
    <article className="sheet cue-card">
      <header className="sheet-header">
        <p className="sheet-kicker">Cue card</p>
        <Title className="sheet-title">{redact(story.title)}</Title>
      </header>
      {[...formulaParts, 'roleConnection' as const]
        .map((part) => ({ part, cues: cuesFor(story, part) }))
        .filter(({ cues }) => cues.length > 0)
        .map(({ part, cues }) => (
          <section key={part} className="sheet-section">
            <Heading>{storyPartLabels[part]}</Heading>
            <ul>
              {cues.map((cue) => (
                <li key={cue}>{redact(cue)}</li>
              ))}
            </ul>
          </section>
        ))}
    </article>
  );
}
