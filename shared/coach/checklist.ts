/**
 * The eight takeaways as a checklist. Each item is met or not, with a reason that says
 * what to do next, derived from the same findings and signals as the scorecard.
 */
import type { ChecklistId, ChecklistItem } from './review-schema';
import type { StoryContext } from './rules/context';
import { isBlank } from './rules/structure-rules';
import type { KindCounts, StorySignals } from './scorecard';

const labels: Record<ChecklistId, string> = {
  'real-failure': 'A real failure, not a disguised strength',
  specific: 'Specific, not vague or hypothetical',
  ownership: 'Takes ownership instead of blaming',
  'root-cause': 'Explains the root cause',
  'action-in-moment': 'Shows what you did at the time',
  'concrete-learning': 'A concrete lesson, not a slogan',
  'changed-since': 'Shows you have changed since',
  'humble-confident': 'Humble but confident in tone',
};

function item(id: ChecklistId, met: boolean, reason: string): ChecklistItem {
  return { id, label: labels[id], met, reason };
}

/** Builds the eight-item checklist in its fixed order. */
export function buildChecklist(story: StoryContext, n: KindCounts, sig: StorySignals): ChecklistItem[] {
  const what = !isBlank(story.whatHappened);
  const why = !isBlank(story.whyItHappened);
  const did = !isBlank(story.whatIDid);
  const learned = !isBlank(story.whatILearned);

  const realFailure = !what
    ? item('real-failure', false, 'Name the failure in "What happened".')
    : n.humblebrag
      ? item('real-failure', false, 'This reads as a strength in disguise. Choose a miss that had a real cost.')
      : n['unsafe-failure']
        ? item(
            'real-failure',
            false,
            'It is real, but it signals a reliability or integrity risk. A misjudged call makes a safer story.',
          )
        : item('real-failure', true, 'A genuine failure with a real cost.');

  const specific = !what
    ? item('specific', false, 'Write what happened, with one concrete detail of its cost.')
    : n['vague-failure'] || n['no-impact'] || n['vague-cause']
      ? item('specific', false, 'Add the event, its size (time, money, people) and a cause someone could act on.')
      : item('specific', true, 'The failure and its impact are concrete.');

  const owned =
    why && !n.blame && !n['defensive-tone'] && !n.indifference && (sig.explicitOwnership || sig.selfCauseInWhy);
  const ownership = owned
    ? item('ownership', true, 'You own your part without blaming others or circumstances.')
    : item(
        'ownership',
        false,
        n.blame || n['defensive-tone']
          ? 'Replace blame and excuses with what you could have done differently.'
          : 'Say plainly which part was yours ("I should have…", "that was on me").',
      );

  const rootCause =
    why && !n['vague-cause'] && sig.selfCauseInWhy
      ? item('root-cause', true, 'You name the decision or habit of yours that caused it.')
      : item('root-cause', false, 'Explain why it happened in terms of your own assumptions or choices.');

  const action =
    did && !n['passive-action']
      ? item('action-in-moment', true, 'You show the steps you took when it went wrong.')
      : item('action-in-moment', false, 'Describe what you did at the time, in the first person, step by step.');

  const concrete =
    learned && !n['generic-lesson'] && !n['not-learned']
      ? item('concrete-learning', true, 'The lesson is specific to this failure.')
      : item('concrete-learning', false, 'Swap general advice for the specific rule this failure taught you.');

  const changed =
    (learned || did) && sig.changeEvidence && !n['no-change-evidence']
      ? item('changed-since', true, 'You show a new practice and where you have used it.')
      : item('changed-since', false, 'Add what you do differently now and where you have applied it since.');

  const toneIssues =
    (n['defensive-tone'] ?? 0) + (n['self-flagellating'] ?? 0) + (n.indifference ?? 0) + (n.humblebrag ?? 0);
  const tone =
    toneIssues === 0 && (what || why || did || learned)
      ? item('humble-confident', true, 'Calm and self-aware: neither defensive nor devastated.')
      : item(
          'humble-confident',
          false,
          toneIssues > 0
            ? 'Soften the excuses or the self-criticism: state the mistake, own it, and move to what changed.'
            : 'Write the story first; tone is checked as you go.',
        );

  return [realFailure, specific, ownership, rootCause, action, concrete, changed, tone];
}
