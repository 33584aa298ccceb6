// Windows of the same journal (tabs in the browser; the main and quick-capture windows on the
// desktop) while one of them moves it into or out of the lock. The moving window keeps the
// journal open, noting what it writes; every other one saves what is typed, closes the journal
// and waits, so that nothing they write can be left behind in the database the move deletes.
// Web Locks count the windows: each open one holds a share of the journal, and the move
// starts only once it holds the journal alone.

const IN_USE = 'hindsight-journal-in-use';
const CHANNEL = 'hindsight-lock-move';

const webLocks = (): LockManager | undefined => (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

/** Holds `name` in `mode` until the returned function is called; resolves once it is held. */
function hold(name: string, mode: LockMode): Promise<() => void> {
  const locks = webLocks();
  if (!locks) return Promise.resolve(() => undefined);
  return new Promise((granted) => {
    void locks.request(name, { mode }, () => new Promise<void>((release) => granted(() => release())));
  });
}

let share: Promise<() => void> | null = null;
/** The share was not free when asked for: another window held the journal alone (a move). */
let waitedForShare = false;
/** This window is the one moving the journal (its own message must not stop it). */
let movingHere = false;

/**
 * This window uses the journal (held until it hands it over to a move). Resolves true when it
 * had to wait for a move in another window to end: the journal may have changed meanwhile.
 */
export function holdJournalShare(): Promise<boolean> {
  if (!share) {
    waitedForShare = false;
    const locks = webLocks();
    // Free at once in all but the rare start during a move: `ifAvailable` says which.
    share = locks
      ? new Promise((granted) => {
          void locks.request(IN_USE, { mode: 'shared', ifAvailable: true }, (lock) => {
            if (lock) return new Promise<void>((release) => granted(() => release()));
            waitedForShare = true;
            void hold(IN_USE, 'shared').then(granted);
            return undefined;
          });
        })
      : Promise.resolve(() => undefined);
  }
  return share.then(() => waitedForShare);
}

async function releaseShare(): Promise<void> {
  const held = share;
  share = null;
  (await held)?.();
}

/**
 * Asks every other window to save and close its journal, and resolves once they all have,
 * holding the journal alone; call the returned function when the move is over.
 */
export async function takeJournalAlone(): Promise<() => void> {
  movingHere = true;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('moving');
  channel.close();
  await releaseShare();
  const letIn = await hold(IN_USE, 'exclusive');
  return () => {
    movingHere = false;
    letIn();
  };
}

/**
 * Calls `stop` when another window starts a move (it saves and closes this window's journal),
 * then `moved` once that move is over. Returns a function that stops listening.
 */
export function onMoveElsewhere(stop: () => Promise<void>, moved: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => {
    if (movingHere) return;
    void stop()
      .then(releaseShare)
      // The moving window holds the journal alone until its move is over.
      .then(() => hold(IN_USE, 'shared'))
      .then((release) => {
        release();
        moved();
      });
  };
  return () => channel.close();
}
