// The insights cache's facts with the lock on. Hashes of tags and of the words of "Why it
// happened" could be matched against a dictionary, so they are sealed like the journal's rows
// (with the same data key) and opened again at the next unlock.
import type { Sealed, SealingCipher } from '../../../shared/lock/sealed-shape';
import type { FactColumns } from '../../../shared/insights/fact-columns';

type ColumnName = Exclude<keyof FactColumns, 'ids'>;
const COLUMN_NAMES: readonly ColumnName[] = [
  'types',
  'flags',
  'occurredOn',
  'createdMs',
  'updatedMs',
  'questionsByText',
  'questionsByKind',
  'tagStarts',
  'tags',
  'causeStarts',
  'causes',
];

export interface SealedFacts {
  sealed: 1;
  ids: Sealed;
  columns: Record<ColumnName, Sealed>;
}

export const isSealedFacts = (value: unknown): value is SealedFacts =>
  typeof value === 'object' && value !== null && (value as Partial<SealedFacts>).sealed === 1;

const bytesOf = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Each typed array as it was, from a fresh copy of its bytes (so its alignment is right). */
function typedArrayOf(name: ColumnName, bytes: Uint8Array): FactColumns[ColumnName] {
  const buffer = bytes.slice().buffer;
  switch (name) {
    case 'types':
    case 'flags':
      return new Uint8Array(buffer);
    case 'createdMs':
    case 'updatedMs':
      return new Float64Array(buffer);
    case 'questionsByText':
    case 'questionsByKind':
      return new Uint16Array(buffer);
    default:
      return new Uint32Array(buffer);
  }
}

export function sealFacts(cipher: SealingCipher, columns: FactColumns): SealedFacts {
  return {
    sealed: 1,
    ids: cipher.seal('insights/ids', columns.ids),
    columns: Object.fromEntries(
      COLUMN_NAMES.map((name) => [name, cipher.sealBytes(`insights/${name}`, bytesOf(columns[name]))]),
    ) as Record<ColumnName, Sealed>,
  };
}

/** The columns (to be checked by their schema); throws when a part does not open with this key. */
export function openFacts(cipher: SealingCipher, stored: SealedFacts): unknown {
  return {
    ids: cipher.open('insights/ids', stored.ids),
    ...Object.fromEntries(
      COLUMN_NAMES.map((name) => [
        name,
        typedArrayOf(name, cipher.openBytes(`insights/${name}`, stored.columns[name])),
      ]),
    ),
  };
}
