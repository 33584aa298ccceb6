/**
 * Tone at the two extremes the seed warns about: not caring (indifference) and not
 * letting go (self-flagellation). Past feelings are fine ("I was embarrassed, so I told
 * my editor"); what gets flagged is present-tense dwelling or a shrug.
 */
import type { Clause } from '../nlp/parse';
import { anyOf } from '../text';
import { narrativeParts, runPhraseRules, type PhraseRule, type RawFinding, type StoryContext } from './context';

const shrugs = anyOf(
  String.raw`\bI\s+(?:(?:honestly|really|just|frankly|genuinely|simply)\s+)?(?:didn't|did not|didnt|don't|do not|dont|never|wasn't going to)\s+(?:really\s+|particularly\s+|much\s+|honestly\s+|even\s+|actually\s+|especially\s+|all that\s+)?care\b(?!\s+(?:enough|who (?:got|gets|took) (?:the )?credit|about (?:the )?credit|about being right|about my ego|whose (?:idea|fault)))`,
  String.raw`\bI couldn't care less\b|\bI (?:stopped|quit|gave up) (?:caring|trying)\b|\bwho cares\b`,
  String.raw`\bI (?:wasn't|was not|was never|am not|'m not|never was|never really was)\s+(?:really\s+|that\s+|very\s+|particularly\s+|fully\s+|all that\s+|ever\s+)?(?:invested|interested|engaged|motivated|bothered|committed|into it)\b`,
  String.raw`\bI (?:didn't|did not|never) (?:really |fully |emotionally |ever )?invest(?:ed)?(?:\s+(?:myself|much|in (?:it|that|the (?:project|job|role|company|work|team|place))))?\s*(?:[.,;!-]|$)`,
  String.raw`\bI (?:[a-z]+ ){0,3}(?:checked out|phoned it in|coasted|was coasting|was going through the motions|did the (?:bare )?minimum|did just enough)\b`,
  String.raw`\b(?:it|that|the (?:project|job|work|account|class|client))\s+(?:wasn't|was not|isn't)\s+(?:really\s+)?(?:worth my time|worth the effort|worth caring about|my problem|a priority for me|important to me)\b|\b(?:didn't|did not) (?:really )?matter (?:to me|much to me)\b`,
  String.raw`\b(?:wasn't|was not|stopped|didn't|did not|never)\s+(?:really\s+)?(?:putting|put|putting in|bothering)\s+(?:in\s+)?(?:much|any|the|real|an?)\s+(?:effort|work|energy)\b`,
  String.raw`\bI (?:was|'d|had) (?:already )?(?:on my way out|job[- ]hunting|interviewing elsewhere|planning to leave|leaving anyway|halfway out the door|one foot out the door|mentally gone)\b`,
  String.raw`\b(?:toxic|a mess|dysfunctional|hopeless) so I (?:[a-z]+ ){0,2}(?:didn't|did not|stopped|never)\b`,
  // "I had kind of switched off", "I didn't see why I should bother", "I didn't feel it was my job to chase it".
  String.raw`\bI(?:'d| had)?(?: [a-z]+){0,7}? (?:had )?(?:(?:kind of|sort of|already|pretty much|basically|mentally|just) )*switched off(?=\s*(?:[.,;!]|and\b|by\b|$))|\bI (?:didn't|did not) (?:really )?see (?:why I should (?:bother|care)|the point (?:of|in) (?:it|bothering|checking|chasing)|any point)\b|\bI (?:didn't|did not) (?:feel|think) (?:that )?(?:it was|that was|it's) my (?:job|responsibility|problem) to\b|\bI had better things to do\b|\bI (?:didn't|did not) think (?:anyone|anybody|people|they|he|she) (?:actually |really |even |ever )?(?:read|looked at|used|checked|noticed|cared)\b`,
);

