/**
 * The role tie-in read for evidence of change: what in it is only a career or a willingness.
 */
import type { Clause, Sentence } from '../nlp/parse';

/**
 * In the role tie-in, a career told ("I've worked on the counter for two years now", "I'm now
 * looking for a full-time role") or a willingness ("I'm happy to do doubles when…") is no practice
 * adopted after the failure.
 */
const CAREER_VERBS = new Set('work look apply join study qualify gain spend move manage lead run'.split(' '));
const WILLING = /\b(?:am|'m|are|'re)\s+(?:\w+ )?(?:happy|willing|keen|eager|ready|glad|able|used|looking) to\b/;
const careerClause = (clause: Clause) =>
  (clause.subject?.kind === 'self' || clause.subject === null) &&
  ((clause.verb !== null && CAREER_VERBS.has(clause.verb.lemma)) || WILLING.test(clause.text));

export function withoutCareer(sentence: Sentence): Sentence | null {
  const kept = sentence.clauses.filter((c) => !careerClause(c));
  if (kept.length === sentence.clauses.length) return sentence;
  if (kept.length === 0) return null;
  return { ...sentence, clauses: kept, text: kept.map((c) => c.text).join(' ') };
}

