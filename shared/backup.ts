import { z } from 'zod';
import { backupRuleOf, backupTables, tables, type BackupTable } from './table-registry';
import { IsoDateTimeSchema } from './text-fields';

export type { BackupTable } from './table-registry';

export const BACKUP_FORMAT = 'hindsight-backup';
/**
 * The backup format this app writes: the newest version any backed-up table needs. It
 * reads this version and every earlier one (a table an older file lacks imports as empty).
 */
export const BACKUP_VERSION = Math.max(...backupTables.map((name) => backupRuleOf(name).since));
import { MAX_BACKUP_BYTES } from './backup-counts';

type TableArrays = { [T in BackupTable]: z.ZodDefault<z.ZodArray<(typeof tables)[T]['schema']>> };

const tableArrays = Object.fromEntries(
  backupTables.map((name) => [name, z.array(tables[name].schema).max(backupRuleOf(name).max).default([])]),
) as unknown as TableArrays;

/** A whole journal as one JSON document: `{"format", "version", "exportedAt", ...tables}`. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.int().min(1).max(BACKUP_VERSION),
    exportedAt: IsoDateTimeSchema,
    ...tableArrays,
  })
  .strict();
export type Backup = z.infer<typeof BackupSchema>;

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deeply arrays and objects may nest. A real backup nests a few levels (a revision's
 * story's follow-ups); parsing text nested far deeper would overflow the stack in the
 * reviver, so it is refused before parsing.
 */
const MAX_BACKUP_NESTING = 32;

const BYTE_ORDER_MARK = 0xfeff;
const codeOf = (char: string) => char.charCodeAt(0);
const [QUOTE, BACKSLASH] = [codeOf('"'), codeOf('\\')];
const [OPEN_ARRAY, OPEN_OBJECT, CLOSE_ARRAY, CLOSE_OBJECT] = [codeOf('['), codeOf('{'), codeOf(']'), codeOf('}')];

function refuse(error: string): BackupParseResult {
  return { ok: false, error: `This backup cannot be imported: ${error} Nothing was changed.` };
}

/** `entries[3].title` from a zod path, for messages a person can act on. */
function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}${text ? '.' : ''}${String(part)}`),
    '',
  );
}

function firstDuplicateId(records: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of records) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** True when JSON `text` opens more than `limit` arrays or objects inside each other; strings are skipped. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_ARRAY || char === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) depth--;
  }
  return false;
}

/**
 * Reads a backup file's text and validates all of it, before anything touches the
 * database: size, nesting, JSON syntax, prototype-polluting keys, format and version,
 * every record against the shared schemas, and duplicate ids. One leading byte-order mark
 * (some editors save JSON with one) is skipped. Never throws.
 */
export function parseBackup(file: string): BackupParseResult {
  // Length in UTF-16 units is at least the byte count / 3; cheap and enough for a guard.
  if (file.length > MAX_BACKUP_BYTES) return refuse(`the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`);
  const text = file.charCodeAt(0) === BYTE_ORDER_MARK ? file.slice(1) : file;
  if (nestsDeeperThan(text, MAX_BACKUP_NESTING))
    return refuse(
      'it is nested too deeply to be a backup (lists or objects inside each other, far past what one holds).',
    );
  let forbidden: string | undefined;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return refuse('it is not valid JSON (it may be truncated or not a backup at all).');
  }
  if (forbidden !== undefined) return refuse(`it contains the key "${forbidden}", which a backup never has.`);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse('it is not a Hindsight backup (expected a JSON object).');
  const header = data as Record<string, unknown>;
  if (header['format'] !== BACKUP_FORMAT)
    return refuse(`it is not a Hindsight backup ("format" is not "${BACKUP_FORMAT}").`);
  const version = header['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('its "version" is missing or not a whole number.');
  if (version > BACKUP_VERSION)
    return refuse(
      `it was made by a newer Hindsight (backup version ${version}; this app reads up to ${BACKUP_VERSION}). Update Hindsight, then import it.`,
    );
  const parsed = BackupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? describePath(issue.path) : '';
    return refuse(`${where ? `${where}: ` : ''}${issue?.message ?? 'it does not match the backup format.'}`);
  }
  for (const table of backupTables) {
    const duplicate = firstDuplicateId(parsed.data[table]);
    if (duplicate !== undefined)
      return refuse(`it lists two ${backupRuleOf(table).noun.many} with the id "${duplicate}".`);
  }
  return { ok: true, backup: parsed.data };
}

/**
 * The backup as the text of a file, all at once: stable key order, indented so it diffs
 * well. The reference for the format: the app writes files page by page with
 * `createBackupTextWriter`, which tests hold to this text byte for byte.
 */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Writes the same text as `serializeBackup`, one record at a time: the journal's records,
 * read a page at a time, are never all in memory at once, nor stringified in one long task.
 * Tables come in the registry's order (`backupTables`), each opened with `table()` before
 * its records.
 */
export function createBackupTextWriter(head: Pick<Backup, 'format' | 'version' | 'exportedAt'>) {
  // `{"format", "version", "exportedAt"` as JSON.stringify indents them, without the closing brace.
  const parts = [JSON.stringify(head, null, 2).slice(0, -2)];
  let length = parts[0]!.length;
  let open: 'none' | 'empty' | 'filled' = 'none';
  let opened = 0;
  const push = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  const close = () => {
    if (open !== 'none') push(open === 'filled' ? '\n  ]' : ']');
  };
  return {
    table(name: BackupTable) {
      if (name !== backupTables[opened]) throw new Error(`A backup's tables come in order; "${name}" is out of place.`);
      opened++;
      close();
      push(`,\n  ${JSON.stringify(name)}: [`);
      open = 'empty';
    },
    add(record: object) {
      if (open === 'none') throw new Error('A backup record was written before its table.');
      push(`${open === 'filled' ? ',' : ''}\n    ${JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')}`);
      open = 'filled';
    },
    /** Characters written so far. */
    get length() {
      return length;
    },
    finish(): string {
      if (opened !== backupTables.length) throw new Error('A backup was finished before all its tables.');
      close();
      push('\n}\n');
      return parts.join('');
    },
  };
}

export { BackupCountsSchema, MAX_BACKUP_BYTES, type BackupCounts } from './backup-counts';
