import { useLiveQuery } from 'dexie-react-hooks';
import type { Recheck } from '../../shared/recheck';
import { recheckRepository } from './recheck-access';

/** A setback's answered check-ins, oldest first, kept live; undefined while reading. */
export function useCheckIns(entryId: string): Recheck[] | undefined {
  return useLiveQuery(() => recheckRepository.listFor(entryId), [entryId]);
}

/** The answered check-ins of several setbacks (a story's sources), oldest first, kept live. */
export function useCheckInsOf(entryIds: readonly string[]): Recheck[] {
  return useLiveQuery(() => recheckRepository.listForEntries(entryIds), [entryIds.join(',')], []);
}
