/**
 * The coach: a pure, deterministic review of a failure story. Each part is parsed once
 * (nlp/parse.ts: clauses, subjects, tense, negation) and read by rules derived from how
 * interviewers read the answer, with lexicons as data beside them. No network: the small
 * English model ships in the bundle. The app runs it in a worker (coach-worker.ts).
 */
import { storyParts, type StoryPart } from '../story-parts';
import { buildChecklist } from './checklist';
import { concernOf, quoteOf, severityOf, wordingFor } from './messages';
import { cannotJudge, cannotJudgeMessages } from './nlp/language';
import { findingKinds, type CannotJudge, type CoachReview, type Finding, type StoryTextInput } from './review-schema';
import { blameByClause, causeWithoutOwner } from './rules/accountability-rules';
import { defensiveByClause, defensiveByRelation } from './rules/defence-rules';
import { blame, defensiveTone } from './rules/blame-rules';
import { passiveAction, vagueCause } from './rules/cause-action-rules';
import { preparePart, type RawFinding, type StoryContext } from './rules/context';
import { framingByClause, framingByLexicon } from './rules/framing-by-lexicon';
import { humblebrag, unsafeFailure, vagueFailure } from './rules/framing-rules';
import { genericLesson, notLearned } from './rules/learning-rules';
import { genericLessonParsed, noChangeEvidenceParsed, partShowsChange } from './rules/lesson-rules';
import { notLearnedParsed } from './rules/not-learned-rules';
import { noImpactParsed, openingTooLongParsed, vagueFailureParsed } from './rules/opening-rules';
import { missingParts, noRoleConnection } from './rules/structure-rules';
import { toneExtremes } from './rules/tone-rules';
import { unsafeFailure as unsafeHarm } from './rules/unsafe-rules';
import { buildScorecard, countKinds, readSignals } from './scorecard';
import { speakingSeconds } from './speaking';

export { countWords, speakingSeconds, SPEAKING_WORDS_PER_MINUTE } from './speaking';

const detectors: ReadonlyArray<(story: StoryContext) => RawFinding[]> = [
  missingParts,
  vagueFailure,
  vagueFailureParsed,
  noImpactParsed,
  openingTooLongParsed,
  blame,
  blameByClause,
  causeWithoutOwner,
  vagueCause,
  defensiveTone,
  defensiveByClause,
  defensiveByRelation,
  passiveAction,
  genericLesson,
  genericLessonParsed,
  noChangeEvidenceParsed,
  notLearned,
  notLearnedParsed,
  humblebrag,
  unsafeFailure,
  unsafeHarm,
  toneExtremes,
  framingByLexicon,
  framingByClause,
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

/**
 * A shrug where the lesson should be ("It's done now, I don't dwell on it") is also no lesson,
 * whichever rule heard the shrug, unless the lesson still shows a practice changed.
 */
function shrugIsNoLesson(found: RawFinding[], story: StoryContext): RawFinding[] {
  const lesson = (kind: string) => found.filter((f) => f.kind === kind && f.part === 'whatILearned');
  const shrugs = lesson('indifference');
  if (shrugs.length === 0 || lesson('not-learned').length > 0 || partShowsChange(story.whatILearned)) return found;
  return [...found, ...shrugs.map((f) => ({ ...f, kind: 'not-learned' as const, detail: undefined }))];
}

// A thin "why" that blames someone is already flagged as blame; "too thin" adds nothing.
function dropRedundant(found: RawFinding[]): RawFinding[] {
  const blamesInWhy = found.some((f) => f.kind === 'blame' && f.part === 'whyItHappened');
  return blamesInWhy ? found.filter((f) => !(f.kind === 'vague-cause' && f.detail === 'short')) : found;
}

function toFinding(f: RawFinding, story: StoryContext): Finding {
  const quote = quoteOf(story[f.part].raw, f.start, f.end);
  const { message, suggestion } = wordingFor(f.kind, f.part, { quote, detail: f.detail });
  return {
    kind: f.kind,
    part: f.part,
    severity: severityOf[f.kind],
    start: f.start,
    end: f.end,
    message,
    suggestion,
    concern: concernOf[f.kind],
  };
}

/** Parts the coach would only guess at (another language, code): said, not judged. */
function unjudgedParts(story: StoryContext): CannotJudge[] {
  return storyParts.flatMap((part) => {
    const reason = story[part].empty ? null : cannotJudge(story[part].norm);
    return reason ? [{ part, reason, message: cannotJudgeMessages[reason] }] : [];
  });
}

/**
 * Reviews a failure story: findings with offsets into each part, the five-point
 * scorecard, the eight-item checklist and the speaking time. Pure and deterministic.
 * Missing parts count as empty; extra fields (a whole Story record) are ignored.
 */
export function reviewStory(input: StoryTextInput): CoachReview {
  const story = prepare(input);
  const unjudged = unjudgedParts(story);
  const skipped = new Set(unjudged.map((entry) => entry.part));
  // What cannot be judged is not judged: only an empty part is reported there (it is not empty).
  const raw = detectors.flatMap((detect) => detect(story)).filter((f) => !skipped.has(f.part));
  const findings = mergeOverlaps(shrugIsNoLesson(dropRedundant(raw), story)).map((f) => toFinding(f, story));
  const counts = countKinds(findings.map((f) => f.kind));
  const signals = readSignals(story);
  return {
    findings,
    scorecard: buildScorecard(story, counts, signals),
    checklist: buildChecklist(story, counts, signals),
    speakingSeconds: speakingSeconds(input),
    cannotJudge: unjudged,
  };
}
