import { useSyncExternalStore } from 'react';
import { quarantine, type Quarantined } from './sealing';

/** Rows that did not open this session (damaged or tampered), kept untouched. */
export function useQuarantined(): Quarantined[] {
  return useSyncExternalStore(quarantine.subscribe, quarantine.list);
}
