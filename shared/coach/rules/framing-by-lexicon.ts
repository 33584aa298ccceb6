/**
 * Framing read from what a part says of the failure and of the speaker: a strength in
 * disguise (humblebrag), not caring (indifference),
 * and condemning oneself (self-flagellating). Beside the older phrase rules, which they widen.
 */
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import { deniedShrug } from './tone-rules';
import { BEAT_BUT_SHORT, DISGUISED_STRENGTH, MINIMIZING, NOT_CARING, SELF_CONDEMNATION } from '../lexicon/framing';
import { isNegatedAt, matchesOf } from '../text';
import type { Clause, Sentence, Token } from '../nlp/parse';
import { hasExplicitOwnership } from '../signals';
import { narrativeParts, type PartText, type RawFinding, type StoryContext } from './context';
import { partShowsChange } from './lesson-rules';

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
  if (!/\bi (?:felt|was|couldn't|could not)\b/.test(text)) return false;
  return (
    /^[^.]{0,25}?,? (?:so|and then|then|and so) i\b/.test(text.slice(at)) ||
    // "I couldn't face the ward that night, so I called my mentor": what was faced, then the act.
    /^(?:couldn't|could not|can't) face [^.]{0,40}?,? (?:so|and then|then|and so) i\b/.test(text.slice(at)) ||
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
          // "It's not that I didn't care, I was…": not caring denied, whatever else the sentence pleads.
          if (rule.kind === 'indifference' && deniedShrug.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
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

/** Traits a person is, not things a person did: "I am careless", "I'm stupid". */
const FLAWS = new Set([
  'careless',
  'stupid',
  'useless',
  'hopeless',
  'lazy',
  'incompetent',
  'clumsy',
  'worthless',
  'pathetic',
  'dumb',
  'disorganised',
  'disorganized',
  'scatterbrained',
  'sloppy',
  'unreliable',
  'terrible',
  'awful',
  'horrible',
  'danger',
  'liability',
  // Nouns that name the person, not the act: "I'm still a mess about it", "I feel like a fraud".
  'mess',
  'failure',
  'fraud',
  'idiot',
  'moron',
  'wreck',
]);
/** "not good enough", "not a good enough teacher": a standard the speaker says they fall short of, now. */
const SHORT_OF = /^(?:good|smart|clever|strong|capable|quick|bright)$/;

/**
 * The speaker as a flawed person in words that frame the flaw: "I felt like the most useless
 * person there", "I feel like a terrible carer" (identity, in any tense, unlike "I felt awful"),
 * "telling myself how pathetic I was", and, now, "I'm just not a good enough teacher".
 */
function flawFramed(clause: Clause, words: readonly Token[]): boolean {
  const lowers = words.map((t) => t.lower);
  const like = lowers.indexOf('like');
  if (!clause.negated && clause.verb?.lemma === 'feel' && like > 0 && words.slice(like + 1).some((t) => FLAWS.has(t.lower))) return true;
  const how = lowers.indexOf('how');
  if (how >= 0 && FLAWS.has(lowers[how + 1] ?? '') && SELF_WORDS.has(lowers[how + 2] ?? '')) return true;
  const be = words.findIndex((t) => PRESENT_BE.has(t.lower));
  if (be < 0 || lowers[be + 1 + (lowers[be + 1] === 'just' ? 1 : 0)] !== 'not') return false;
  const rest = lowers.slice(be + 1).filter((w) => w !== 'just' && w !== 'not' && w !== 'a' && w !== 'an');
  return SHORT_OF.test(rest[0] ?? '') && rest[1] === 'enough' && !rest.includes('at');
}
const SELF_WORDS = new Set(['i', "i'm", 'i am']);
/** "I am not good for this job", "I'm not fit to be a nurse": unfit for the work, said now. */
const UNFIT = /^(?:good|fit|right|suited|made|cut out)$/;
const PRESENT_BE = new Set(['am', "'m"]);
/** A first answer that is only a quantity of nothing: "Nothing really,", "Not a lot to be fair,". */
const NOTHING_ANSWER =
  /^(?:nothing|very little|not (?:much|a lot|a great deal|really|anything|a whole lot|too much|loads|(?:all )?that much|an? (?:huge|great|massive|big|lot of) (?:amount|deal)))\b/;
/**
 * The failure as what the line of work is: "It's retail,", "that's hospitality for you", "such is
 * the property market". A sector or trade named as the whole reason, with nothing after it.
 */
const LINE_OF_WORK = String.raw`(?:retail|hospitality|sales|teaching|nursing|care work|IT|tech|construction|logistics|catering|events|agency work|the (?:NHS|trade|property market|building trade|restaurant trade))`;
export const WORK_SHRUG = new RegExp(
  String.raw`^(?:(?:but|and|well|look|honestly),? )?(?:it's|it is|that's|that is|such is) (?:just )?${LINE_OF_WORK}(?: for you)?$|^(?:but |and )?that's (?:just )?the [a-z]+(?: [a-z]+)? for you$|^(?:(?:but|and|well|honestly),? )?(?:it's|it is|that's|that is|they're|they are) (?:just |all |simply )?(?:a |an )?(?:normal |natural )?part (?:and parcel )?of the (?:job|work|role|game|trade)(?: really| to be honest| at the end of the day)?$`,
  'i',
);
/** "stuff goes wrong every day", "things break all the time": failure as a constant, with nobody in it. */
const CONSTANT_FAILURE =
  /^(?:(?:and|but|so) )?(?:stuff|things|mistakes|errors|problems|issues|orders|deliveries|[a-z]+(?:-[a-z]+)?s) (?:\w+ )?(?:go(?:es)? wrong|happen|break|get (?:lost|missed|mixed up)|slip)\b[^,;]*\b(?:every (?:day|shift|week|night)|all the time|constantly|daily|every other day)\b/;
/** "These kinds of issues", "stuff like that", "mistakes like this": the failure as one of a class. */
const FAILURE_CLASS =
  /^(?:(?:and|but|so|because) )?(?:(?:these|those|such|this|that) (?:(?:kinds?|sorts?|types?) of )?(?:\w+ )?(?:things|issues|problems|mistakes|errors|incidents|stuff)|(?:stuff|things|mistakes|errors|issues|problems|incidents) like (?:that|this|these|those))\b/;

/**
 * Framing read from who a clause is about and its tense:
 * - the speaker as a flawed person, now ("I am careless and stupid"): self-flagellating, while
 *   "I was careless with the labels" (past, about the act) owns the failure;
 * - "What I did" or "What I learned" answered with a quantity of nothing ("Nothing really,",
 *   "Not a lot to be fair,"): indifference (and, for the lesson, not learned);
 * - a lesson that says the failure changed nothing ("I would not say it changed much for me");
 * - the failure told as one of a class that simply happens or comes with the job ("these kinds
 *   of issues are part of working in operations", "stuff like that happens in IT").
 */
const BUSY_ONLY =
  /\b(?:when|whenever|if)\s+(?:it|things|everything|the \w+)(?:'s| is| was| gets| got| are| get)\s+(?:\w+ )?(?:busy|hectic|mad|manic|crazy|chaotic|rushed|stressful|slammed|full on|short-staffed)\b/i;

export function framingByClause(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const part of narrativeParts) {
    const p = story[part];
    if (p.empty) continue;
    p.sentences.forEach((sentence, index) => {
      for (const clause of sentence.clauses) {
        const words = clause.tokens.filter((t) => t.pos !== 'PUNCT');
        // The speaker as a flawed person, in the present.
        // "He says to me that I am careless": someone else's words, reported.
        const reported = sentence.clauses
          .slice(0, sentence.clauses.indexOf(clause))
          .some((c) => c.subject?.kind === 'person' && /^(?:say|tell|call|think|write|shout)$/.test(c.verb?.lemma ?? ''));
        if (clause.subject?.kind === 'self' && !reported) {
          const be = words.findIndex((t) => PRESENT_BE.has(t.lower));
          const flaw = be >= 0 ? words.slice(be + 1).find((t) => FLAWS.has(t.lower)) : undefined;
          const after = be >= 0 ? words.slice(be + 1) : [];
          // "not good for this job": "not", then unfitness for the work or the trade (not "not good at Excel").
          const unfit =
            after[0]?.lower === 'not' &&
            UNFIT.test(after[1]?.lower ?? '') &&
            /^(?:for|to|enough)$/.test(after[2]?.lower ?? '') &&
            !/\bat\b/.test(after.map((t) => t.lower).join(' '));
          if (unfit && !ownedAround(p, sentence, Math.max(0, clause.start - sentence.start)))
            out.push({ kind: 'self-flagellating', part, start: clause.start, end: clause.end });
          const framed = flawFramed(clause, words);
          if (framed && !ownedAround(p, sentence, Math.max(0, clause.start - sentence.start)))
            out.push({ kind: 'self-flagellating', part, start: clause.start, end: clause.end });
          else if (flaw && !words.slice(be + 1, words.indexOf(flaw)).some((t) => t.lower === 'not' || t.lower === "n't")) {
            if (!ownedAround(p, sentence, Math.max(0, clause.start - sentence.start)))
              out.push({ kind: 'self-flagellating', part, start: clause.start, end: clause.end });
          }
        }
        // "It's retail,", "stuff goes wrong every day": the failure as what the work is.
        // The tagger does not start a clause at a comma before a noun ("It's retail, stuff goes…").
        const pieces = clause.text.split(/[,;]\s*/).map((piece) => piece.replace(/[.!]+$/, '').trim());
        if (pieces.some((piece) => WORK_SHRUG.test(piece) || CONSTANT_FAILURE.test(piece))) {
          out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
          // Where the lesson should be, it is also no lesson.
          if (part === 'whatILearned' && !partShowsChange(p))
            out.push({ kind: 'not-learned', part, start: clause.start, end: clause.end });
        }
        // "I didn't really bother fighting it": the speaker chose not to act (not "bother him with it").
        if (
          clause.subject?.kind === 'self' &&
          clause.negated &&
          clause.verb?.lemma === 'bother' &&
          clause.tokens[clause.tokens.indexOf(clause.verb) + 1]?.pos !== 'PRON' &&
          !ownedAround(p, sentence, Math.max(0, clause.start - sentence.start))
        )
          out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
        // "Eh, it happens.": a clause that is only the failure happening, as things do.
        if (/^(?:(?:eh|well|but|oh well|meh|look|honestly|tbh),? )?(?:it|that|stuff|these things|things|mistakes|shit) (?:just )?happens?$/.test(clause.text.replace(/[.!]+$/, '')))
          out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
        // The failure as one of a class that happens, or comes with the work.
        if (
          clause.subject?.kind !== 'self' &&
          FAILURE_CLASS.test(clause.text.toLowerCase()) &&
          /\b(?:happens?|are part of|is part of|comes? with)\b/.test(clause.text) &&
          // A cause given ("…happen when you rush", "…when the label is read from memory") makes it
          // a lesson, not a shrug; only busyness as the condition ("…happen when it's busy") is
          // still the shrug. The tagger
          // does not always start a clause at "when".
          !(/\b(?:when|whenever|if|unless|because|until)\b/i.test(sentence.text) && !BUSY_ONLY.test(sentence.text)) &&
          !ownedAround(p, sentence, Math.max(0, clause.start - sentence.start))
        ) {
          out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
          // Where the lesson should be, the shrug is also no lesson.
          if (part === 'whatILearned' && !partShowsChange(p))
            out.push({ kind: 'not-learned', part, start: clause.start, end: clause.end });
        }
      }
      if (index === 0 && (part === 'whatIDid' || part === 'whatILearned')) {
        const first = sentence.clauses[0];
        const lower = first?.text.toLowerCase() ?? '';
        const hasOwnVerb = first?.tokens.some((t) => t.pos === 'VERB' && t.lemma !== 'be') ?? true;
        const later = sentence.text.toLowerCase().slice(lower.length);
        // "Nothing at first, until…", "Not much in theory, but now I…": the answer goes on.
        const goesOn = /\b(?:at first|until|initially|but)\b/.test(lower + later.slice(0, 30)) || partShowsChange(p);
        if (first && NOTHING_ANSWER.test(lower) && !hasOwnVerb && !goesOn) {
          out.push({ kind: 'indifference', part, start: first.start, end: first.end });
          if (part === 'whatILearned') out.push({ kind: 'not-learned', part, start: first.start, end: first.end });
          // "What did you do?" "Nothing really": no action taken, whatever follows.
          else out.push({ kind: 'passive-action', part, start: first.start, end: first.end });
        }
      }
      // "I would not say it changed much for me": the failure changed nothing, said of the lesson.
      if (part === 'whatILearned')
        for (const clause of sentence.clauses) {
          const verb = clause.verb;
          if (!verb || !/^(?:change|affect|teach|learn)$/.test(verb.lemma)) continue;
          // Negated in the clause itself ("it didn't change much"), or under the speaker's own
          // hedge just before ("I would not say | it changed much"); not a negation earlier on.
          const at = clause.tokens.findIndex((t) => t.lemma === verb.lemma);
          const ownNegation = clause.tokens.slice(0, at).some((t) => /^(?:not|n't|never)$/.test(t.lower));
          const prior = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
          const hedged =
            prior?.subject?.kind === 'self' &&
            /^(?:say|think|feel)$/.test(prior.verb?.lemma ?? '') &&
            prior.tokens.some((t) => /^(?:not|n't)$/.test(t.lower));
          const negated = ownNegation || hedged;
          if (negated && /\b(?:much|anything|a lot|a great deal|that much|something (?:special|new))\b/.test(clause.text)) {
            out.push({ kind: 'not-learned', part, start: clause.start, end: clause.end });
            // "It didn't change much for me" shrugs; "I can't say I learned anything" has not landed.
            if (/^(?:change|affect)$/.test(verb.lemma))
              out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
          }
        }
      // "Not sure what else I could have done", "nothing I'd do differently": no other way seen.
      if (noOtherWay(sentence) && !(part === 'whatILearned' && partShowsChange(p)) && !/,? but\b/i.test(sentence.text))
        out.push({ kind: 'not-learned', part, start: sentence.start, end: sentence.end });
      // "I still think the pricing was right": the decision is still defended.
      if (stillRight(sentence) && !partShowsChange(story.whatILearned))
        out.push({ kind: 'not-learned', part, start: sentence.start, end: sentence.end });
    });
  }
  return out;
}

/**
 * The speaker sees no other way: "what else / differently" under a doubt or a "nothing" of
 * their own ("not sure what else I could have done", "nothing I would do differently").
 */
function noOtherWay(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.lower === 'else' || t.lower === 'differently');
  if (at < 0) return false;
  const before = tokens.slice(0, at);
  // "Not sure what else I could have done": the speaker may come after "else".
  const speaker = [...before, tokens[at + 1]].some((t) => t?.lower === 'i' || t?.lower === 'we');
  const modal = tokens.some((t) => /^(?:could|would|'d|should|can)$/.test(t.lower));
  const doubt = before.some((t) => /^(?:not|n't|nothing|no|never)$/.test(t.lower));
  // "I couldn't have done it differently without…" is an argument; "what I'd do differently now is…" a plan.
  const plan = /\bdifferently (?:now|next time|is|was)\b/i.test(sentence.text);
  return speaker && modal && doubt && !plan;
}

/** "I still think I was right", "I'm still not convinced it was a mistake". */
function stillRight(sentence: Sentence): boolean {
  const text = sentence.text.toLowerCase();
  if (/\b(?:i|i'm|i am) still not (?:\w+ )?convinced (?:it|that|this) was (?:a|my) (?:mistake|error|failure)\b/.test(text)) return true;
  const clause = sentence.clauses.find(
    (c) => c.subject?.kind === 'self' && /^(?:think|believe|maintain|feel)$/.test(c.verb?.lemma ?? '') && /\bstill\b/.test(c.text),
  );
  if (!clause) return false;
  // What is still believed: the rest of the sentence after the verb of believing.
  const verb = clause.tokens.find((t) => t.lemma === clause.verb?.lemma);
  const from = verb ? text.indexOf(verb.lower, clause.start - sentence.start) + verb.lower.length : 0;
  const belief = text.slice(from).split(/[,;]| and /)[0] ?? '';
  return /\b(?:right|correct)\b/.test(belief) && !/\b(?:not|n't|never)\b/.test(belief);
}
