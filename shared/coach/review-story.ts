/**
 * The coach: a pure, deterministic review of a failure story. No network, no model —
 * just rules derived from how interviewers read the answer, so it runs on every keystroke.
 */
import { storyParts, type StoryPart } from '../story-parts';
import { buildChecklist } from './checklist';
import { severityOf, wordingFor } from './messages';
import { findingKinds, type CoachReview, type Finding, type StoryTextInput } from './review-schema';
import { blame, defensiveTone } from './rules/blame-rules';
import { passiveAction, vagueCause } from './rules/cause-action-rules';
import { preparePart, type RawFinding, type StoryContext } from './rules/context';
import { humblebrag, unsafeFailure, vagueFailure } from './rules/framing-rules';
import { genericLesson, noChangeEvidence, notLearned } from './rules/learning-rules';
import { missingParts, noImpact, noRoleConnection, openingTooLong } from './rules/structure-rules';
import { toneExtremes } from './rules/tone-rules';
import { buildScorecard, countKinds, readSignals } from './scorecard';
import { countWords } from './text';

export { countWords } from './text';

/** Words per minute of a calm interview answer. */
export const SPEAKING_WORDS_PER_MINUTE = 150;

const detectors: ReadonlyArray<(story: StoryContext) => RawFinding[]> = [
  missingParts,
  vagueFailure,
  noImpact,
  openingTooLong,
  blame,
  vagueCause,
  defensiveTone,
  passiveAction,
  genericLesson,
  noChangeEvidence,
  notLearned,
  humblebrag,
  unsafeFailure,
  toneExtremes,
  noRoleConnection,
];

// A part that is present but not text (a caller bug) is reviewed as empty, not thrown on.
function partOf(input: StoryTextInput, part: StoryPart): string {
  const value: unknown = input[part];
  return typeof value === 'string' ? value : '';
}

function prepare(input: StoryTextInput): StoryContext {
  return {
    whatHappened: preparePart('whatHappened', partOf(input, 'whatHappened')),
    whyItHappened: preparePart('whyItHappened', partOf(input, 'whyItHappened')),
    whatIDid: preparePart('whatIDid', partOf(input, 'whatIDid')),
    whatILearned: preparePart('whatILearned', partOf(input, 'whatILearned')),
    roleConnection: preparePart('roleConnection', partOf(input, 'roleConnection')),
  };
}

const partOrder = new Map<StoryPart, number>(storyParts.map((p, i) => [p, i]));
const kindOrder = new Map<string, number>(findingKinds.map((k, i) => [k, i]));

function compare(a: RawFinding, b: RawFinding): number {
  return (
    (partOrder.get(a.part) ?? 0) - (partOrder.get(b.part) ?? 0) ||
    a.start - b.start ||
    (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) ||
    a.end - b.end
  );
}

/** Several patterns can catch the same phrase; the user should see it highlighted once. */
function mergeOverlaps(found: RawFinding[]): RawFinding[] {
  const sorted = [...found].sort(compare);
  const out: RawFinding[] = [];
  for (const f of sorted) {
    const same = out.findLast((o) => o.kind === f.kind && o.part === f.part);
    if (same !== undefined && f.start < same.end) {
      same.end = Math.max(same.end, f.end);
      continue;
    }
    if (same !== undefined && f.start === same.start && f.end === same.end) continue;
    out.push({ ...f });
  }
  return out.sort(compare);
}

// A thin "why" that blames someone is already flagged as blame; "too thin" adds nothing.
function dropRedundant(found: RawFinding[]): RawFinding[] {
  const blamesInWhy = found.some((f) => f.kind === 'blame' && f.part === 'whyItHappened');
  return blamesInWhy ? found.filter((f) => !(f.kind === 'vague-cause' && f.detail === 'short')) : found;
}

function toFinding(f: RawFinding): Finding {
  const { message, suggestion } = wordingFor(f.kind, f.part, f.detail);
  return { kind: f.kind, part: f.part, severity: severityOf[f.kind], start: f.start, end: f.end, message, suggestion };
}

/**
 * Estimated speaking time in whole seconds at {@link SPEAKING_WORDS_PER_MINUTE}, for one
 * text or for the five parts of a story (the title is not spoken).
 */
export function speakingSeconds(textOrStory: string | StoryTextInput): number {
  const words =
    typeof textOrStory === 'string'
      ? countWords(textOrStory)
      : storyParts.reduce((sum, part) => sum + countWords(partOf(textOrStory, part)), 0);
  return Math.round((words * 60) / SPEAKING_WORDS_PER_MINUTE);
}

/**
 * Reviews a failure story: findings with offsets into each part, the five-point
 * scorecard, the eight-item checklist and the speaking time. Pure and deterministic.
 * Missing parts count as empty; extra fields (a whole Story record) are ignored.
 */
export function reviewStory(input: StoryTextInput): CoachReview {
  const story = prepare(input);
  const raw = detectors.flatMap((detect) => detect(story));
  const findings = mergeOverlaps(dropRedundant(raw)).map(toFinding);
  const counts = countKinds(findings.map((f) => f.kind));
  const signals = readSignals(story);
  return {
    findings,
    scorecard: buildScorecard(story, counts, signals),
    checklist: buildChecklist(story, counts, signals),
    speakingSeconds: speakingSeconds(input),
  };
}
