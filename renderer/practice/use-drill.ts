import { useCallback, useMemo, useState } from 'react';
import { drillQuestionsOf, type DrillQuestion } from '../../shared/practice-drill';
import type { FollowUp } from '../../shared/story';

export interface Drill {
  questions: DrillQuestion[];
  /** The question asked now (0-based). */
  at: number;
  revealed: boolean;
  previous: () => void;
  next: () => void;
  toggleAnswer: () => void;
}

/** One follow-up at a time, its answer hidden until asked for; moving on hides it again. Wraps around. */
export function useDrill(followUps: readonly FollowUp[]): Drill {
  const questions = useMemo(() => drillQuestionsOf(followUps), [followUps]);
  const [state, setState] = useState({ at: 0, revealed: false });
  const count = questions.length;
  const previous = useCallback(
    () => setState(({ at }) => ({ at: (at - 1 + count) % count, revealed: false })),
    [count],
  );
  const next = useCallback(() => setState(({ at }) => ({ at: (at + 1) % count, revealed: false })), [count]);
  const toggleAnswer = useCallback(() => setState(({ at, revealed }) => ({ at, revealed: !revealed })), []);
  // The story's questions can change in another window while the drill is open.
  const at = Math.min(state.at, count - 1);
  return { questions, at, revealed: state.revealed, previous, next, toggleAnswer };
}
