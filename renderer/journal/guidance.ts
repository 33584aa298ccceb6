/** Short guidance beside each field, drawn from what interviewers listen for. */
export const entryGuidance = {
  whatHappened: 'One or two sentences. Name the setback plainly and what it cost: a number, a date, who felt it.',
  whyItHappened:
    'The root cause you owned. Not "the vendor slipped" but what you assumed, skipped or did not raise in time.',
  whatIDid: 'What you did in the moment, step by step, with active verbs: I called, I rolled back, I told my manager.',
  whatILearned:
    'One specific insight you would not have had before. "Plan better" is not one; "validate the riskiest assumption in week one" is.',
  whatIChanged:
    'The evidence: a habit, checklist or process you adopted, and where you have used it since ("three launches since").',
  feelings: 'Only you see this. It never goes into a story or an export.',
} as const;
