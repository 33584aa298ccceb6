import { useEffect, useState } from 'react';
import { requestPersistentStorage, type PersistenceState } from '../app/storage-persistence';

const explanations: Record<PersistenceState, string> = {
  persistent: 'Persistent: this browser will not clear the journal to free up space.',
  'best-effort':
    'Best effort: the browser did not grant persistent storage, so it could clear the journal when the disk is nearly full. Export a backup regularly.',
  unsupported:
    'Unknown: this browser cannot say whether it keeps the journal under disk pressure. Export a backup regularly.',
};

/** Whether the browser promised to keep the journal's storage (asked for at start-up). */
export function StorageStatus() {
  const [state, setState] = useState<PersistenceState | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(setState);
  }, []);
  if (!state) return null;
  return (
    <>
      <dt>Storage</dt>
      <dd>{explanations[state]}</dd>
    </>
  );
}
