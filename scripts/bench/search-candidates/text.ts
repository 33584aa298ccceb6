// Text helpers shared by the workload (Node) and the page candidates, so all of them see the
// same text for an entry and split it into the same words.
import type { Entry } from '../../../shared/entry';

/** Body text of an entry: what happened plus the reflection, as one string. */
export function bodyText(entry: Entry): string {
  const { whyItHappened, whatIDid, whatILearned, whatIChanged } = entry.reflection;
  return [entry.whatHappened, whyItHappened, whatIDid, whatILearned, whatIChanged].filter(Boolean).join('\n');
}

/** Everything searchable in an entry: title, tags and body. */
export function entryText(entry: Entry): string {
  return `${entry.title}\n${entry.tags.join(' ')}\n${bodyText(entry)}`;
}

/** Lower-cased words (letters and digits), in order, with repeats. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a query; the last one may be a prefix still being typed. */
export function queryWords(query: string): string[] {
  return words(query);
}
