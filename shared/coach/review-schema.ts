import { z } from 'zod';
import { StoryPartSchema } from '../story-parts';

/**
 * The stable identifiers of everything the coach can point out (DESIGN.md contract).
 * Renaming one breaks saved reviews, the editor highlights and `npm run coach` users.
 */
export const findingKinds = [
  'missing-part',
  'vague-failure',
  'no-impact',
  'opening-too-long',
  'blame',
  'vague-cause',
  'defensive-tone',
  'passive-action',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
  'humblebrag',
  'unsafe-failure',
  'indifference',
  'self-flagellating',
  'no-role-connection',
] as const;

export const FindingKindSchema = z.enum(findingKinds);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/** `problem` undermines the answer, `warning` weakens it, `tip` would lift it. */
export const SeveritySchema = z.enum(['problem', 'warning', 'tip']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One thing the coach noticed. `start`/`end` are UTF-16 offsets into that part's text
 * (end exclusive), so the editor can highlight the exact phrase in place.
 */
export const FindingSchema = z
  .object({
    kind: FindingKindSchema,
    part: StoryPartSchema,
    severity: SeveritySchema,
    start: z.int().min(0),
    end: z.int().min(0),
    message: z.string().min(1),
    suggestion: z.string().min(1),
    /** Which of the five things an interviewer tests this finding speaks to (added in review format 2). */
    concern: z.enum(['accountability', 'learning', 'judgment', 'selfAwareness', 'trust']).optional(),
  })
  .refine((f) => f.end >= f.start, { message: 'end must not come before start' });
export type Finding = z.infer<typeof FindingSchema>;

/**
 * A story part as the coach receives it: absent means empty, but a value that is present
 * and not text is a caller bug we want reported, so no coercion here.
 */
const partText = z.string().default('');

/**
 * The coach input. Unknown keys are stripped, so a whole Story record (id, entryIds,
 * follow-ups, status…) can be passed as is.
 */
export const StoryTextSchema = z.object({
  title: z.string().optional(),
  whatHappened: partText,
  whyItHappened: partText,
  whatIDid: partText,
  whatILearned: partText,
  roleConnection: partText,
});
/** Parsed coach input: every part is a string. */
export type StoryText = z.infer<typeof StoryTextSchema>;
/** What callers may pass: any part may be left out. */
export type StoryTextInput = z.input<typeof StoryTextSchema>;

export const LevelSchema = z.enum(['missing', 'developing', 'strong']);
export type Level = z.infer<typeof LevelSchema>;

export const ScoreSchema = z.object({
  score: z.int().min(0).max(100),
  level: LevelSchema,
  reason: z.string().min(1),
});
export type Score = z.infer<typeof ScoreSchema>;

/** The five things an interviewer is testing with the failure question. */
export const scorecardKeys = ['accountability', 'learning', 'judgment', 'selfAwareness', 'trust'] as const;

export const ScorecardSchema = z.object({
  accountability: ScoreSchema,
  learning: ScoreSchema,
  judgment: ScoreSchema,
  selfAwareness: ScoreSchema,
  trust: ScoreSchema,
});
export type Scorecard = z.infer<typeof ScorecardSchema>;
export type ScorecardKey = keyof Scorecard;

/** Stable ids of the eight takeaways, in the order they are shown. */
export const checklistIds = [
  'real-failure',
  'specific',
  'ownership',
  'root-cause',
  'action-in-moment',
  'concrete-learning',
  'changed-since',
  'humble-confident',
] as const;

export const ChecklistIdSchema = z.enum(checklistIds);
export type ChecklistId = z.infer<typeof ChecklistIdSchema>;

export const ChecklistItemSchema = z.object({
  id: ChecklistIdSchema,
  label: z.string().min(1),
  met: z.boolean(),
  reason: z.string().min(1),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.array(ChecklistItemSchema).length(checklistIds.length);
export type Checklist = z.infer<typeof ChecklistSchema>;

/** A part the coach does not judge, and why: it would only be guessing. */
export const CannotJudgeSchema = z.object({
  part: StoryPartSchema,
  reason: z.enum(['not-english', 'not-prose']),
  message: z.string().min(1),
});
export type CannotJudge = z.infer<typeof CannotJudgeSchema>;

/** The full review, as printed by `npm run coach` and shown in the Coach panel. */
export const CoachReviewSchema = z.object({
  findings: z.array(FindingSchema),
  scorecard: ScorecardSchema,
  checklist: ChecklistSchema,
  speakingSeconds: z.int().min(0),
  /** Parts with no findings because the coach cannot judge them (not English, not prose). */
  cannotJudge: z.array(CannotJudgeSchema).default([]),
});
export type CoachReview = z.infer<typeof CoachReviewSchema>;

/** What the editor shows beside each story field. */
export const PartGuidanceSchema = z.object({
  purpose: z.string().min(1),
  weak: z.string().min(1),
  better: z.string().min(1),
  tips: z.array(z.string().min(1)).min(1),
});
export type PartGuidance = z.infer<typeof PartGuidanceSchema>;
