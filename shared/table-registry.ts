/**
 * The journal's tables, each declared once: what a row is, how it is indexed, since which
 * schema version it exists, whether backups carry it and how an import merges it, whether
 * it keeps revisions and whether search indexes it. The Dexie database (renderer/db), the
 * backup format (shared/backup.ts), the change feed and the revision rules all derive from
 * this object. It lives in shared/ because main reads backups too (it checks an automatic
 * backup before writing it), and shared/ is the one place both processes can import.
 *
 * Adding a table is one entry here (with `since` one above the newest version) plus its
 * repository in renderer/db. See docs/architecture.md.
 */
import type { z } from 'zod';
import { StoredDraftSchema, type StoredDraft } from './draft';
import { EntrySchema, type Entry } from './entry';
import { PracticeRunSchema, type PracticeRun } from './practice';
import { RecheckSchema, type Recheck } from './recheck';
import { RevisionSchema, type Revision, type RevisionKind } from './revision';
import type { SearchDocKind } from './search/search-documents';
import { StorySchema, type Story } from './story';

/**
 * How an import joins a table's rows to the journal.
 * - `records`: things people edit (setbacks, stories). A row with a known id and other
 *   text is a conflict the person settles (keep newer, keep both, replace).
 * - `history`: things written once (revisions). Added when new, left alone when known.
 */
export type MergeRule = 'records' | 'history';

/** Says which id a row's reference now has: "Keep both" gives a copied record a new id. */
export type RenamedId = (table: string, id: string) => string;

export interface BackupRule<Row> {
  /** The backup format version that first carried this table. Older files lack it and import as empty. */
  since: number;
  merge: MergeRule;
  /** What rows are called in messages. */
  noun: { one: string; many: string };
  /** Most rows of this table one backup may hold. */
  max: number;
  /** Points the ids a row refers to at the copies an import made ("Keep both"). */
  remapIds?: (row: Row, renamed: RenamedId) => Row;
  /** Where the import preview says new rows go ("for History"); unset, they are counted as new. */
  addedTo?: string;
}

export interface TableDeclaration<Row extends { id: string }> {
  /** Every row, as stored and as backed up. */
  schema: z.ZodType<Row>;
  /** Dexie's index list, primary key first. */
  indexes: string;
  /** The schema version that added the table. Versions only move forward. */
  since: number;
  /** Part of a backup (and how), or `false`: every table must say which. */
  backup: BackupRule<Row> | false;
  /** Set when edits keep earlier versions: the `kind` its revisions carry. */
  revisionKind?: RevisionKind;
  /** Set when search indexes the table: the kind of document its rows become. */
  searchKind?: SearchDocKind;
  /**
   * Indexed fields that hold what the person wrote (tags). With the lock on, every indexed
   * field stays readable so the database can sort and find; these are stored as keyed
   * tokens instead, which match equal text and reveal nothing else. Any index on text the
   * person writes must be listed here.
   */
  writtenIndexes?: readonly string[];
}

const entries = {
  schema: EntrySchema,
  // [occurredOn+createdAt] orders the journal newest first; *tags finds setbacks by tag.
  indexes: 'id, [occurredOn+createdAt], updatedAt, deletedAt, type, *tags',
  writtenIndexes: ['tags'],
  since: 1,
  backup: { since: 1, merge: 'records', noun: { one: 'setback', many: 'setbacks' }, max: 100_000 },
  revisionKind: 'entry',
  searchKind: 'entry',
} satisfies TableDeclaration<Entry>;

const stories = {
  schema: StorySchema,
  // *entryIds finds the stories a setback fed.
  indexes: 'id, updatedAt, deletedAt, *entryIds',
  since: 2,
  backup: {
    since: 1,
    merge: 'records',
    noun: { one: 'story', many: 'stories' },
    max: 100_000,
    // A story copied next to its sources points at the copies, not at this journal's versions.
    remapIds: (story, renamed) => ({ ...story, entryIds: story.entryIds.map((id) => renamed('entries', id)) }),
  },
  revisionKind: 'story',
  searchKind: 'story',
} satisfies TableDeclaration<Story>;

const revisions = {
  schema: RevisionSchema,
  // A record's history, newest last; pruning by age.
  indexes: 'id, [kind+recordId+takenAt], takenAt',
  since: 3,
  backup: {
    since: 1,
    merge: 'history',
    noun: { one: 'earlier version', many: 'earlier versions' },
    max: 1_000_000,
    addedTo: 'History',
    // The history of a copied record belongs to the copy, snapshot included: restoring it
    // must write the copy, never the record it was copied from.
    remapIds: (revision, renamed): Revision => {
      const recordId = renamed(tableOfRevisionKind(revision.kind), revision.recordId);
      return revision.kind === 'story'
        ? {
            ...revision,
            recordId,
            snapshot: {
              ...revision.snapshot,
              id: recordId,
              entryIds: revision.snapshot.entryIds.map((id) => renamed('entries', id)),
            },
          }
        : { ...revision, recordId, snapshot: { ...revision.snapshot, id: recordId } };
    },
  },
} satisfies TableDeclaration<Revision>;

const drafts = {
  schema: StoredDraftSchema,
  indexes: 'id',
  since: 3,
  // Half-written forms stay on this device: a backup holds what was saved.
  backup: false,
} satisfies TableDeclaration<StoredDraft>;

