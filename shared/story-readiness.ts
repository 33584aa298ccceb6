import type { CoachReview } from './coach/review-schema';

export interface Readiness {
  ready: boolean;
  label: string;
}

/** How many findings undermine the story (problems) and weaken it (warnings). */
export function findingCounts(review: Pick<CoachReview, 'findings'>): { problems: number; warnings: number } {
  const problems = review.findings.filter((finding) => finding.severity === 'problem').length;
  const warnings = review.findings.filter((finding) => finding.severity === 'warning').length;
  return { problems, warnings };
}

/** The coach's verdict alone: ready to practise, or how much is left to fix. */
export function readinessOf(review: Pick<CoachReview, 'findings'>): Readiness {
  const { problems, warnings } = findingCounts(review);
  if (problems === 0 && warnings === 0) return { ready: true, label: 'Ready to practise' };
  if (problems === 0)
    return { ready: false, label: warnings === 1 ? '1 thing to polish' : `${warnings} things to polish` };
  return { ready: false, label: problems === 1 ? '1 thing to fix' : `${problems} things to fix` };
}
