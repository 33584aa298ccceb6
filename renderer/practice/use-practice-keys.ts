import { useEffect, useRef } from 'react';

export interface PracticeKeys {
  /** Space: start or stop the timer. */
  toggleTimer: () => void;
  /** ArrowLeft / ArrowRight: the previous or next follow-up question. */
  previousQuestion: () => void;
  nextQuestion: () => void;
}

/** Where Space already means something (typing, pressing a button, ticking a choice). */
const OWNS_SPACE = 'input, textarea, select, button, a[href], summary, [contenteditable], [role="button"]';
/** Where the arrow keys already mean something (moving the caret, moving between choices). */
const OWNS_ARROWS =
  'input, textarea, select, [contenteditable], [role="radiogroup"], [role="slider"], [role="listbox"]';

function owns(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && (target.closest(selector) !== null || target.closest('[role="dialog"]') !== null);
}

/**
 * The practice page's keys, for a person rehearsing aloud without the mouse: Space starts
 * and stops the timer, the arrows move through the follow-ups. A key is left alone where
 * the focused control already uses it, and inside a dialog.
 */
export function usePracticeKeys(keys: PracticeKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === ' ' && !event.repeat && !owns(event.target, OWNS_SPACE)) {
        event.preventDefault();
        latest.current.toggleTimer();
      } else if (event.key === 'ArrowLeft' && !owns(event.target, OWNS_ARROWS)) {
        event.preventDefault();
        latest.current.previousQuestion();
      } else if (event.key === 'ArrowRight' && !owns(event.target, OWNS_ARROWS)) {
        event.preventDefault();
        latest.current.nextQuestion();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
