import type { DesktopState } from '../../shared/ipc/desktop-contract';

export interface StateReporter {
  /** Sends `state` unless it is what was last sent. */
  report(state: DesktopState): void;
  /** Sends `state` only if nothing was reported yet (what a window says before its journal opens). */
  reportFirst(state: DesktopState): void;
}

/**
 * Tells main what applies now, once per change: React renders often, main needs only the
 * changes. A failed send is forgotten, so the same state is sent again next time.
 */
export function createStateReporter(send: (state: DesktopState) => Promise<void>): StateReporter {
  let last: string | null = null;
  let reported = false;
  const report = (state: DesktopState) => {
    reported = true;
    const key = JSON.stringify([state.journalOpen, state.storyOpen, state.lockOn, state.unreflected ?? null]);
    if (key === last) return;
    last = key;
    send(state).catch(() => {
      if (last === key) last = null;
    });
  };
  return {
    report,
    reportFirst(state) {
      if (!reported) report(state);
    },
  };
}
