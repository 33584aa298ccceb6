/**
 * Root cause and action: a cause that names nothing (vague cause), and a recovery that
 * happened without anyone doing it (passive action).
 */
import { SELF_CONDEMNATION } from '../lexicon/framing';
import { ABSTRACT_CAUSE_NOUNS, HEDGE_VERBS } from '../lexicon/judgments';
import { hasOwnership, hasSelfCause } from '../signals';
import { anyOf, countWords, hasMatch } from '../text';
import {
  runPhraseRules,
  wholePartFinding,
  type PartText,
  type PhraseRule,
  type RawFinding,
  type StoryContext,
} from './context';
import { isBlank } from './structure-rules';

const vagueCausePhrases = anyOf(
  String.raw`\b(?:a |the )?(?:combination|mix|number|variety) of (?:factors|things|issues|circumstances|reasons)\b|\bshifting priorities\b|\bresource (?:constraints|issues|limitations)\b|\bone of those (?:days|things|weeks|nights|shifts|situations)\b|\b(?:a |it was a )?(?:really |very |super |crazy )?busy (?:week|day|time|period|shift|month)\b|\bthings (?:got|were) (?:busy|hectic|crazy|chaotic)\b`,
  String.raw`\b(?:things|it|stuff|everything)\s+(?:just\s+|simply\s+|really\s+)?(?:didn't|did not|didnt)\s+(?:really\s+)?(?:go|work out|turn out|pan out|come together|click|line up|fall into place)\b(?:\s+(?:as|according to|to|the way)\s+(?:[a-z]+\s+)?(?:plan|planned|expected|hoped|intended))?`,
  String.raw`\b(?:it was|it's|that's|that was)\s+(?:just\s+|simply\s+|really\s+)?(?:one of those things|bad timing|the timing|a perfect storm|a lot of things|complicated|a mix of things|a combination of (?:things|factors)|how it goes|the way it goes|not meant to be)\b`,
  // "Why it happened:" heading a list is a question named, not a cause given.
  String.raw`\b(?:stuff|things|these things|mistakes|problems) (?:just )?happen(?:s|ed)?\b|\b(?<!\b(?:why|how|where|when|what) )it (?:just )?happened\b(?! (?:because|when|after|since))`,
  String.raw`\bfor (?:a number of|various|several|many|a variety of|a bunch of|a lot of|all sorts of|complicated) reasons\b|\b(?:various|several|a number of|a lot of|multiple|many|a bunch of) (?:factors|moving parts|little things|reasons)\b`,
  String.raw`\b(?:the )?timing (?:was|wasn't|was just|just wasn't|was not) (?:bad|off|wrong|right|great|ideal|terrible|unlucky)\b|\ba lot (?:was )?going on\b|\bthe perfect storm\b`,
  String.raw`\bfell (?:through|between) the cracks\b|\bgot lost in the shuffle\b|\bwasn't meant to be\b|\bit is what it is\b|\bthe stars (?:didn't|did not) align\b`,
  String.raw`\bthere (?:was|were) (?:some |a |a lot of |a bit of |lots of )?(?:miscommunication|confusion|misunderstandings?|breakdowns?|disconnect|issues|problems|challenges|difficulties|hiccups)\b`,
  String.raw`\b(?:a|some) (?:miscommunication|misunderstanding|breakdown in communication|communication breakdown)\b`,
  // "Communication broke down between us and the council", "it just didn't happen in time".
  String.raw`\bcommunication (?:just |kind of |sort of )?(?:broke down|fell apart|was (?:poor|bad|patchy|lacking)|wasn't (?:great|good|there)|didn't work)\b|\bit (?:just |simply )?(?:didn't|did not) happen\b|\b(?:the \w+|things|that) (?:just|simply) (?:didn't|did not) (?:happen|get done)\b`,
);

const vagueCauseRules: readonly PhraseRule[] = [
  {
    kind: 'vague-cause',
    parts: ['whyItHappened'],
    pattern: vagueCausePhrases,
    // "There was confusion because I never confirmed the order" names the cause.
    unless: (s) => hasOwnership(s.text) || /\bbecause\b/i.test(s.text),
  },
];

const globalVerdict = new RegExp(SELF_CONDEMNATION, 'i');

/**
 * A "why" in which nobody does anything: no clause has the speaker, the team or another
 * person as its actor (hedges like "I think" aside), and what it blames is abstract
 * (pressure, timing, "a combination of factors", "the situation"). Read from the parse, so
 * it holds whatever the wording.
 */
