import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/entry';
import type { Revision, RevisionKind } from '../../shared/revision';
import type { Story } from '../../shared/story';
import { revisionRepository } from './repositories';

/** A record's revisions, newest first; kept live. Undefined while loading. */
export function useRevisions(kind: RevisionKind, id: string): Revision[] | undefined {
  return useLiveQuery(() => revisionRepository.list(kind, id), [kind, id]);
}

/**
 * The record as stored now, to diff a revision against, while `wanted` (a revision is shown):
 * null once deleted for good, undefined while loading or not wanted. Read apart from the list
 * so that each save of the record, while no revision is shown, reads (and with the lock on,
 * decrypts) neither the record nor its revisions again.
 */
export function useCurrentRecord(kind: RevisionKind, id: string, wanted: boolean): Entry | Story | null | undefined {
  return useLiveQuery(
    async () => (wanted ? ((await revisionRepository.currentOf(kind, id)) ?? null) : undefined),
    [kind, id, wanted],
  );
}
