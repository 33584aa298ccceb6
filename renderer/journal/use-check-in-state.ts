import { useMemo, useState } from 'react';
import { checkInStateOf, type CheckInState } from '../../shared/check-in-schedule';
import type { Entry } from '../../shared/entry';
import type { Recheck } from '../../shared/recheck';
import { useCheckIns } from '../db/use-check-ins';

export interface EntryCheckIns extends CheckInState {
  /** Answered check-ins, oldest first; undefined while reading. */
  answers: Recheck[] | undefined;
}

/**
 * A setback's check-ins as the page shows them: the one due now (judged at the moment the
 * page opened, so a card never appears or vanishes under someone's hands), the next one, and
 * the answers so far.
 */
export function useCheckInState(entry: Entry): EntryCheckIns {
  const [now] = useState(Date.now);
  const answers = useCheckIns(entry.id);
  const state = useMemo(
    () => (answers ? checkInStateOf(entry, answers, now) : { due: null, next: null }),
    [entry, answers, now],
  );
  return { ...state, answers };
}
