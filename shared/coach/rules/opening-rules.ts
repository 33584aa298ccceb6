/**
 * The opening, read from its parse: does it name one failure the listener can picture
 * (vague failure), say what that failure cost (no impact), and get to it quickly (opening
 * too long)? A date or a person is not impact; a consequence is, with or without a number.
 */
import { AFFECTED, CONSEQUENCE, VAGUE_EVENT, VERDICT } from '../lexicon/openings';
import { countWords, hasMatch, matchesOf } from '../text';
import { wholePartFinding, type PartText, type RawFinding, type StoryContext } from './context';
import { isBlank } from './structure-rules';
import type { Sentence } from '../nlp/parse';

const vagueEvent = new RegExp(VAGUE_EVENT, 'gi');
const verdict = new RegExp(VERDICT, 'gi');
const consequence = new RegExp(CONSEQUENCE, 'i');
/**
 * "I made a mistake when processing a customer's refund", "while handling a complaint": the
 * task the speaker was doing, not what the failure led to.
 */
const TASK_HANDLED =
  /\b(?:when|while|whilst|in) (?:processing|handling|dealing with|issuing|answering|logging|responding to|working on) (?:a |an |the |one |some )?(?:\w+(?:'s|s')? )?(?:\w+ )?(?:refunds?|complaints?|claims?|compensation requests?)\b/gi;
const affected = new RegExp(AFFECTED, 'i');
/** Counts that measure a failure: "300 orders", "two engineers". Not "three times", "five years ago". */
const countedThings =
  /\b(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|a dozen|half|a third|a quarter|most|all)\s+(?:of (?:the |our |my |their )?)?(?:[a-z-]+\s+){0,2}?([a-z-]+s|staff|people|children|personnel|crew|stock|kilos?|kg|tonnes?|litres?|metres?|units?|hectares?)\b/gi;
/** Plurals that count time or tries, not what a failure cost. */
const NOT_IMPACT = new Set([
  // Words ending in s that are no plural: "in 2022 was…", "one of us".
  'was',
  'is',
  'has',
  'does',
  'its',
  'this',
  'us',
  'as',
  'times',
  'years',
  'ways',
  'things',
  'reasons',
  'steps',
  'words',
  'ages',
  'seconds',
  'minutes',
]);
/** How long something lasted: "for two days", "six weeks". A date ("five years ago") is not one. */
const duration =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a couple of)\s+(?:more\s+)?(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|terms?|shifts?|sprints?|weekends?)\b(?!\s+ago)/i;
/** Money, however written: "£60,000", "$40k", "300k euros". */
const money =
  /(?:[$£€¥₹₦]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:dollars?|pounds?|euros?|quid|bucks|lei|rupees?|yen|francs?|kronor|krona|zloty|rand|naira|pesos?|dirhams?|riyals?|ringgit)\b|\b\d[\d,.]*\s?(?:k|m|bn)\b)/i;

/**
 * True when the opening says what the failure cost: money, a share, a count of something, or
 * a consequence. `counts: false` leaves bare counts out ("a wedding, 120 covers", "1,200
 * employees on the system"): enough to picture the scale, not what went wrong.
 */
