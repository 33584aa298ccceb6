import { z } from 'zod';
import { RecordIdSchema } from './record-id';
import { EntrySchema } from './entry';
import { StorySchema } from './story';
import { IsoDateTimeSchema } from './text-fields';

/** Why a snapshot was taken: while editing, or just before something that replaces text. */
export const revisionReasons = [
  'editing',
  'before-promote',
  'before-import',
  'before-trash',
  'before-delete',
  'before-restore',
] as const;
export const RevisionReasonSchema = z.enum(revisionReasons);
export type RevisionReason = z.infer<typeof RevisionReasonSchema>;

export const revisionReasonLabels: Record<RevisionReason, string> = {
  editing: 'While editing',
  'before-promote': 'Before promoting to a story',
  'before-import': 'Before importing a backup',
  'before-trash': 'Before moving to the Trash',
  'before-delete': 'Before deleting for good',
  'before-restore': 'Before restoring an older version',
};

export const revisionKinds = ['entry', 'story'] as const;
export type RevisionKind = (typeof revisionKinds)[number];

const revisionBase = {
  id: RecordIdSchema,
  recordId: RecordIdSchema,
  takenAt: IsoDateTimeSchema,
  reason: RevisionReasonSchema,
};

/** A saved earlier state of one entry or story, restorable in one click. */
export const RevisionSchema = z.discriminatedUnion('kind', [
  z.object({ ...revisionBase, kind: z.literal('entry'), snapshot: EntrySchema }).strict(),
  z.object({ ...revisionBase, kind: z.literal('story'), snapshot: StorySchema }).strict(),
]);
export type Revision = z.infer<typeof RevisionSchema>;
/** The record a revision of `kind` holds. */
export type SnapshotOf<K extends RevisionKind> = Extract<Revision, { kind: K }>['snapshot'];

/** How long revisions are kept. */
export const REVISION_RETENTION_DAYS = 90;
/** While editing, at most one snapshot per record in this window. */
export const EDITING_SNAPSHOT_INTERVAL_MS = 5 * 60_000;
