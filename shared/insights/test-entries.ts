// Setbacks for the insights tests: only what each test cares about is written.
import type { Entry, EntryType, Reflection } from '../entry';

let next = 0;

export interface TestEntry {
  title?: string;
  type?: EntryType;
  tags?: string[];
  occurredOn?: string;
  why?: string;
  changed?: string;
  reflected?: boolean;
  createdAt?: string;
  updatedAt?: string;
  trashed?: boolean;
  whatHappened?: string;
}

/** A valid setback; reflected (why, did, learned) when `why` or `reflected` says so. */
export function testEntry(input: TestEntry = {}): Entry {
  next++;
  const reflected = input.reflected ?? input.why !== undefined;
  const reflection: Reflection = {
    whyItHappened: input.why ?? (reflected ? 'It was my call.' : ''),
    whatIDid: reflected ? 'I fixed it.' : '',
    whatILearned: reflected ? 'Check first.' : '',
    whatIChanged: input.changed ?? '',
  };
  const createdAt = input.createdAt ?? `${input.occurredOn ?? '2026-06-01'}T09:00:00.000Z`;
  return {
    id: `e${String(next).padStart(4, '0')}`,
    title: input.title ?? `Setback ${next}`,
    whatHappened: input.whatHappened ?? '',
    occurredOn: input.occurredOn ?? '2026-06-01',
    type: input.type ?? 'technical',
    tags: input.tags ?? [],
    stakes: 'medium',
    reflection,
    createdAt,
    updatedAt: input.updatedAt ?? createdAt,
    deletedAt: input.trashed ? '2026-07-01T00:00:00.000Z' : null,
  };
}
