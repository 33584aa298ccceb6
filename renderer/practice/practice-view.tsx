import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { countWords, speakingSeconds } from '../../shared/coach/speaking';
import type { PracticeRunFields } from '../../shared/practice';
import { formatClock } from '../../shared/practice-time';
import type { Story } from '../../shared/story';
import { storyParts } from '../../shared/story-parts';
import { useNotify } from '../app/notices';
import { practiceRunRepository } from '../db/practice-access';
import { usePracticeRuns } from '../db/use-practice-runs';
import { ChoiceGroup } from '../ui/choice-group';
import { CueCards } from './cue-cards';
import { FollowUpDrill } from './follow-up-drill';
import { pendingRunOf, type PendingRun } from './pending-run';
import { PracticeLog } from './practice-log';
import { PracticeTimer } from './practice-timer';
import { RunForm } from './run-form';
import { StoryReading } from './story-reading';
import { useDrill } from './use-drill';
import { usePracticeKeys } from './use-practice-keys';
import { usePracticeTimer } from './use-practice-timer';
import { useStoredRun } from './use-stored-run';

const views = ['story', 'cues'] as const;
type View = (typeof views)[number];
const viewLabels: Record<View, string> = { story: 'Full story', cues: 'Cue cards' };

/** Practice mode for one story: the text or its cue cards, the timer, the self-rating, the drill and the log. */
export function PracticeView({ story }: { story: Story }) {
  const notify = useNotify();
  const [view, setView] = useState<View>('story');
  const timer = usePracticeTimer();
  const [stopped, setStopped] = useState(false);
  const [pending, setPending] = useState<PendingRun | null>(null);
  const stored = useStoredRun(story.id, pending, setPending);
  const drill = useDrill(story.followUps);
  const runs = usePracticeRuns(story.id);
  const timerButton = useRef<HTMLButtonElement>(null);
  const words = useMemo(() => storyParts.reduce((sum, part) => sum + countWords(story[part]), 0), [story]);

  const toggleTimer = useCallback(() => {
    if (!timer.running) {
      timer.start();
      setStopped(false);
      return;
    }
    const finished = timer.stop();
    if (!finished) return;
    setStopped(true);
    setPending((earlier) => pendingRunOf(finished.startedAt, finished.seconds, earlier));
  }, [timer]);
  usePracticeKeys({ toggleTimer, previousQuestion: drill.previous, nextQuestion: drill.next });

  const afterRun = () => {
    setPending(null);
    void stored.forget();
    timerButton.current?.focus();
  };
  const save = async (fields: PracticeRunFields) => {
    if (!pending) return;
    await practiceRunRepository.add(story.id, new Date(pending.startedAt), fields);
    afterRun();
    notify({ message: `Saved the run of ${formatClock(fields.durationSeconds)} to the practice log.` });
  };
  const discard = () => {
    const discarded = pending;
    afterRun();
    notify({
      message: 'Discarded the run.',
      action: { label: 'Undo', run: () => setPending((current) => current ?? discarded) },
    });
  };

  return (
    <div className="practice-layout">
      <header className="practice-top">
        <div className="page-header practice-header">
          <Link href={`/stories/${story.id}`} className="back-link">
            ← Back to the story
          </Link>
          <ChoiceGroup
            label="View"
            className="view-choice"
            options={views}
            labels={viewLabels}
            value={view}
            onChange={setView}
          />
        </div>
        <p className="practice-kicker">Practice</p>
        <h1 className="practice-title">{story.title}</h1>
        <p className="muted practice-estimate">
          {words} words · about {formatClock(speakingSeconds(story))} at an unhurried pace. Tell it, don’t read it:
          glance down, then look up.
        </p>
      </header>
      {/* Before the text in the page's order, so Start is the first stop after the view. */}
      <aside className="practice-aside" aria-label="Timer and rating">
        <PracticeTimer
          running={timer.running}
          seconds={timer.seconds}
          stopped={stopped}
          onToggle={toggleTimer}
          buttonRef={timerButton}
        />
        {pending && (
          <RunForm run={pending} onChange={setPending} onSave={save} onDiscard={discard} draftError={stored.error} />
        )}
      </aside>
      <div className="practice-main">
        <section className="practice-text" aria-label={view === 'story' ? 'The story' : 'Cue cards'}>
          {view === 'story' ? <StoryReading story={story} /> : <CueCards story={story} />}
        </section>
        <FollowUpDrill drill={drill} storyId={story.id} />
        <PracticeLog runs={runs} />
      </div>
    </div>
  );
}