const practiceRuns = {
  schema: PracticeRunSchema,
  // A story's practice log, newest last.
  indexes: 'id, [storyId+practisedAt]',
  since: 4,
  backup: {
    since: 2,
    // Written once and never edited: a known run is left alone, a new one added.
    merge: 'history',
    noun: { one: 'practice run', many: 'practice runs' },
    max: 1_000_000,
    // The runs of a story copied by "Keep both" belong to the copy.
    remapIds: (run, renamed) => ({ ...run, storyId: renamed('stories', run.storyId) }),
  },
} satisfies TableDeclaration<PracticeRun>;

const rechecks = {
  schema: RecheckSchema,
  // entryId finds a setback's check-ins (its page, its stories, deleting it for good).
  indexes: 'id, entryId',
  since: 4,
  backup: {
    since: 2,
    merge: 'history',
    noun: { one: 'check-in', many: 'check-ins' },
    max: 1_000_000,
    // A check-in on a setback copied by "Keep both" belongs to the copy.
    remapIds: (recheck, renamed) => ({ ...recheck, entryId: renamed('entries', recheck.entryId) }),
  },
} satisfies TableDeclaration<Recheck>;

const declared = { entries, stories, revisions, drafts, practiceRuns, rechecks };
type Declared = typeof declared;

export type TableName = keyof Declared;
/** A stored row of table `T`. */
export type RowOf<T extends TableName> = z.output<Declared[T]['schema']>;

/** Every table of the journal database, in the order backups hold them. */
export const tables: { [T in TableName]: TableDeclaration<RowOf<T>> & Declared[T] } = declared;

/** Tables a backup holds. */
export type BackupTable = { [T in TableName]: Declared[T]['backup'] extends false ? never : T }[TableName];

/** Tables whose edits keep revisions. */
export type RevisionTable = {
  [T in TableName]: Declared[T] extends { revisionKind: RevisionKind } ? T : never;
}[TableName];

/** Backed-up tables people edit: an import settles conflicts in them (see MergeRule). */
export type RecordTable = {
  [T in BackupTable]: Declared[T]['backup'] extends { merge: 'records' } ? T : never;
}[BackupTable];

/** Tables search indexes. */
export type SearchedTable = {
  [T in TableName]: Declared[T] extends { searchKind: SearchDocKind } ? T : never;
}[TableName];

type AnyDeclaration = TableDeclaration<{ id: string }>;

/**
 * The lists and look-ups every consumer derives from a registry. A function of the
 * registry, so a test can add a table and see the database and backups follow.
 */
export function deriveFromRegistry(declarations: Readonly<Record<string, object>>) {
  const registry = declarations as Readonly<Record<string, AnyDeclaration>>;
  const names = Object.keys(registry);
  const declarationOf = (name: string): AnyDeclaration => {
    const declaration = registry[name];
    if (!declaration) throw new Error(`There is no table "${name}".`);
    return declaration;
  };
  return {
    tableNames: names,
    /** Tables a backup holds, in the order it holds them. */
    backupTables: names.filter((name) => declarationOf(name).backup !== false),
    /** Tables search indexes, in registry order. */
    searchedTables: names.filter((name) => declarationOf(name).searchKind !== undefined),
    /** The newest schema version any table needs. */
    newestTableVersion: () => Math.max(...names.map((name) => declarationOf(name).since)),
    /** The schema of a table's rows. */
    schemaOf: (name: string) => declarationOf(name).schema,
    /** The backup rule of a backed-up table. */
    backupRuleOf: (name: string): BackupRule<{ id: string }> => {
      const rule = declarationOf(name).backup;
      if (!rule) throw new Error(`The ${name} table is not part of a backup.`);
      return rule;
    },
    /** Fields a table's indexes read (its primary key first): with the lock on, the only ones left in the clear. */
    indexedFieldsOf: (name: string): string[] => [
      ...new Set(
        declarationOf(name)
          .indexes.split(',')
          .flatMap((spec) =>
            spec
              .trim()
              .replace(/^[&*+]+/, '')
              .replace(/^\[|\]$/g, '')
              .split('+'),
          )
          .filter(Boolean),
      ),
    ],
    /** The table's indexed fields that hold written text (sealed as tokens). */
    writtenIndexesOf: (name: string): readonly string[] => declarationOf(name).writtenIndexes ?? [],
    /** The table whose rows carry revisions of `kind`. */
    tableOfRevisionKind: (kind: RevisionKind): string => {
      const table = names.find((name) => declarationOf(name).revisionKind === kind);
      if (!table) throw new Error(`No table keeps revisions of kind "${kind}".`);
      return table;
    },
  };
}

const derived = deriveFromRegistry(tables);

export const tableNames = derived.tableNames as TableName[];
export const backupTables = derived.backupTables as BackupTable[];
export const searchedTables = derived.searchedTables as SearchedTable[];
export const newestTableVersion = derived.newestTableVersion;
/** The schema of a table's rows (for a union of tables, of any of their rows). */
export const schemaOf = derived.schemaOf as <T extends TableName>(table: T) => z.ZodType<RowOf<T>>;
export const backupRuleOf = derived.backupRuleOf as <T extends BackupTable>(table: T) => BackupRule<RowOf<T>>;
export const tableOfRevisionKind = derived.tableOfRevisionKind as (kind: RevisionKind) => RevisionTable;
export const indexedFieldsOf = derived.indexedFieldsOf;
export const writtenIndexesOf = derived.writtenIndexesOf;