function noOneActs(p: PartText): boolean {
  let abstract = false;
  for (const sentence of p.sentences) {
    for (const clause of sentence.clauses) {
      const kind = clause.subject?.kind;
      const hedge = clause.verb !== null && HEDGE_VERBS.has(clause.verb.lemma);
      if ((kind === 'self' || kind === 'we' || kind === 'person') && !hedge) return false;
      if (kind === 'circumstance') abstract = true;
    }
    if (sentence.tokens.some((token) => token.pos === 'NOUN' && ABSTRACT_CAUSE_NOUNS.has(token.lemma))) abstract = true;
  }
  return abstract;
}

/** Vague cause: the "why" names no cause anyone could act on. */
export function vagueCause(story: StoryContext): RawFinding[] {
  const found = runPhraseRules(vagueCauseRules, story);
  const p = story.whyItHappened;
  if (found.length === 0 && !isBlank(p) && noOneActs(p) && !hasOwnership(p.norm))
    found.push(wholePartFinding('vague-cause', p, 'no-actor'));
  // "I'm just not good enough": a verdict on oneself names no cause anyone could act on.
  if (found.length === 0 && !isBlank(p) && hasMatch(globalVerdict, p.norm) && !hasSelfCause(p.norm))
    found.push(wholePartFinding('vague-cause', p, 'verdict'));
  if (found.length === 0 && !isBlank(p) && countWords(p.norm) < 7 && !hasOwnership(p.norm)) {
    found.push(wholePartFinding('vague-cause', p, 'short'));
  }
  // "I think users just weren't ready for it", "who knows, it was ages ago": a short cause that
  // is only a guess, shrunk by "just" or "a bit", with nothing the speaker did in it.
  if (found.length === 0 && !isBlank(p) && onlyAGuess(p)) found.push(wholePartFinding('vague-cause', p, 'guess'));
  return found;
}

