/**
 * The five things the failure question tests, scored from the findings (what hurts) and
 * from positive signals (what helps). Scores are coarse on purpose: the reason is what
 * the user acts on, the number only shows direction.
 */
import type { FindingKind, Level, Score, Scorecard } from './review-schema';
import { isBlank } from './rules/structure-rules';
import type { StoryContext } from './rules/context';
import {
  hasChangeEvidence,
  hasExplicitOwnership,
  hasSelfCause,
  judgmentSignal,
  selfAwarenessSignal,
  trustSignal,
} from './signals';
import { hasMatch } from './text';

/** Counts of each finding kind in a review. */
export type KindCounts = Partial<Record<FindingKind, number>>;

/** Turns a list of findings into per-kind counts. */
export function countKinds(kinds: readonly FindingKind[]): KindCounts {
  const counts: KindCounts = {};
  for (const k of kinds) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

function levelOf(score: number): Level {
  if (score >= 70) return 'strong';
  return score >= 35 ? 'developing' : 'missing';
}

function score(raw: number, reason: string): Score {
  const s = Math.max(0, Math.min(100, Math.round(raw)));
  return { score: s, level: levelOf(s), reason };
}

/** What the scorecard needs to know about the text, computed once. */
export interface StorySignals {
  explicitOwnership: boolean;
  selfCauseInWhy: boolean;
  changeEvidence: boolean;
  judgment: boolean;
  selfAwareness: boolean;
  transparency: boolean;
}

/** Reads the positive signals from the story text. */
export function readSignals(story: StoryContext): StorySignals {
  const narrative = [story.whatHappened, story.whyItHappened, story.whatIDid, story.whatILearned]
    .map((p) => p.norm)
    .join('\n');
  return {
    explicitOwnership: hasExplicitOwnership(narrative),
    selfCauseInWhy: hasSelfCause(story.whyItHappened.norm),
    changeEvidence: hasChangeEvidence(story.whatILearned.norm, true) || hasChangeEvidence(story.whatIDid.norm, false),
    judgment: hasMatch(judgmentSignal, narrative),
    selfAwareness: hasMatch(selfAwarenessSignal, narrative),
    transparency: hasMatch(trustSignal, `${story.whatIDid.norm}\n${story.whyItHappened.norm}`),
  };
}

function accountability(story: StoryContext, n: KindCounts, sig: StorySignals): Score {
  if (isBlank(story.whyItHappened) && !sig.explicitOwnership) {
    return score(10, 'There is no "Why it happened" yet. Say which decision or habit of yours led to it.');
  }
  const raw =
    40 +
    (sig.explicitOwnership ? 25 : 0) +
    (sig.selfCauseInWhy ? 30 : 0) -
    Math.min(45, 30 * (n.blame ?? 0)) -
    (n['defensive-tone'] ? 20 : 0) -
    (n.indifference ? 30 : 0) -
    (n['passive-action'] ? 10 : 0);
  if (n.blame)
    return score(
      raw,
      'Part of the cause is put on others without your share beside it. Add what you could have done differently.',
    );
  if (n['defensive-tone'])
    return score(
      raw,
      'Excuses ("not my fault", "the brief was unclear") undercut the ownership. Replace them with the gap you could have closed.',
    );
  if (n.indifference) return score(raw, 'Not caring reads as not owning. Pick a story you were invested in.');
  if (sig.explicitOwnership && sig.selfCauseInWhy)
    return score(raw, 'You name your own part in the cause and say plainly that it was yours, with no blame.');
  if (sig.selfCauseInWhy)
    return score(
      raw,
      'You name your own part in the cause. A plain "that was on me" would make the ownership unmistakable.',
    );
  if (sig.explicitOwnership)
    return score(raw, 'You say it was yours to own; now spell out which of your decisions caused it.');
  return score(raw, 'Nothing yet says which part was yours. Add "I should have…" or "that was my call".');
}

function learning(story: StoryContext, n: KindCounts, sig: StorySignals): Score {
  if (isBlank(story.whatILearned)) return score(10, '"What I learned" is empty. Say what you do differently now.');
  const raw =
    40 +
    (sig.changeEvidence ? 35 : 0) +
    (n['generic-lesson'] ? 0 : 15) -
    (n['generic-lesson'] ? 20 : 0) -
    (n['not-learned'] ? 45 : 0);
  if (n['not-learned'])
    return score(
      raw,
      "The story says the lesson hasn't landed. Interviewers want to hear what you now do differently.",
    );
  if (n['generic-lesson'])
    return score(raw, 'The lesson is a slogan. Replace it with the specific rule or practice you now follow.');
  if (!sig.changeEvidence)
    return score(
      raw,
      'The lesson is specific; show it in action with a practice you adopted and where you have used it since.',
    );
  return score(raw, 'You show a specific lesson and the practice it turned into.');
}

function judgment(story: StoryContext, n: KindCounts, sig: StorySignals): Score {
  if (isBlank(story.whatHappened) && isBlank(story.whyItHappened)) {
    return score(10, 'Write what happened and why, including the call you made, so your judgment can show.');
  }
  const raw =
    45 + (sig.judgment ? 30 : 0) - (n['unsafe-failure'] ? 45 : 0) - (n.indifference ? 20 : 0) - (n.humblebrag ? 15 : 0);
  if (n['unsafe-failure'])
    return score(
      raw,
      'This reads as a lapse rather than a judgment call. A story where you weighed a risk and got it wrong shows judgment better.',
    );
  if (sig.judgment)
    return score(raw, 'You show the call you made and what you weighed (an assumption, a trade-off or a risk).');
  return score(
    raw,
    'Say what you weighed when you made the call (speed against quality, cost against risk) so the listener sees a decision, not an accident.',
  );
}

function selfAwareness(story: StoryContext, n: KindCounts, sig: StorySignals): Score {
  if (isBlank(story.whyItHappened) && !sig.selfAwareness) {
    return score(10, 'Explain the root cause in "Why it happened"; that is where self-awareness shows.');
  }
  const raw =
    35 +
    (sig.selfCauseInWhy ? 35 : 0) +
    (sig.selfAwareness ? 20 : 0) +
    (sig.explicitOwnership ? 10 : 0) -
    (n.humblebrag ? 35 : 0) -
    (n['defensive-tone'] ? 20 : 0) -
    (n['self-flagellating'] ? 15 : 0) -
    (n['vague-cause'] ? 15 : 0) -
    (n.blame ? 20 : 0);
  if (n.humblebrag)
    return score(
      raw,
      "A strength dressed as a failure suggests you can't see your real weak spots. Pick a genuine miss.",
    );
  if (n['vague-cause']) return score(raw, 'The cause is vague. Name the assumption or habit of yours that led here.');
  if (n['self-flagellating'])
    return score(raw, 'You see the mistake clearly; now show calm, not distress. State it once and move to the fix.');
  if (sig.selfCauseInWhy && sig.selfAwareness)
    return score(raw, 'You name your own root cause and reflect on your thinking at the time.');
  if (sig.selfCauseInWhy)
    return score(
      raw,
      'You name your own root cause. A line on what you now notice about yourself ("I tend to…") would deepen it.',
    );
  return score(raw, 'Say what in your own thinking led here ("I assumed…", "I talked myself out of…").');
}

function trust(story: StoryContext, n: KindCounts, sig: StorySignals): Score {
  if (isBlank(story.whatIDid))
    return score(20, 'Say what you did when you found out, including who you told and how fast.');
  const raw =
    40 +
    (sig.transparency ? 30 : 0) +
    (sig.explicitOwnership ? 10 : 0) -
    (n['unsafe-failure'] ? 45 : 0) -
    (n['passive-action'] ? 15 : 0) -
    (n['defensive-tone'] ? 15 : 0) -
    (n.indifference ? 10 : 0);
  if (n['unsafe-failure'])
    return score(
      raw,
      'This failure raises doubts about reliability or honesty, which one answer can rarely undo. Consider another story.',
    );
  if (n['passive-action'])
    return score(raw, 'The recovery has no actor. Show that you stepped forward and who you told.');
  if (sig.transparency)
    return score(
      raw,
      'You raised the problem yourself and kept people informed, which is what makes someone safe to trust with mistakes.',
    );
  return score(
    raw,
    'Say who you told and when (your manager, the client, the people affected) to show you bring problems into the open.',
  );
}

/** Scores accountability, learning, judgment, self-awareness and trust. */
export function buildScorecard(story: StoryContext, counts: KindCounts, sig: StorySignals): Scorecard {
  return {
    accountability: accountability(story, counts, sig),
    learning: learning(story, counts, sig),
    judgment: judgment(story, counts, sig),
    selfAwareness: selfAwareness(story, counts, sig),
    trust: trust(story, counts, sig),
  };
}
