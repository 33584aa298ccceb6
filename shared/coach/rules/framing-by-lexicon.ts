/**
 * Framing read from what a part says of the failure and of the speaker: a strength in
 * disguise (humblebrag), not caring (indifference),
 * and condemning oneself (self-flagellating). Beside the older phrase rules, which they widen.
 */
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import { BEAT_BUT_SHORT, DISGUISED_STRENGTH, MINIMIZING, NOT_CARING, SELF_CONDEMNATION } from '../lexicon/framing';
import { isNegatedAt, matchesOf } from '../text';
import type { Sentence } from '../nlp/parse';
import { hasExplicitOwnership } from '../signals';
import { narrativeParts, type PartText, type RawFinding, type StoryContext } from './context';

interface LexiconRule {
  kind: FindingKind;
  parts: readonly StoryPart[];
  pattern: RegExp;
  /** "I'm not a perfectionist": a negation just before the match undoes it. */
  negatable: boolean;
}

const beatButShort = new RegExp(BEAT_BUT_SHORT, 'gi');
const actedOnForecast =
  /\b(?:hired|bought|stocked|ordered|built|spent|committed|budgeted|planned|staffed|invested|leased|signed) (?:\w+ ){0,3}for\b|\b(?:laid off|layoffs|redundanc|overstock|written off|write-?off|wasted|unsold)/i;

const rules: readonly LexiconRule[] = [
  { kind: 'humblebrag', parts: narrativeParts, pattern: new RegExp(DISGUISED_STRENGTH, 'gi'), negatable: true },
  {
    kind: 'humblebrag',
    parts: ['whatHappened', 'whyItHappened'],
    pattern: beatButShort,
    negatable: false,
  },
  { kind: 'indifference', parts: narrativeParts, pattern: new RegExp(NOT_CARING, 'gi'), negatable: false },
  { kind: 'indifference', parts: narrativeParts, pattern: new RegExp(MINIMIZING, 'gi'), negatable: false },
  { kind: 'self-flagellating', parts: narrativeParts, pattern: new RegExp(SELF_CONDEMNATION, 'gi'), negatable: true },
];

/**
 * "It was only a summer job, but the owner relied on me", "I'd handed in my notice and let that
 * become an excuse", "I felt useless for a week. Then I asked to shadow…": the shrug or the
 * feeling is owned, or led straight to action.
 */
function ownedAround(p: PartText, sentence: Sentence, at: number): boolean {
  const text = sentence.text.toLowerCase();
  if (/^[^.;]{0,60}?,? but\b/.test(text.slice(at))) return true;
  const index = p.sentences.indexOf(sentence);
  const next = p.sentences[index + 1]?.text.toLowerCase() ?? '';
  if (hasExplicitOwnership(sentence.text) || hasExplicitOwnership(next)) return true;
  // A past feeling, then the next thing the speaker did.
  if (!/\bi (?:felt|was)\b/.test(text)) return false;
  return (
    /^[^.]{0,25}?,? (?:so|and then|then|and so) i\b/.test(text.slice(at)) ||
    /^(?:then|so|after that|the next|that (?:evening|night|afternoon)|next)\b[^.]{0,20}\bi\b/.test(next)
  );
}

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
          // "Grew 35%, but I had hired for 60%": a forecast acted on, with a cost, is a real miss.
          if (rule.pattern === beatButShort && actedOnForecast.test(text)) continue;
          // Disengagement or a hard feeling owned as part of the failure is not a shrug nor dwelling.
          if ((rule.kind === 'indifference' || rule.kind === 'self-flagellating') && ownedAround(p, sentence, m.index))
            continue;
          const start = sentence.start + m.index;
          out.push({ kind: rule.kind, part, start, end: start + m[0].length });
        }
      }
    }
  return out;
}
