import { AUTHORED_NOUNS, CIRCUMSTANCE_NOUNS, NOT_NAMES, PERSON_NOUNS, PERSON_PRONOUNS } from '../lexicon/actors';
import type { Token } from './parse';

/**
 * What a clause's subject is: the speaker (`self`), the speaker with others (`we`), other
 * people (`person`), a circumstance (`circumstance`: a deadline, a budget, the market),
 * or anything else (`thing`).
 */
export type SubjectKind = 'self' | 'we' | 'person' | 'circumstance' | 'thing';

const SELF = new Set(['i', 'me', 'myself']);
const WE = new Set(['we', 'us', 'ourselves']);

/** Singular of a plural noun, enough for the lexicons ("vendors" → "vendor", "families" → "family"). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Classifies a subject noun phrase by its head (its last word) and its determiner. */
export function classifySubject(words: readonly Token[]): SubjectKind {
  const head = words[words.length - 1];
  if (!head) return 'thing';
  const word = head.lower;
  if (SELF.has(word)) return 'self';
  if (WE.has(word)) return 'we';
  if (PERSON_PRONOUNS.has(word)) return 'person';
  // "IT" (the department) is people; "it" is not.
  if (head.text === 'IT') return 'person';
  const lemma = singular(head.lemma);
  // "co-teacher", "night-shift", "sub-contractor": a compound is what its last part is.
  const last = singular(word.slice(word.lastIndexOf('-') + 1));
  if (PERSON_NOUNS.has(lemma) || PERSON_NOUNS.has(singular(word)) || PERSON_NOUNS.has(last)) return 'person';
  // "My instructions were too long": what the speaker made is theirs, not a circumstance.
  if (AUTHORED_NOUNS.has(lemma) && words.some((t) => t.lower === 'my')) return 'self';
  if (AUTHORED_NOUNS.has(lemma) && words.some((t) => t.lower === 'our')) return 'we';
  // Before names: a capitalised first word ("Communication is key") is often tagged a name.
  if (CIRCUMSTANCE_NOUNS.has(lemma) || CIRCUMSTANCE_NOUNS.has(singular(word))) return 'circumstance';
  if (head.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(head.text) && !NOT_NAMES.has(word)) return 'person';
  // "my plan", "my assumption": the speaker's own doing.
  if (words.some((t) => t.lower === 'my')) return 'self';
  if (words.some((t) => t.lower === 'our')) return 'we';
  return 'thing';
}
