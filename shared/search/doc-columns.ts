// Document facts stored column by column: a few arrays of strings and bytes instead of one
// small object per document, which IndexedDB reads back (and zod checks) many times faster.
import { z } from 'zod';
import { entryTypes } from '../entry';
import type { DocInfo } from './search-index';

/** Joins the short lists of a column (tags, entry ids); neither can hold this character. */
const SEPARATOR = '\u001f';
const kinds = ['entry', 'story'] as const;
const types = [null, ...entryTypes] as const;

export const DocColumnsSchema = z
  .object({
    keys: z.array(z.string()),
    ids: z.array(z.string()),
    titles: z.array(z.string()),
    occurredOn: z.array(z.string()),
    sortKeys: z.array(z.string()),
    tags: z.array(z.string()),
    entryIds: z.array(z.string()),
    kinds: z.instanceof(Uint8Array),
    types: z.instanceof(Uint8Array),
    waiting: z.instanceof(Uint8Array),
    lengths: z.instanceof(Uint32Array),
  })
  .refine(
    (c) =>
      [c.ids, c.titles, c.occurredOn, c.sortKeys, c.tags, c.entryIds, c.kinds, c.types, c.waiting, c.lengths].every(
        (column) => column.length === c.keys.length,
      ) &&
      c.kinds.every((kind) => kind < kinds.length) &&
      c.types.every((type) => type < types.length),
    'The search snapshot’s document columns do not line up.',
  );
export type DocColumns = z.infer<typeof DocColumnsSchema>;

const split = (joined: string) => (joined === '' ? [] : joined.split(SEPARATOR));

export function toColumns(docs: readonly DocInfo[]): DocColumns {
  return {
    keys: docs.map((d) => d.key),
    ids: docs.map((d) => d.id),
    titles: docs.map((d) => d.title),
    occurredOn: docs.map((d) => d.occurredOn),
    sortKeys: docs.map((d) => d.sortKey),
    tags: docs.map((d) => d.tags.join(SEPARATOR)),
    entryIds: docs.map((d) => d.entryIds.join(SEPARATOR)),
    kinds: Uint8Array.from(docs, (d) => kinds.indexOf(d.kind)),
    types: Uint8Array.from(docs, (d) => types.indexOf(d.type)),
    waiting: Uint8Array.from(docs, (d) => (d.waiting ? 1 : 0)),
    lengths: Uint32Array.from(docs, (d) => d.length),
  };
}

export function fromColumns(columns: DocColumns): DocInfo[] {
  return columns.keys.map((key, at) => ({
    key,
    kind: kinds[columns.kinds[at]!] ?? 'entry',
    id: columns.ids[at]!,
    title: columns.titles[at]!,
    tags: split(columns.tags[at]!),
    type: types[columns.types[at]!] ?? null,
    occurredOn: columns.occurredOn[at]!,
    waiting: columns.waiting[at] === 1,
    entryIds: split(columns.entryIds[at]!),
    sortKey: columns.sortKeys[at]!,
    length: columns.lengths[at]!,
  }));
}