export function hasImpactParsed(p: PartText, { counts = true }: { counts?: boolean } = {}): boolean {
  for (const sentence of p.sentences) {
    const text = sentence.text.toLowerCase();
    if (money.test(text) || /%|\bper ?cent\b/.test(text)) return true;
    // "Eleven out of twenty-six passed": a share, in words.
    if (
      /\b(?:\d+|[a-z]+(?:-[a-z]+)?) out of (?:\d+|[a-z]+(?:-[a-z]+)?)\b/.test(text) &&
      !/\bout of (?:date|stock|hours|time|control|hand|office|the blue|nowhere|my depth|character|sight)\b/.test(text)
    )
      return true;
    const counted = counts ? matchesOf(countedThings, text) : [];
    if (
      counted.some(
        (m) =>
          !NOT_IMPACT.has(m[1] ?? '') &&
          !/\bago\b/.test(text.slice(m.index, m.index + m[0].length + 5)) &&
          !settingCount(sentence, text, m.index) &&
          // "900 members' home addresses": a possessive counts someone's things, not whom the act reached.
          !(reachOfAct(sentence, m.index, m[1] ?? '') && !/^['’]/.test(text.slice(m.index + m[0].length))) &&
          // "My first six months as a lead were…": a period as the subject is when, not what it cost.
          !(/^(?:days|weeks|months|hours|nights|shifts|terms|quarters|weekends)$/.test(m[1] ?? '') &&
            inSubject(sentence, sentence.start + m.index)),
      )
    )
      return true;
    if (hasMatch(consequence, text.replace(TASK_HANDLED, ' '))) return true;
    // "Six weeks without a booking system" costs something; "my first six months as a lead were…"
    // names the period the failure is, in the subject of its clause.
    const lasted = duration.exec(text);
    if (lasted !== null && hasMatch(affected, text) && !inSubject(sentence, sentence.start + lasted.index)) return true;
  }
  return consequenceByClause(p);
}

/**
 * A count that sets the scene rather than measures the failure: inside a phrase with "with" or
 * "a team of" ("with about 1,200 employees on the system", "for a team of twelve people"), or
 * in a fragment with no verb ("120 covers, a wedding in June").
 */
function settingCount(sentence: Sentence, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const offset = sentence.start + at;
  if (/\b(?:team|group|staff|class|department|crew|unit|ward) of\s+(?:about |around |roughly |nearly |over |some |almost )?$/.test(before))
    return true;
  // "with about 1,200 employees on the system" sets the scene before the speaker's verb; after
  // it ("…off by 8pm, with forty covers still to come"), it is what the failure left.
  const firstVerb = sentence.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (
    /\bwith\s+(?:about |around |roughly |nearly |over |some |almost )?$/.test(before) &&
    firstVerb !== undefined &&
    offset < firstVerb.start
  )
    return true;
  const clause = sentence.clauses.find((c) => offset >= c.start && offset <= c.end);
  return clause !== undefined && !clause.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Verbs by which the speaker's act reaches people: booked, sent to, invited. */
const REACHING = new Set('book double-book schedule invite send email e-mail text message enrol register allocate assign seat'.split(' '));
/** People a count can number. */
const PEOPLE_COUNTED =
  /^(?:guests|students|pupils|people|customers|clients|parents|families|candidates|members|staff|employees|users|subscribers|passengers|attendees|delegates|children|residents|tenants|recipients|contacts|volunteers|speakers|visitors)$/;

/**
 * "I booked two guests for the same slot", "I sent the timetable to about three hundred students with
 * the wrong room": people counted as the reach of the speaker's own act (booked, sent to, invited)
 * say how far it went, not what it cost them.
 */
function reachOfAct(sentence: Sentence, at: number, counted: string): boolean {
  if (!PEOPLE_COUNTED.test(counted)) return false;
  const offset = sentence.start + at;
  const clause = sentence.clauses.find((c) => offset >= c.start && offset <= c.end);
  if (clause === undefined || (clause.subject?.kind !== 'self' && clause.subject?.kind !== 'we')) return false;
  const verb = clause.tokens.find((t) => t.pos === 'VERB' && t.start >= (clause.subject?.end ?? 0) && t.start < offset);
  // "…to 60 customers who had already paid", "…and sixty customers ordered at the old rate": what
  // the people then did or were is told after the count, in the sentence, and may be the cost.
  const laterVerb = sentence.tokens.some((t) => t.start > offset && (t.pos === 'VERB' || t.pos === 'AUX'));
  return verb !== undefined && REACHING.has(verb.lemma) && !laterVerb;
}

/** True when offset `at` (part offsets) falls inside the subject of one of the sentence's clauses. */
function inSubject(sentence: Sentence, at: number): boolean {
  return sentence.clauses.some((c) => c.subject !== null && at >= c.subject.start && at < c.subject.end);
}

/** Verbs by which another person sets a story up rather than bears its consequence. */
const SETTING_VERBS = new Set([
  'ask',
  'want',
  'say',
  'tell',
  'expect',
  'hope',
  'decide',
  'assign',
  'give',
  'hire',
  'like',
]);

/** Verbs that tell what a thing was or held, not what it did: "and the file contained…". */
const THING_STATES = new Set(
  'be have contain include need seem look sound feel mean show say read use come go start begin involve require cover match turn prove end work happen'.split(' '),
);

/**
 * "burnt a whole tray of croissants…", "spelled a client's daughter's name wrong…": an opening that
 * starts on a verb with no subject has dropped the speaker's "I" (forum voice); the act is theirs.
 */
function droppedI(p: PartText): boolean {
  const clause = p.sentences[0]?.clauses[0];
  const [first, next] = clause?.tokens ?? [];
  if (clause === undefined || clause.subject !== null || first === undefined) return false;
  return (
    (first.pos === 'VERB' && !/ing$/.test(first.lower) && first.lemma !== first.lower) ||
    (first.pos === 'ADJ' && /(?:ed|t)$/.test(first.lower) && next?.pos === 'DET')
  );
}

/**
 * A consequence told as what happened next: after the speaker's own act, a clause about
 * someone else ("she fell that night", "the patient needed a second operation", "they sent
 * the mains back") or a result ("so the buffet had none till nine").
 */
function consequenceByClause(p: PartText): boolean {
  let acted = droppedI(p);
  for (const sentence of p.sentences)
    for (const clause of sentence.clauses) {
      const kind = clause.subject?.kind;
      if (acted && clause.marker === 'so' && clause.verb !== null) return true;
      // The tagger reads "so" as an adverb as often as a conjunction: "…, so a party of forty arrived".
      if (
        acted &&
        clause.tokens[0]?.lower === 'so' &&
        clause.verb !== null &&
        kind !== undefined &&
        kind !== 'self' &&
        kind !== 'we'
      )
        return true;
      // "The manager was not happy with me": a state of someone else's is a reaction, not what the
      // failure cost (states that are, "was upset", "was in hospital", are in the consequence words).
      // "…and Ofsted coming": a bare -ing with no auxiliary is a circumstance listed, not what happened next.
      const bareGerund = /ing$/.test(clause.verb?.lower ?? '') && !clause.tokens.some((t) => t.pos === 'AUX');
      // "she asked to move teams": asking for something for herself is what followed, not a setting.
      const asksForSelf = clause.verb?.lemma === 'ask' && clause.tokens[clause.tokens.indexOf(clause.verb) + 1]?.lower === 'to';
      if (
        acted &&
        kind === 'person' &&
        clause.verb !== null &&
        !bareGerund &&
        (!SETTING_VERBS.has(clause.verb.lemma) || asksForSelf) &&
        clause.verb.lemma !== 'be'
      )
        return true;
      // "…, and the supermarket rejected the whole delivery", "…and the under-twelves missed their
      // match": after the speaker's act, another party (an organisation, a group, a thing) doing
      // something, joined on with "and", in the past and not negated, is what happened next.
      if (
        acted &&
        kind === 'thing' &&
        clause.tokens[0]?.lower === 'and' &&
        // "…and it turned out badly": a pronoun or "things" names no one the failure reached.
        !/^(?:it|this|that|things|everything|stuff|all|something)$/.test(clause.subject?.text ?? '') &&
        clause.verb !== null &&
        clause.tense === 'past' &&
        !clause.negated &&
        !bareGerund &&
        !THING_STATES.has(clause.verb.lemma) &&
        !clause.tokens.some((t) => t.pos === 'AUX' && /^(?:was|were|is|are|been|be)$/.test(t.lower))
      )
        return true;
      if (kind === 'self' || kind === 'we') acted = true;
    }
  return false;
}

/**
 * Verbs that tell a state, a feeling or a memory, not something done: an opening whose only
 * verbs for the speaker are these names no act ("I remember feeling out of my depth", "I was the
 * one supposed to be leading it").
 */
const STATE_VERBS = new Set(
  'be have feel remember think know seem become get go struggle suppose guess mean say find look want try hope wish'.split(' '),
);

/** True when some clause has the speaker (or the team) doing something: "I double-booked", "we sent". */
function speakerActs(p: PartText): boolean {
  return p.sentences.some((sentence) =>
    sentence.clauses.some(
      (clause) =>
        (clause.subject?.kind === 'self' || clause.subject?.kind === 'we') &&
        clause.tokens.some(
          (t, i) =>
            t.pos === 'VERB' &&
            t.start >= (clause.subject?.end ?? 0) &&
            !STATE_VERBS.has(t.lemma) &&
            // "I was the one supposed to be leading it": a role held, not an act.
            !clause.tokens.slice(0, i).some((u) => /^(?:supposed|meant|expected|due)$/.test(u.lower)),
        ),
    ),
  );
}

/** Verbs of getting something wrong, whose object has to be named for the listener to picture it. */
const SLIP_VERBS = new Set(['get', 'do', 'mess', 'miss', 'forget', 'overlook', 'mix', 'screw', 'break', 'say', 'handle']);
/** Objects that name nothing: "something", "a few things", "stuff". */
const INDEFINITE = /^(?:something|stuff|anything)$/;

/**
 * "I got something important wrong in the requirements", "I messed a few things up with a client":
 * the speaker's slip, its object only "something" or "things", and nothing after it that says what.
 */
function indefiniteSlip(sentence: Sentence): { start: number; end: number } | null {
  for (const clause of sentence.clauses) {
    if (clause.subject?.kind !== 'self' && clause.subject?.kind !== 'we') continue;
    const verbAt = clause.tokens.findIndex((t) => t.pos === 'VERB' && SLIP_VERBS.has(t.lemma));
    if (verbAt < 0) continue;
    const after = clause.tokens.slice(verbAt + 1, verbAt + 4);
    const object = after.find((t) => INDEFINITE.test(t.lower) || (t.lower === 'things' && after.some((u) => /^(?:a|few|some|couple)$/.test(u.lower))));
    if (object === undefined) continue;
    // "…something basic: the allergy sheet" names it after all.
    if (/[:\u2013\u2014-]\s/.test(sentence.text.slice(object.end - sentence.start))) continue;
    return { start: clause.start, end: clause.end };
  }
  return null;
}

/**
 * "The launch I led was a failure in one specific way: nobody could log in…", "things went wrong
 * on my first night shift when I misread a handover note…": the judgment is followed, in the same
 * sentence, by the event itself (after a colon or a dash, or the speaker's act after "when").
 */
export function namedAfter(rest: string): boolean {
  return (
    /^[^.;]*?(?::|\s[\u2013\u2014-]\s)\s*\S+(?:\s+\S+){3,}/.test(rest) ||
    /^[^.;:]*?\b(?:when|because|after) (?:i|we) (?:misread|sent|forgot|cut|sold|lost|broke|paid|quoted|mixed|misheard|misjudged|mislabell?ed|misquoted|deleted|approved|booked|ordered|overwrote|skipped|signed)\b/.test(rest)
  );
}

/** Vague failure: the opening names no event, only a judgment of one, and nothing it cost. */
export function vagueFailureParsed(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  if (isBlank(p) || hasImpactParsed(p, { counts: false })) return [];
  const out: RawFinding[] = [];
  for (const sentence of p.sentences)
    for (const m of matchesOf(vagueEvent, sentence.text.toLowerCase())) {
      if (namedAfter(sentence.text.toLowerCase().slice(m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      out.push({ kind: 'vague-failure', part: 'whatHappened', start, end: start + m[0].length });
    }
  if (out.length === 0)
    for (const sentence of p.sentences) {
      const slip = indefiniteSlip(sentence);
      if (slip !== null) out.push({ kind: 'vague-failure', part: 'whatHappened', ...slip });
    }
  // "My first six months as a team lead were a bit of a disaster", "things got on top of me":
  // a verdict or a feeling, and nowhere an act of the speaker's to picture.
  if (out.length === 0 && !speakerActs(p))
    for (const sentence of p.sentences)
      for (const m of matchesOf(verdict, sentence.text.toLowerCase())) {
        if (namedAfter(sentence.text.toLowerCase().slice(m.index + m[0].length))) continue;
        const start = sentence.start + m.index;
        out.push({ kind: 'vague-failure', part: 'whatHappened', start, end: start + m[0].length });
      }
  return out;
}

/** No impact: nothing in the opening says what the failure cost, or whom. */
export function noImpactParsed(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  if (isBlank(p) || hasImpactParsed(p)) return [];
  return [wholePartFinding('no-impact', p)];
}

/**
 * Words an opening may take before the failure gets lost in the set-up. A third short
 * sentence is fine ("I ran X. I did Y. It cost Z."); a third long one, or a fourth, is set-up.
 * (The guide asks for one or two sentences; a tight third is not worth a warning.)
 */
const OPENING_WORDS = 60;

/** Opening too long: a long set-up, not merely a third sentence. */
export function openingTooLongParsed(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  if (isBlank(p)) return [];
  const words = countWords(p.norm);
  // '"Where's the rest of the report?" was the first thing my director said': a quoted question
  // that the sentence goes on from is one sentence, not two.
  const sentences = p.sentences.filter(
    (s, i) => !(/[?!]["”’']$/.test(s.text.trim()) && /^[a-z]/.test(p.sentences[i + 1]?.text.trim() ?? '')),
  ).length;
  const long = words > OPENING_WORDS || sentences >= 4 || (sentences >= 3 && words >= 42);
  if (!long) return [];
  const from = p.sentences[Math.min(2, sentences - 1)] ?? p.sentences[0];
  const last = p.sentences[sentences - 1];
  if (!from || !last) return [];
  return [
    { kind: 'opening-too-long', part: 'whatHappened', start: from.start, end: last.end, detail: String(sentences) },
  ];
}
