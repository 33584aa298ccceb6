// Facts stored column by column: a few typed arrays instead of one small object per
// setback, which IndexedDB reads back (and zod checks) many times faster.
import { z } from 'zod';
import { entryTypes } from '../entry';
import type { EntryFact, HashList } from './entry-facts';

/** Bits of the `flags` column. */
export const TRASHED = 1;
export const REFLECTED = 2;
export const HAS_LESSON = 4;

export const FactColumnsSchema = z
  .object({
    // Checked in one loop: zod's array of strings checks 100,000 ids one schema call at a time.
    ids: z.custom<string[]>(
      (value) => Array.isArray(value) && value.every((id) => typeof id === 'string'),
      'The insights cache’s ids are not text.',
    ),
    types: z.instanceof(Uint8Array),
    flags: z.instanceof(Uint8Array),
    occurredOn: z.instanceof(Uint32Array),
    createdMs: z.instanceof(Float64Array),
    updatedMs: z.instanceof(Float64Array),
    questionsByText: z.instanceof(Uint16Array),
    questionsByKind: z.instanceof(Uint16Array),
    /** Where each setback's tags start in `tags` (one more than there are setbacks). */
    tagStarts: z.instanceof(Uint32Array),
    tags: z.instanceof(Uint32Array),
    causeStarts: z.instanceof(Uint32Array),
    causes: z.instanceof(Uint32Array),
  })
  .refine((c) => {
    const n = c.ids.length;
    return (
      [c.types, c.flags, c.occurredOn, c.createdMs, c.updatedMs, c.questionsByText, c.questionsByKind].every(
        (column) => column.length === n,
      ) &&
      c.tagStarts.length === n + 1 &&
      c.causeStarts.length === n + 1 &&
      c.tagStarts[n] === c.tags.length &&
      c.causeStarts[n] === c.causes.length &&
      c.types.every((type) => type < entryTypes.length)
    );
  }, 'The insights cache’s columns do not line up.');
export type FactColumns = z.infer<typeof FactColumnsSchema>;

function starts(lists: readonly HashList[]): { starts: Uint32Array<ArrayBuffer>; values: Uint32Array<ArrayBuffer> } {
  const begin = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, at) => {
    begin[at] = total;
    total += list.length;
  });
  begin[lists.length] = total;
  const values = new Uint32Array(total);
  lists.forEach((list, at) => values.set(list, begin[at]));
  return { starts: begin, values };
}

/** Packs facts into columns. */
export function toFactColumns(facts: readonly EntryFact[]): FactColumns {
  const tags = starts(facts.map((fact) => fact.tags));
  const causes = starts(facts.map((fact) => fact.causes));
  return {
    ids: facts.map((fact) => fact.id),
    types: Uint8Array.from(facts, (fact) => entryTypes.indexOf(fact.type)),
    flags: Uint8Array.from(
      facts,
      (fact) => (fact.trashed ? TRASHED : 0) | (fact.reflected ? REFLECTED : 0) | (fact.hasLesson ? HAS_LESSON : 0),
    ),
    occurredOn: Uint32Array.from(facts, (fact) => fact.occurredOn),
    createdMs: Float64Array.from(facts, (fact) => fact.createdMs),
    updatedMs: Float64Array.from(facts, (fact) => fact.updatedMs),
    questionsByText: Uint16Array.from(facts, (fact) => fact.questionsByText),
    questionsByKind: Uint16Array.from(facts, (fact) => fact.questionsByKind),
    tagStarts: tags.starts,
    tags: tags.values,
    causeStarts: causes.starts,
    causes: causes.values,
  };
}

/** Unpacks columns into facts; the hash lists are views on the stored arrays, not copies. */
export function fromFactColumns(c: FactColumns): EntryFact[] {
  return c.ids.map((id, at) => {
    const flags = c.flags[at]!;
    return {
      id,
      type: entryTypes[c.types[at]!] ?? 'technical',
      trashed: (flags & TRASHED) !== 0,
      occurredOn: c.occurredOn[at]!,
      createdMs: c.createdMs[at]!,
      updatedMs: c.updatedMs[at]!,
      reflected: (flags & REFLECTED) !== 0,
      hasLesson: (flags & HAS_LESSON) !== 0,
      questionsByText: c.questionsByText[at]!,
      questionsByKind: c.questionsByKind[at]!,
      tags: c.tags.subarray(c.tagStarts[at]!, c.tagStarts[at + 1]!),
      causes: c.causes.subarray(c.causeStarts[at]!, c.causeStarts[at + 1]!),
    };
  });
}

/**
 * The columns with some setbacks replaced, added or dropped (`null`): the rows kept are
 * copied column by column, never unpacked, so a few changes cost little in a large journal.
 */
export function withChanges(c: FactColumns, changes: ReadonlyMap<string, EntryFact | null>): FactColumns {
  if (changes.size === 0) return c;
  const kept: number[] = [];
  c.ids.forEach((id, row) => {
    if (!changes.has(id)) kept.push(row);
  });
  const added = toFactColumns([...changes.values()].filter((fact): fact is EntryFact => fact !== null));
  const lists = (starts: Uint32Array, values: Uint32Array, addedStarts: Uint32Array, addedValues: Uint32Array) => {
    const begin = new Uint32Array(kept.length + added.ids.length + 1);
    let total = 0;
    kept.forEach((row, at) => {
      begin[at] = total;
      total += starts[row + 1]! - starts[row]!;
    });
    const out = new Uint32Array(total + addedValues.length);
    kept.forEach((row, at) => out.set(values.subarray(starts[row]!, starts[row + 1]!), begin[at]));
    out.set(addedValues, total);
    for (let at = 0; at <= added.ids.length; at++) begin[kept.length + at] = total + addedStarts[at]!;
    return { starts: begin, values: out };
  };
  const gather = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(column: T, extra: T): T => {
    const out = new (column.constructor as new (length: number) => T)(kept.length + extra.length);
    kept.forEach((row, at) => (out[at] = column[row]!));
    out.set(extra, kept.length);
    return out;
  };
  const tags = lists(c.tagStarts, c.tags, added.tagStarts, added.tags);
  const causes = lists(c.causeStarts, c.causes, added.causeStarts, added.causes);
  return {
    ids: [...kept.map((row) => c.ids[row]!), ...added.ids],
    types: gather(c.types, added.types),
    flags: gather(c.flags, added.flags),
    occurredOn: gather(c.occurredOn, added.occurredOn),
    createdMs: gather(c.createdMs, added.createdMs),
    updatedMs: gather(c.updatedMs, added.updatedMs),
    questionsByText: gather(c.questionsByText, added.questionsByText),
    questionsByKind: gather(c.questionsByKind, added.questionsByKind),
    tagStarts: tags.starts,
    tags: tags.values,
    causeStarts: causes.starts,
    causes: causes.values,
  };
}
