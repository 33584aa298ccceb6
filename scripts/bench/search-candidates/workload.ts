// The query workload every candidate answers: real journal words typed letter by letter,
// plus a few two-word and one-typo queries. Derived from the first 1,000 generated entries,
// which are the same at every journal size, so the workload is identical at 1k, 10k and 100k.
import type { Entry } from '../../../shared/entry';
import { entryText, words } from './text.ts';
import type { WorkloadQuery } from './protocol.ts';

/** Frequency ranks (among words of 4+ letters) to type: from everyday words down to the rare tail. */
const ranks = [0, 3, 8, 15, 25, 40, 70, 150, 400, 900, 1800, 3000];

function wordsByFrequency(entries: readonly Entry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const word of words(entryText(entry))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([word]) => word.length >= 4)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
}

/** One edit (substitution or deletion) in the middle of the word: what fuzzy 0.2 must forgive. */
function typo(word: string, index: number): string {
  const at = Math.floor(word.length / 2);
  if (index % 2 === 1) return word.slice(0, at) + word.slice(at + 1);
  const replacement = word[at] === 'e' ? 'a' : 'e';
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

/** The queries, in typing order. */
export function buildWorkload(entries: readonly Entry[]): WorkloadQuery[] {
  const ranked = wordsByFrequency(entries);
  const picked = ranks.map((rank) => ranked[Math.min(rank, ranked.length - 1)] ?? 'review');
  const queries: WorkloadQuery[] = [];
  for (const word of picked) {
    for (let length = 1; length <= word.length; length++) queries.push({ text: word.slice(0, length), kind: 'prefix' });
  }
  for (let index = 0; index < 6; index++) {
    const first = picked[index * 2] ?? 'team';
    const second = picked[index * 2 + 1] ?? 'plan';
    queries.push({ text: `${first} ${second.slice(0, 3)}`, kind: 'two-word' });
  }
  picked
    .filter((word) => word.length >= 5)
    .slice(0, 6)
    .forEach((word, index) => queries.push({ text: typo(word, index), kind: 'typo' }));
  return queries;
}