const FEELING = String.raw`(?:ashamed|ashamed of myself|embarrassed|mortified|humiliated|disgusted with myself|disappointed in myself|sick about it|devastated|gutted|stupid|terrible|awful|horrible|useless|hopeless|incompetent|worthless|like a failure|like an idiot|like a fraud|like a fool|like a complete failure|guilty|sick to my stomach)`;

const dwelling = anyOf(
  String.raw`\bI(?:'m|'ve| am| have)?\s+(?:(?:honestly|really|still|just|genuinely|truly|kind of|sort of|also|now|often|sometimes)\s+){0,2}(?:feel\s+|remain\s+|keep feeling\s+|been feeling\s+|been\s+|am\s+)?(?:(?:so|really|deeply|truly|incredibly|honestly|still|very|utterly|completely|just|pretty|quite|a bit|a little)\s+){0,2}${FEELING}\b`,
  String.raw`\bI doubt I(?:'ll| will| could| can) ever\b[^.!?]{0,60}\b(?:again|without)\b|\bI (?:still )?panic\b|\bI(?:'ll| will) never (?:live it down|get over)\b`,
  String.raw`\b(?:I'm|I am|im)\s+(?:such |a complete |an absolute |a total |just |basically )?(?:an idiot|a failure|a fraud|a fool|a moron|a disaster|a mess|hopeless|useless|the worst)\b`,
  String.raw`\bwhat an idiot\b|\bhow could I (?:have been|be) so\b|\bI(?:'ll| will) never forgive myself\b|\bI (?:still )?(?:hate|blame|beat up|kick) myself\b|\bI (?:still )?beat myself up\b|\bI can't believe I (?:was|could be|did|let)\b`,
  String.raw`\bnot sure how I (?:got|could get|managed to get|could have got|could have gotten) (?:that|it|this|things|everything) so wrong\b|\bstill (?:lose|losing) sleep\b|\bhaunts? me\b|\bI (?:don't|do not|can't) trust myself\b|\bI'm not (?:cut out|good enough|smart enough)\b(?! (?:at|in|with|yet)\b)`,
  String.raw`\b(?:I'm|I am|I'm still|I am still|I still|I remain|I'm really|I'm honestly)\s+(?:[a-z]+\s+)?(?:worried|afraid|scared|terrified|anxious|nervous|paranoid)\b[^.!?]{0,60}\b(?:again|repeat(?:ing)?|same mistake|happen again)\b`,
  // Past-tense self-punishment that lasted or lasts: "I hated myself for months", "I felt like the
  // worst nurse on the ward… and I still do", "for weeks I couldn't sleep", "kept thinking I should quit".
  String.raw`\bI (?:hated|blamed|despised|punished|loathed) myself\b[^.;!?]{0,30}\b(?:for (?:weeks|months|ages|years|days|a long time|a while|so long)|afterwards|after that|still)\b|\bI (?:felt|was) like (?:the|a|an) (?:worst|most useless|most incompetent|biggest failure|complete idiot|total idiot)\b|\b(?:for (?:weeks|months|ages|days|a long time)(?: afterwards| after(?: that| it)?)?,? I (?:couldn't|could not|didn't|did not|barely) (?:sleep|eat|stop thinking about it|stop replaying)|I (?:kept|keep) (?:thinking|telling myself) (?:that )?I (?:should|ought to|was going to|would have to|needed to) (?:quit|resign|leave|give up)|I (?:seriously )?(?:thought about|considered) (?:quitting|resigning|giving up|leaving (?:nursing|teaching|the profession|the job)))\b`,
  String.raw`\b(?:worried|afraid|scared|terrified) (?:about making|I'll make|I will make|that I'll|that I will|I'll do|of (?:making|doing)|I'll repeat|I might repeat|I might make) (?:that|the same|it|this)\b`,
);

