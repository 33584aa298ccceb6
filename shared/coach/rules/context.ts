import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import { parse, type Parsed, type Sentence } from '../nlp/parse';
import { matchesOf, normalizeText } from '../text';

/** One part of the story, prepared once and shared by every rule. */
export interface PartText {
  part: StoryPart;
  /** The text as the user typed it; offsets refer to it. */
  raw: string;
  /** Same length as `raw`, with apostrophes, quotes and dashes folded to ASCII. */
  norm: string;
  /** Sentences, each with its tokens and clauses (from the parse). */
  sentences: Sentence[];
  parsed: Parsed;
  /** True when the part has nothing but whitespace. */
  empty: boolean;
}

export type StoryContext = Record<StoryPart, PartText>;

/** A detection before it gets its severity and wording. */
export interface RawFinding {
  kind: FindingKind;
  part: StoryPart;
  start: number;
  end: number;
  /** Picks a message variant (e.g. which kind of unsafe failure). */
  detail?: string;
}

/** Prepares a part for the rules. */
export function preparePart(part: StoryPart, raw: string): PartText {
  const norm = normalizeText(raw);
  const empty = norm.trim().length === 0;
  const parsed = empty ? { sentences: [], tokens: [] } : parse(norm);
  return { part, raw, norm, sentences: parsed.sentences, parsed, empty };
}

/** A finding covering a whole sentence. */
export function sentenceFinding(kind: FindingKind, part: StoryPart, sentence: Sentence, detail?: string): RawFinding {
  return detail === undefined
    ? { kind, part, start: sentence.start, end: sentence.end }
    : { kind, part, start: sentence.start, end: sentence.end, detail };
}

/** A finding covering the trimmed text of a whole part (0..0 when it is empty). */
export function wholePartFinding(kind: FindingKind, p: PartText, detail?: string): RawFinding {
  const first = p.sentences[0];
  const last = p.sentences[p.sentences.length - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? 0;
  return detail === undefined ? { kind, part: p.part, start, end } : { kind, part: p.part, start, end, detail };
}

/** Options for a family of phrase patterns. */
export interface PhraseRule {
  kind: FindingKind;
  parts: readonly StoryPart[];
  pattern: RegExp;
  /** Drop a match when this says so (e.g. the sentence also takes ownership). */
  unless?: (sentence: Sentence, matchIndex: number, p: PartText) => boolean;
  detail?: string;
}

/** Runs phrase rules sentence by sentence; each match becomes a finding on its span. */
export function runPhraseRules(rules: readonly PhraseRule[], story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules) {
    for (const part of rule.parts) {
      const p = story[part];
      if (p.empty) continue;
      for (const sentence of p.sentences) {
        for (const m of matchesOf(rule.pattern, sentence.text)) {
          if (rule.unless?.(sentence, m.index, p) === true) continue;
          const start = sentence.start + m.index;
          const finding: RawFinding = { kind: rule.kind, part, start, end: start + m[0].length };
          if (rule.detail !== undefined) finding.detail = rule.detail;
          out.push(finding);
        }
      }
    }
  }
  return out;
}

/** The parts a reader hears as the story itself (everything but the role tie-in). */
export const narrativeParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'];
