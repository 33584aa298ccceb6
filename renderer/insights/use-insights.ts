import { startTransition, useEffect, useRef, useState } from 'react';
import { sessionDataKey } from '../db/lock-session';
import { DATABASE_NAME } from '../db/repositories';
import { connectInsights, type InsightsConnection, type InsightsState } from './insights-client';
import { onJournalNoted } from './journal-noted';

const createWorker = () =>
  new Worker(new URL('./cache/insights-worker.ts', import.meta.url), { type: 'module', name: 'hindsight-insights' });

/**
 * The Insights report, kept in step with the journal while the page is open: a setback
 * logged or edited (from the capture dialog, or in another tab before coming back to this
 * one) asks the worker again.
 */
export function useInsights(lessonLimit: number): InsightsState {
  const [state, setState] = useState<InsightsState>({ state: 'loading' });
  const connection = useRef<InsightsConnection | undefined>(undefined);
  // The number of lessons asked for last: a journal change asks again with it.
  const asked = useRef(lessonLimit);

  useEffect(() => {
    // A transition: React renders the report in slices between other work, so a large one
    // never holds the page in one long task.
    const show = (next: InsightsState) => startTransition(() => setState(next));
    const connected = connectInsights(createWorker, DATABASE_NAME, asked.current, show, sessionDataKey());
    connection.current = connected;
    const stopListening = onJournalNoted(() => connected.refresh(asked.current));
    // Another tab notes what it writes in the cache too: coming back to this one reads it.
    const onVisible = () => {
      if (document.visibilityState === 'visible') connected.refresh(asked.current);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stopListening();
      connected.close();
      connection.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (asked.current === lessonLimit) return;
    asked.current = lessonLimit;
    connection.current?.refresh(lessonLimit);
  }, [lessonLimit]);

  return state;
}