/** What comes just before a shrug that denies it: "it's not that", "not because", "it wasn't as if". */
export const deniedShrug = /(?:\bnot|n't) (?:that|because|as if|like)\s+(?:i\s+)?$/i;

const toneRules: readonly PhraseRule[] = [
  {
    kind: 'indifference',
    parts: narrativeParts,
    pattern: shrugs,
    // "It's not that I didn't care, I was…": not caring denied is a plea, not a shrug.
    unless: (s, i) => deniedShrug.test(s.text.slice(Math.max(0, i - 25), i)),
  },
  { kind: 'self-flagellating', parts: narrativeParts, pattern: dwelling },
];

/** Verbs by which someone else's words or view are reported. */
const REPORTING = new Set('say tell joke reckon think add laugh admit point insist reply write feel'.split(' '));

/**
 * "It was a pretty boring job anyway", "nobody reads it closely anyway": "anyway" closing a clause
 * that says what something was (or what others do) waves the failure off. Not when the speaker
 * acts in that clause or after it ("I rang her anyway", "it was late anyway, so I stayed on").
 */
function dismissedAnyway(story: StoryContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const part of narrativeParts) {
    const p = story[part];
    if (p.empty) continue;
    for (const sentence of p.sentences)
      sentence.clauses.forEach((clause, i) => {
        // "Anyway" closing the clause, or closing its first half when the parse did not split at an
        // unpunctuated "so" ("it was my last shift there anyway so i was not really focused").
        const at = clause.tokens.findIndex(
          (t, j) =>
            /^(?:anyway|anyhow)$/.test(t.lower) &&
            (j === clause.tokens.length - 1 || /^(?:so|and|but)$/.test(clause.tokens[j + 1]?.lower ?? '')),
        );
        if (at < 0) return;
        const head = clause.tokens.slice(0, at);
        const tail = clause.tokens.slice(at + 2);
        const kind = clause.subject?.kind;
        const says =
          at === clause.tokens.length - 1
            ? clause.verb?.lemma === 'be' || kind === 'person'
            : head.some((t) => t.lemma === 'be') && !head.some((t) => t.lower === 'i' || t.lower === 'we');
        if (!says || kind === 'we') return;
        // "One couple said the cider was better anyway": someone else's words, reported, are not the
        // speaker waving the failure off.
        // Read from the clause before, which ends on the verb of reporting, its speaker not "I" or "we".
        const before = sentence.clauses[i - 1]?.tokens ?? [];
        const reporter = before[before.length - 2]?.lower ?? '';
        if (
          before.length >= 2 &&
          REPORTING.has(before[before.length - 1]?.lemma ?? '') &&
          !/^(?:i|we)$/.test(reporter) &&
          before[before.length - 2]?.pos !== 'ADV'
        )
          return;
        // The half after "so" with the speaker doing something, not negated: "…anyway so I rang her".
        const tailActs =
          tail.some((t) => t.lower === 'i' || t.lower === 'we') &&
          !tail.some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never') &&
          tail.some((t, j) => t.pos === 'VERB' && t.lemma !== 'be' && !/^(?:am|was|were|is|are)$/.test(tail[j - 1]?.lower ?? ''));
        if (tailActs) return;
        // "…so I was not really focused": a state, or a negated verb, is no act after the shrug.
        const acts = (c: Clause) =>
          (c.subject?.kind === 'self' || c.subject?.kind === 'we') &&
          c.verb !== null &&
          c.verb.lemma !== 'be' &&
          !c.negated &&
          !/^(?:am|'m|was|were|is|are|been|be)$/.test(
            c.tokens
              .slice(0, c.tokens.indexOf(c.verb))
              .filter((t) => t.pos !== 'ADV' && t.pos !== 'PART')
              .pop()?.lower ?? '',
          );
        if (sentence.clauses.slice(i).some(acts)) return;
        out.push({ kind: 'indifference', part, start: clause.start, end: clause.end });
      });
  }
  return out;
}

/** Indifference and self-flagellation, in any of the four narrative parts. */
export function toneExtremes(story: StoryContext): RawFinding[] {
  return [...runPhraseRules(toneRules, story), ...dismissedAnyway(story)];
}
