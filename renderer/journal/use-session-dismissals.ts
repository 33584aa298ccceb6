import { useCallback, useState } from 'react';
import { z } from 'zod';

const KEY = 'hindsight.reflection-queue.dismissed';
/** Ids kept at most: a session never dismisses more than a handful. */
const MAX_KEPT = 500;
const DismissedSchema = z.array(z.string().max(64)).max(MAX_KEPT);

function readDismissed(): ReadonlySet<string> {
  try {
    const parsed = DismissedSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? '[]'));
    return new Set(parsed.success ? parsed.data : []);
  } catch {
    return new Set();
  }
}

/**
 * Setbacks set aside from the reflection queue with "Not now", for this session only (kept in
 * sessionStorage, so a reload of the window keeps them aside and the next launch offers them again).
 */
export function useSessionDismissals(): [ReadonlySet<string>, (id: string) => void] {
  const [dismissed, setDismissed] = useState(readDismissed);
  const dismiss = useCallback((id: string) => {
    setDismissed((current) => {
      const next = new Set([...current, id].slice(-MAX_KEPT));
      try {
        sessionStorage.setItem(KEY, JSON.stringify([...next]));
      } catch {
        // Storage refused (full, or disabled): it stays aside until the page is left.
      }
      return next;
    });
  }, []);
  return [dismissed, dismiss];
}
