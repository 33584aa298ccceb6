import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/entry';
import type { Revision, RevisionKind } from '../../shared/revision';
import type { Story } from '../../shared/story';
import { revisionRepository } from './repositories';

export interface RevisionList {
  revisions: Revision[];
  /** The record as stored now, to diff each revision against; null once deleted for good. */
  current: Entry | Story | null;
}

/** A record's revisions, newest first, with its current state; kept live. */
export function useRevisions(kind: RevisionKind, id: string): RevisionList | undefined {
  return useLiveQuery(async () => {
    const revisions = await revisionRepository.list(kind, id);
    const current = await revisionRepository.currentOf(kind, id);
    return { revisions, current: current ?? null };
  }, [kind, id]);
}
