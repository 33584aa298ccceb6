/**
 * Framing read from what a part says of the failure and of the speaker: a strength in
 * disguise (humblebrag), not caring (indifference),
 * and condemning oneself (self-flagellating). Beside the older phrase rules, which they widen.
 */
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import { BEAT_BUT_SHORT, DISGUISED_STRENGTH, NOT_CARING, SELF_CONDEMNATION } from '../lexicon/framing';
import { isNegatedAt, matchesOf } from '../text';
import { narrativeParts, type RawFinding, type StoryContext } from './context';

interface LexiconRule {
  kind: FindingKind;
  parts: readonly StoryPart[];
  pattern: RegExp;
  /** "I'm not a perfectionist": a negation just before the match undoes it. */
  negatable: boolean;
}

const rules: readonly LexiconRule[] = [
  { kind: 'humblebrag', parts: narrativeParts, pattern: new RegExp(DISGUISED_STRENGTH, 'gi'), negatable: true },
  {
    kind: 'humblebrag',
    parts: ['whatHappened', 'whyItHappened'],
    pattern: new RegExp(BEAT_BUT_SHORT, 'gi'),
    negatable: false,
  },
  { kind: 'indifference', parts: narrativeParts, pattern: new RegExp(NOT_CARING, 'gi'), negatable: false },
  { kind: 'self-flagellating', parts: narrativeParts, pattern: new RegExp(SELF_CONDEMNATION, 'gi'), negatable: true },
];

export function framingByLexicon(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules)
    for (const part of rule.parts) {
      const p = story[part];
      if (p.empty) continue;
      for (const sentence of p.sentences) {
        const text = sentence.text.toLowerCase();
        for (const m of matchesOf(rule.pattern, text)) {
          if (rule.negatable && isNegatedAt(text, m.index, 2)) continue;
          const start = sentence.start + m.index;
          out.push({ kind: rule.kind, part, start, end: start + m[0].length });
        }
      }
    }
  return out;
}