const GUESS_OPENING = /^(?:i (?:think|guess|suppose|reckon)|maybe|probably|who knows|perhaps|i'm not sure|not sure)\b/;

function onlyAGuess(p: PartText): boolean {
  const text = p.norm.toLowerCase().trim();
  if (countWords(text) >= 20 || /\d/.test(text) || hasOwnership(text) || hasSelfCause(text)) return false;
  if (!GUESS_OPENING.test(text)) return false;
  if (!/\b(?:just|a bit|a little|somehow|who knows|ages ago|whatever)\b|\?/.test(text)) return false;
  // The speaker doing something of their own ("I think I skipped the second check") is a cause.
  return !p.sentences.some((sentence) =>
    sentence.clauses.some(
      (clause) => clause.subject?.kind === 'self' && clause.verb !== null && !HEDGE_VERBS.has(clause.verb.lemma),
    ),
  );
}

const SETTLED = String.raw`(?:sorted out|sorted|fixed up|fixed|resolved|handled|dealt with|taken care of|addressed|cleaned up|smoothed over|worked out|straightened out|ironed out|contained|corrected|patched|rectified|remedied|settled|managed|escalated|rolled back|reverted|caught|solved|repaired|recovered|restored|cleared up|covered|put right|made right|picked up|taken over)`;
const LATER = String.raw`(?:(?:eventually|finally|somehow|ultimately|all|quickly|soon|later|then|just|luckily|thankfully)\s+)?`;

/** Outcomes with no actor: "it got sorted", "things worked themselves out". */
const actorlessOutcome = anyOf(
  String.raw`\b(?:it|this|that|things|everything|all of it|the (?:[a-z-]+\s+)?(?:issue|problem|situation|bug|error|mistake|mess|matter|complaint|order|account|incident|outage|crisis|dispute|conflict|delay|gap|shortfall|backlog|leak|fallout|damage))\s+${LATER}(?:got|was|were|has been|had been|is|gets|ended up|ended up being)\s+${LATER}${SETTLED}\b`,
  String.raw`\b(?:things|it|everything|it all)\s+${LATER}(?:worked|sorted|straightened|settled|blew|calmed|died|smoothed)\s+(?:itself\s+|themselves\s+)?(?:out|over|down)\b`,
  String.raw`\b(?:resolved|fixed|sorted|sorted out) (?:itself|themselves)\b|\b(?:the )?(?:problem|issue|complaint|it) (?:eventually |just |kind of )?went away\b|\bthe dust settled\b|\bmistakes were made\b`,
);

/** Inaction with the speaker as subject: waiting and hoping are not actions. */
const waitingItOut = anyOf(
  String.raw`\b(?:I|we) (?:just |mostly |basically |kind of |sort of |pretty much |simply )?(?:waited|hoped) (?:for (?:it|things|the [a-z]+) to|it would|things would|until it|and hoped|for the best|it out)\b`,
  String.raw`\bI let (?:it|things|the (?:issue|problem|situation)) (?:slide|play out|run (?:its|their) course|sort (?:itself|themselves) out|blow over)\b|\b(?:I|we) (?:just|simply) moved on\b`,
  String.raw`\bsomeone (?:else )?(?:fixed|handled|sorted|caught|took care of|stepped in)\b`,
  // "I let my manager handle it", "I left it to the supervisor to sort out": the remedy handed over.
  String.raw`\bI (?:just |simply )?(?:let|left it (?:to|for)) (?:my|the|our|a) (?:\w+ )?(?:manager|supervisor|lead|boss|colleague|team|senior|mentor|partner|director|nurse|pharmacist|owner|head|it|support|office)(?:'s)? (?:to )?(?:handle|deal with|sort|take over|fix|take care of|resolve|pick up|speak to|call)\b`,
  // "I wait for them to fix the API": the remedy left to others.
  String.raw`\b(?:I|we) (?:just |mostly |basically )?(?:wait|waited|was waiting|were waiting) for (?:them|him|her|IT|someone|somebody|the [a-z]+(?: team| desk)?) to (?:fix|sort|solve|repair|handle|deal with|decide|come back|get back|sign)\b`,
);

const passiveRules: readonly PhraseRule[] = [
  {
    kind: 'passive-action',
    parts: ['whatIDid'],
    pattern: actorlessOutcome,
    // "The outage was contained after I rolled back" has an actor: that's fine.
    unless: (s) => /\b(?:I|we|me|myself)\b/i.test(s.text),
  },
  {
    kind: 'passive-action',
    parts: ['whatIDid'],
    pattern: waitingItOut,
    // "I waited for the manager to arrive, then I explained…": the wait comes before the speaker's own remedy.
    unless: (s) =>
      s.clauses.some(
        (c) =>
          (c.subject?.kind === 'self' || c.subject?.kind === 'we') &&
          !c.negated &&
          !/^(?:wait|hope)$/.test(c.verb?.lemma ?? '') &&
          (hasMatch(remedy, c.text) || /\b(?:explained|apologi[sz]ed|told)\b/.test(c.text)),
      ),
  },
];

// The speaker as the one acting, in any form: "I", "I'd", "my first call was".
const firstPersonSingular = /\b(?:I|me|my|myself)\b/i;

/** What someone does to put a failure right: the remedy, whoever does it. */
const remedy = new RegExp(
  String.raw`\b(?:${SETTLED}|took over|took it from there|took (?:it|things) over|stepped in|spoke to|called|rang|calmed|refunded|spotted|reran|re-ran|rebooked|redid|rewrote|fixed)\b`,
  'i',
);
/** What a speaker does who is not putting it right: feeling, hiding, going back to work. */
const STANDING_BY = new Set(
  'feel hide avoid go return carry continue stay wait watch hope sit stand panic freeze cry keep let leave worry be have get think know shrug'.split(
    ' ',
  ),
);

/** Record-keeping verbs whose object is a form about the failure: "filled in the incident form". */
const PAPERWORK_VERBS = new Set(['fill', 'complete', 'write', 'sign', 'submit', 'do']);
const PAPERWORK = /^(?:form|forms|report|paperwork|datix|statement|log)$/;

/** The verb at `at` only records the failure: a form, a report, the paperwork, as its object. */
function onlyPaperwork(tokens: readonly { lower: string; lemma: string; pos: string }[], at: number): boolean {
  const verb = tokens[at];
  if (!verb || !PAPERWORK_VERBS.has(verb.lemma)) return false;
  const object = tokens.slice(at + 1, at + 6).find((t) => t.pos === 'NOUN' && PAPERWORK.test(t.lower));
  const between = object ? tokens.slice(at + 1, tokens.indexOf(object)) : [];
  return object !== undefined && !between.some((t) => t.pos === 'VERB' || t.pos === 'CCONJ');
}

/** Verbs of turning on oneself, which "myself" follows without any act: "blamed myself". */
const REPROACH = new Set(['blame', 'hate', 'kick', 'beat', 'punish', 'tell', 'ask', 'feel', 'find', 'pick']);

/** A verb that is an act, then "myself" within a few words: "rang his mum myself", "did the recount myself". */
function emphaticSelf(tokens: readonly { lower: string; lemma: string; pos: string }[]): boolean {
  const at = tokens.findIndex((t) => t.lower === 'myself');
  if (at < 0) return false;
  const verb = tokens
    .slice(Math.max(0, at - 5), at)
    .reverse()
    .find((t) => t.pos === 'VERB');
  return verb !== undefined && !STANDING_BY.has(verb.lemma) && !REPROACH.has(verb.lemma);
}

/**
 * "My supervisor dealt with the customer and I went back to the till", "I felt awful and hid;
 * my lead fixed the worst of it": someone else puts it right while the speaker only stands by.
 */
function remedyByOthers(p: PartText): boolean {
  // The speaker acting anywhere, even inside another clause ("When the office rang me I told them…").
  // Filling in the form about it, while someone else takes over, records the failure; it does not put it right.
  const tokens = p.parsed.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'i' && tokens[i]!.lower !== 'we') continue;
    const verb = tokens.slice(i + 1, i + 5).find((t) => t.pos === 'VERB');
    if (verb && !STANDING_BY.has(verb.lemma) && !onlyPaperwork(tokens, tokens.indexOf(verb))) return false;
  }
  let others = false;
  for (const sentence of p.sentences)
    for (const clause of sentence.clauses) {
      const kind = clause.subject?.kind;
      // "…while my colleague took him, rang his mum myself": a verb with "myself" after it is the
      // speaker's own act, wherever the parse put it (not "I blamed myself").
      if (emphaticSelf(clause.tokens)) return false;
      // Someone else doing something about it ("my manager talked with them", "my boss go there
      // and find the fault") while the speaker does nothing of their own.
      if (
        kind === 'person' &&
        !clause.negated &&
        (hasMatch(remedy, clause.text) ||
          (clause.marker === null &&
            clause.tokens.some((t) => t.pos === 'VERB' && !STANDING_BY.has(t.lemma) && t.lemma !== 'say')))
      )
        others = true;
      if (kind === 'self' || kind === 'we') {
        const verbs = clause.tokens.filter((t) => t.pos === 'VERB');
        if (verbs.some((t) => !STANDING_BY.has(t.lemma) && !onlyPaperwork(clause.tokens, clause.tokens.indexOf(t))))
          return false;
      }
    }
  return others;
}

