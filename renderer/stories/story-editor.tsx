import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { appendSentence } from '../../shared/check-in-words';
import { countWords, speakingSeconds } from '../../shared/coach/speaking';
import { storyStatusLabels, storyStatuses, type Story } from '../../shared/story';
import { storyParts, type StoryPart } from '../../shared/story-parts';
import { storyRepository } from '../db/repositories';
import type { StoryPatch } from '../db/story-repository';
import { ChoiceGroup } from '../ui/choice-group';
import { TextField } from '../ui/text-field';
import { platform } from '../platform';
import { useDesktopCommand } from '../desktop/command-registry';
import { createKeptEdits } from '../records/kept-edits';
import { RecordHeader } from '../records/record-header';
import { useRecordEditor } from '../records/use-record-editor';
import { RevisionHistory } from '../revisions/revision-history';
import { CoachPanel } from './coach-panel';
import { useCoachReview } from './use-coach-review';
import { ExportDialog } from './export-dialog';
import { FollowUpsEditor } from './follow-ups-editor';
import { SpeakingTime } from './speaking-time';
import { checkStoryDraft, storyDraftOf, type StoryDraft } from './story-draft';
import { StoryPartField } from './story-part-field';
import { StorySources } from './story-sources';
import './stories.css';

/** Drafts a story's editor could not store when it closed, until it opens again. */
const keptStoryEdits = createKeptEdits<StoryDraft>();

/** Edits one story, with the coach reviewing it as the person types. */
export function StoryEditor({ story, onRestored }: { story: Story; onRestored?: (updatedAt: string) => void }) {
  const [exporting, setExporting] = useState(false);
  // Keyed by the ids' text: each live read of the story brings a new array, and a new
  // patch for an invalid draft would look like a change and be saved again (over edits made
  // elsewhere) every time the story is read.
  const entryIdsKey = story.entryIds.join('\n');
  const check = useCallback(
    (draft: StoryDraft) => checkStoryDraft(draft, entryIdsKey === '' ? [] : entryIdsKey.split('\n')),
    [entryIdsKey],
  );
  const save = useCallback(
    (patch: StoryPatch, basedOn: string) => storyRepository.update(story.id, patch, basedOn),
    [story.id],
  );
  const editor = useRecordEditor({
    record: story,
    kept: keptStoryEdits,
    draftOf: () => storyDraftOf(story),
    check,
    save,
    onRestored,
  });
  const { draft, setDraft, autosave, trashed, checked } = editor;
  // File → Export PDF: what the page's own button does.
  useDesktopCommand('export-pdf', () => setExporting(true), !trashed);
  // The coach reads in its worker once typing pauses, so typing never waits for a review.
  const reading = useCoachReview(draft);
  const deferred = useDeferredValue(draft);
  const words = useMemo(() => storyParts.reduce((sum, part) => sum + countWords(deferred[part]), 0), [deferred]);
  const seconds = useMemo(() => speakingSeconds(deferred), [deferred]);

  const update = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // Highlights only over text the review read: a part typed since waits for the next one.
  const findingsFor = (part: StoryPart) =>
    reading.review && reading.reviewed[part] === draft[part]
      ? reading.review.findings.filter((finding) => finding.part === part)
      : [];
  const [, navigate] = useLocation();
  const { flush } = autosave;
  const actions = useMemo(
    () => (
      <div className="story-actions">
        <button
          type="button"
          // Saved first, so practice reads the words just typed; a failed save is shown here and the text stays.
          onClick={() =>
            void flush().then(
              () => navigate(`/practice/${story.id}`),
              () => undefined,
            )
          }
        >
          Practice
        </button>
        <button type="button" className="primary" onClick={() => setExporting(true)}>
          Export PDF
        </button>
      </div>
    ),
    [flush, navigate, story.id],
  );

  return (
    <div className="story-layout">
      <article className="story-main" aria-labelledby="story-heading">
        <RecordHeader
          record={story}
          noun="story"
          repository={storyRepository}
          listHref="/stories"
          listLabel="Story list"
          trashHref="/stories/trash"
          headingId="story-heading"
          saveState={autosave.state}
          saveError={autosave.error}
          invalid={editor.invalid}
          keptEdits={editor.keptEdits}
          flush={autosave.flush}
          actions={actions}
        />
        <ExportDialog
          story={story}
          open={exporting}
          onClose={() => setExporting(false)}
          beforeExport={autosave.flush}
          desktop={platform.kind === 'desktop'}
        />
        <fieldset className="entry-form" disabled={trashed}>
          <section className="card" aria-labelledby="story-about-heading">
            <h2 id="story-about-heading" className="visually-hidden">
              About this story
            </h2>
            <TextField
              label="Title"
              className="title-field"
              value={draft.title}
              onChange={(value) => update('title', value)}
              error={checked.errors['title']}
            />
            <div className="field-row">
              <TextField
                label="Target role"
                value={draft.targetRole}
                onChange={(value) => update('targetRole', value)}
                error={checked.errors['targetRole']}
                placeholder="Engineering manager"
              />
              <TextField
                label="Company"
                value={draft.targetCompany}
                onChange={(value) => update('targetCompany', value)}
                error={checked.errors['targetCompany']}
              />
              <ChoiceGroup
                label="Status"
                options={storyStatuses}
                labels={storyStatusLabels}
                value={draft.status}
                onChange={(value) => update('status', value)}
              />
            </div>
          </section>
          <section className="card" aria-labelledby="story-parts-heading">
            <h2 id="story-parts-heading" className="section-heading">
              The story
            </h2>
            <SpeakingTime words={words} seconds={seconds} />
            {storyParts.map((part) => (
              <StoryPartField
                key={part}
                part={part}
                value={draft[part]}
                onChange={(value) => update(part, value)}
                findings={findingsFor(part)}
                error={checked.errors[part]}
                readOnly={trashed}
                keyPhrases={draft.keyPhrases.filter((phrase) => phrase.part === part).map((phrase) => phrase.text)}
                onKeyPhrasesChange={(texts) =>
                  update('keyPhrases', [
                    ...draft.keyPhrases.filter((phrase) => phrase.part !== part),
                    ...texts.map((text) => ({ part, text })),
                  ])
                }
              />
            ))}
          </section>
          <FollowUpsEditor
            followUps={draft.followUps}
            onChange={(value) => update('followUps', value)}
            errors={checked.errors}
            readOnly={trashed}
          />
        </fieldset>
        <StorySources
          story={story}
          readOnly={trashed}
          learned={draft.whatILearned}
          onAddToLearned={(sentence) => update('whatILearned', appendSentence(draft.whatILearned, sentence))}
        />
        {!trashed && (
          <RevisionHistory kind="story" id={story.id} beforeRestore={autosave.flush} onRestored={editor.onRestored} />
        )}
      </article>
      <CoachPanel reading={reading} />
    </div>
  );
}