/**
 * "I shrugged it off and carried on with my shift", "I just sat in the car park crying": the
 * speaker is in the part, but every verb of theirs only stands by, and nobody else acts either.
 * Staying or sitting with someone ("I stayed with her until…") is care, not standing by.
 */
function onlyStandsBy(p: PartText): boolean {
  let speaker = false;
  for (const sentence of p.sentences)
    for (const clause of sentence.clauses) {
      const kind = clause.subject?.kind;
      if (kind === 'person' && !clause.negated) return false;
      if (kind !== 'self' && kind !== 'we') continue;
      if (clause.negated) continue;
      speaker = true;
      const verbs = clause.tokens.filter((t) => t.pos === 'VERB');
      for (const verb of verbs) {
        const at = clause.tokens.indexOf(verb);
        const next = clause.tokens[at + 1];
        // "We moved on", "I focused on other accounts": turning away from the failure, not acting on it.
        const turnedAway =
          (verb.lemma === 'move' && next?.lower === 'on') ||
          (verb.lemma === 'focus' &&
            next?.lower === 'on' &&
            /^(?:other|another|the next|something else|my other|new)\b/.test(
              clause.tokens
                .slice(at + 2, at + 4)
                .map((t) => t.lower)
                .join(' '),
            ));
        if ((!STANDING_BY.has(verb.lemma) && !turnedAway) || next?.lower === 'with') return false;
      }
    }
  return speaker && !hasMatch(remedy, p.norm);
}

/** Passive action: the recovery happened to the speaker instead of by them. */
export function passiveAction(story: StoryContext): RawFinding[] {
  const found = runPhraseRules(passiveRules, story);
  const p = story.whatIDid;
  // "- Spoke to the lead": a list of steps that start with a verb has the speaker as actor.
  const stepsByVerb = p.sentences.some(
    (s) => s.tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM')?.pos === 'VERB',
  );
  if (
    found.length === 0 &&
    !isBlank(p) &&
    countWords(p.norm) >= 3 &&
    !hasMatch(firstPersonSingular, p.norm) &&
    !stepsByVerb
  ) {
    found.push(wholePartFinding('passive-action', p, 'no-actor'));
  } else if (found.length === 0 && !isBlank(p) && !stepsByVerb && remedyByOthers(p)) {
    found.push(wholePartFinding('passive-action', p, 'others'));
  } else if (found.length === 0 && !isBlank(p) && !stepsByVerb && onlyStandsBy(p)) {
    found.push(wholePartFinding('passive-action', p, 'standing-by'));
  }
  return found;
}
