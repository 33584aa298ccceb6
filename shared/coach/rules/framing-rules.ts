/**
 * Choosing the failure: a failure too vague to picture, a strength dressed up as one
 * (humblebrag), or one that makes the speaker look unsafe to hire.
 */
import type { StoryPart } from '../../story-parts';
import { anyOf, hasMatch, isNegatedAt, matchesOf } from '../text';
import { runPhraseRules, sentenceFinding, type PhraseRule, type RawFinding, type StoryContext } from './context';
import { hasImpactParsed, namedAfter } from './opening-rules';

const vaguePhrases = anyOf(
  String.raw`\b(?:I(?:'ve| have)?|we(?:'ve| have)?|everyone has|everybody has) (?:made|had|committed) (?:some|a few|a couple of|many|plenty of|my share of|our share of|a lot of|several|lots of|various|the odd|occasional)?\s*(?:small |minor |little |big )?(?:mistakes|failures|missteps|errors|setbacks|slip-?ups|blunders)\b`,
  String.raw`\b(?:things|stuff|everything|it|something|a few things|some things|a project|the project)\s+(?:just\s+|kind of\s+|sort of\s+)?(?:went|go|goes|going|had gone)\s+(?:a bit\s+|a little\s+|really\s+)?(?:wrong|badly|sideways|south|off the rails|poorly|pear-shaped|awry)\b`,
  String.raw`\b(?:didn't|did not|didnt)\s+(?:really\s+|quite\s+)?(?:go|work out|turn out|pan out|land)\s+(?:as|like|the way|according to)\s+(?:[a-z]+\s+)?(?:planned|plan|expected|hoped|intended|wanted)\b|\b(?:didn't|did not)\s+(?:really\s+|quite\s+)?(?:go well|go great|work out|pan out)\b`,
  String.raw`\bthere (?:was|were|have been) (?:some|a few|an?|the odd|occasional)\s+(?:issues?|problems?|challenges?|hiccups?|difficulties|setbacks?|bumps)\b|\bhad (?:some|a few) (?:issues|problems|challenges|hiccups|difficulties)\b`,
  String.raw`\bI(?:'ve| have) (?:definitely |certainly )?failed (?:before|at times|sometimes|plenty|many times|a lot|more than once|in the past)\b|\bin the past,? I(?:'ve| have)\b`,
  String.raw`\bif I (?:ever |were to |had to )?(?:make|made|miss|missed|fail|failed|mess|messed|get|got)\b|\bI (?:would|'d|tend to|usually|generally|typically|often|sometimes|occasionally) (?:probably |just )?(?:make|miss|fail|struggle|forget|slip|get|let)\b`,
);

/** Vague failure: no single event named, and nothing in the opening to make it concrete. */
export function vagueFailure(story: StoryContext): RawFinding[] {
  const p = story.whatHappened;
  if (p.empty || hasImpactParsed(p)) return [];
  return runPhraseRules(
    [
      {
        kind: 'vague-failure',
        parts: ['whatHappened'],
        pattern: vaguePhrases,
        // "Things went wrong on my first night shift when I misread a handover note": named after all.
        unless: (sentence, at) => {
          const lower = sentence.text.toLowerCase();
          vaguePhrases.lastIndex = 0;
          const m = vaguePhrases.exec(lower.slice(at));
          vaguePhrases.lastIndex = 0;
          return m !== null && namedAfter(lower.slice(at + m.index + m[0].length));
        },
      },
    ],
    story,
  );
}

/** A strength dressed up as a weakness, or a claim never to fail. */
const disguisedStrengths = anyOf(
  String.raw`\bI (?:just |sometimes |simply |probably )?(?:work|worked|was working|tend to work|care|cared|give|gave) (?:way |far |a bit |a little |much )?too (?:hard|much|many hours|long hours)\b|\bworking (?:way |far |much )?too (?:hard|much|many hours)\b|\bcaring too much\b`,
  String.raw`\b(?:I'm|I am|I've always been|I have always been|I tend to be|I can be|being|I was)\s+(?:a bit of |too much of |kind of |sort of |such |something of |a bit too much of |a real |an absolute |a total )?a perfectionist\b`,
  String.raw`\btoo (?:much of a )?(?:perfectionist|detail-oriented|dedicated|passionate|hardworking|hard-working|generous|loyal|team player|committed to quality|invested in my work)\b`,
  String.raw`\bmy (?:only |biggest |greatest |main )?(?:weakness|flaw|fault|failing) is (?:that )?(?:I|my)\b|\bmy standards (?:are|were) too high\b|\bset the bar too high\b|\bcare (?:too much|so much) about (?:quality|my work|details|getting it right)\b`,
  // "because I care so much about every event being perfect", "I just cared too much about the children".
  String.raw`\bI (?:just |really |genuinely )?(?:care|cared) (?:so|too) much(?: about (?:every|each|my|our|the|it|things|everything|getting|being|doing)\b[^.;]{0,40}?\b(?:perfect|perfection|right|well|properly|happy))?\b(?! (?:that|so) I\b)`,
  // "even with the penalty we still got a 2:1, which I was actually quite proud of": a success told inside the failure.
  String.raw`\b(?:still|even so|despite (?:that|this|it|everything))\b[^.;]{0,40}\b(?:got|achieved|won|hit|beat|delivered|finished|came (?:top|first))\b[^.;]{0,60}\b(?:I was|I'm|I am) (?:(?:actually|really|quite|very|so|pretty) ){0,2}proud\b`,
  String.raw`\bI (?:can't|cannot|couldn't|can not) (?:really )?(?:think of|remember|recall|name) (?:a|any|one|a single) (?:real |major |big |serious |true )?(?:time|failure|mistake)\b|\bI (?:don't|do not|rarely|never) (?:really )?(?:fail|make mistakes)\b`,
  String.raw`\bfailed to (?:exceed|beat|surpass|double|top|outperform)\b|\b(?:exceeded|beat|surpassed|outperformed|topped|overshot)\b[^.!?]{0,80}\b(?:instead of|rather than|short of (?:my|our|the) stretch)\b|\bonly (?:exceeded|beat|surpassed|doubled|tripled)\b|\bby \d+% instead of \d+%`,
);

/** Humblebrag: a fake failure; interviewers hear it as dodging the question. */
export function humblebrag(story: StoryContext): RawFinding[] {
  const rules: readonly PhraseRule[] = [
    {
      kind: 'humblebrag',
      parts: ['whatHappened', 'whyItHappened', 'whatIDid', 'whatILearned'],
      pattern: disguisedStrengths,
      unless: (s, i) =>
        isNegatedAt(s.text, i, 2) &&
        !/^I (?:can't|cannot|couldn't|don't|do not|never|rarely)/i.test(s.text.slice(i)) &&
        // "…hard to say no, because I care so much": a comma after the negation closes it.
        !/\b(?:no|not|never|n't)\b[^,]*,[^a-z]*\w*\s*$/i.test(s.text.slice(Math.max(0, i - 24), i)),
    },
  ];
  return runPhraseRules(rules, story);
}

const MEETING = String.raw`(?:meetings?|calls?|appointments?|pitch|presentation|demo|shift|site visit|court date|hearing|deposition|check-?in)`;

/** Legal and regulatory obligations: deadlines, filings and returns. */
const OBLIGATION = String.raw`(?:(?:compliance|regulatory|filing|tax|statutory|court|licen[cs]e|licensing|certification|accreditation|reporting|audit|legal|sec|irs|fda|hmrc|renewal)\s+(?:[\w-]+\s+)?(?:deadline|date|window|requirement)s?|(?:regulatory|statutory|tax|compliance|annual|vat|court|sec|irs)\s+(?:filing|return|submission|report)s?)`;

/** Lapses of basic reliability or integrity, by the speaker. */
const reliabilityLapses = anyOf(
  String.raw`\b(?:forgot(?: about)?|forgotten|missed|overslept and missed|slept through|no-showed|double-booked|didn't show up (?:to|for|at)|did not show up (?:to|for|at)|never showed up (?:to|for|at)|blanked on)\s+(?:(?:a|an|the|my|our|their|his|her|this|that)\s+)?(?:[\w-]+\s+){0,2}?${MEETING}\b`,
  String.raw`\b(?:missed|blew|forgot|overlooked|didn't meet|did not meet|failed to meet|blown|(?:was|were) late (?:on|for|with))\s+(?:(?:a|an|the|our|my|their)\s+)?(?:[\w-]+\s+){0,2}?${OBLIGATION}\b`,
  String.raw`\b(?:failed to file|didn't file|did not file|forgot to file|forgot to renew (?:the |our |my |his |her |their |a |an )?(?:[a-z']+ ){0,2}(?:licen[cs]e|certificat\w*|registration|insurance|permit|visa|accreditation|mot|policy)|let (?:the|our|my) (?:[a-z]+ )?(?:licen[cs]e|certification|registration|insurance) (?:lapse|expire))\b`,
  String.raw`\bviolat(?:ed|ion of|ing) (?:hipaa|gdpr|ferpa|sox|the law|regulations?|compliance|safety (?:rules|regulations|protocol)|data protection)\b|\b(?:hipaa|gdpr|ferpa|data protection|privacy|data) (?:breach|violation)\b`,
  String.raw`\bI (?:(?:then|quietly|just|initially|briefly|also|even|actually)\s+)?(?:hid|concealed|covered up|falsified|fabricated|fudged|backdated|doctored|lied (?:about|to)|faked|kept (?:it )?quiet about|swept (?:it|this|the [a-z]+) under the rug)\b`,
  String.raw`\b(?:skipped|bypassed|ignored|without (?:running|doing|completing|carrying out|the)|(?:didn't|did not) (?:run|do|complete|carry out))\s+(?:the\s+|our\s+|a\s+)?(?:mandatory|required|statutory|regulatory|legally required|compulsory)\b`,
  String.raw`\b(?:regulator|regulators|ombudsman|watchdog)\s+(?:[a-z]+\s+)?(?:flagged|fined|sanctioned|censured|cited|reprimanded|investigated)\b|\b(?:was|were|got|being) fined\b`,
  String.raw`\b(?:covered|hushed|kept) (?:it|this|that|the [a-z]+|the whole thing) (?:up|quiet)\b`,
  String.raw`\b(?:was|came in|showed up|turned up)\s+(?:[a-z]+\s+)?(?:drunk|hungover|intoxicated)\b|\bfell asleep (?:on|at|during|while) (?:shift|duty|the wheel|work|watch)\b`,
  String.raw`\b(?:drove|driving|drive|operated|operating)\b[^.;]{0,40}\bafter (?:a few |a couple of |two |three |four |\d+ |some )?(?:pints|drinks|beers|glasses of wine|shots)\b`,
  String.raw`\b(?:left|forgot|lost) (?:a|an|the|one|our|my) (?:\w+ )?(?:\w+-year-old|child|pupil|kid|toddler|baby|resident|patient|student)\b(?!'s|s')[^.;]{0,20}\b(?:at|in|on|behind)\b`,
);

const sensitiveData = anyOf(
  String.raw`\b(?:sensitive|confidential|private|personal|patient|patient's|patients'|medical|health|salary|salaries|payroll|financial|customer|customer's|client|client's|student|student's|employee|employee's|hr|proprietary|classified|privileged|donor|tax|bank)\s+(?:[\w-]+\s+){0,2}(?:data|information|info|records?|files?|details|spreadsheets?|list|documents?|notes|reports?|numbers|emails?|results|history|histories|statements?|addresses)\b`,
  String.raw`\b(?:passwords?|credentials|api keys?|access keys?|secret keys?|private keys?|tokens?|aws keys?|ssh keys?|social security numbers?|ssns?|credit card (?:numbers|details))\b`,
);

const misdirected = anyOf(
  String.raw`\bwrong (?:[a-z]+ )?(?:person|people|email|e-mail|address|recipient|client|patient|family|customer|distribution list|list|group|channel|thread|chat|fax|number|surgery|practice|office|inbox|account|firm|school|hospital|ward|company|supplier|contact)\b`,
  String.raw`\b(?:whole|entire) (?:company|office|school|team|list|department|firm|staff)\b|\ball[- ]staff\b|\breply[- ]all\b|\bpublic(?:ly)?\b|\bleak(?:ed|ing)?\b|\bexposed\b|\bon github\b|\bcommitted (?:it |them |the [a-z]+ )?to\b|\bpasted\b|\bunencrypted\b|\bwithout (?:encryption|a password)\b`,
);

const unsafeParts: readonly StoryPart[] = ['whatHappened', 'whyItHappened'];

/** Someone outside the speaker's team who was left waiting: a client, a patient, a court. */
const OUTSIDE_PARTY =
  /\b(?:clients?|customers?|patients?|residents?|court|hearing|tribunal|judge|regulators?|inspectors?|investors?|buyers?|suppliers?|candidates?|parents?|famil(?:y|ies)|tenants?|landlords?|guests?|visitors?|prospects?|partners?|funders?|donors?|council|auditors?|they|them|their|he|she|him|her)\b/i;

/** Unsafe failure: a story that raises doubts about reliability, care with data or honesty. */
export function unsafeFailure(story: StoryContext): RawFinding[] {
  const out = runPhraseRules(
    [
      {
        kind: 'unsafe-failure',
        parts: unsafeParts,
        pattern: reliabilityLapses,
        // "I missed our Monday team meeting": an internal meeting missed is a plain miss, not a risk.
        unless: (s, i) =>
          (/^[^.;]{0,60}?\b(?:team|internal|staff|department|stand-?up|one-to-one|1:1|weekly|daily) (?:meeting|call|check-?in)/i.test(
            s.text.slice(i),
          ) &&
            !/\b(?:client|customer|patient|court|hearing|regulator)/i.test(s.text.slice(i, i + 60))) ||
          // "I double-booked a meeting room", "I missed my own dentist appointment": a meeting or an
          // appointment with nobody outside waiting on the speaker is a plain miss.
          (/^[^.;]{0,40}?\b(?:meetings?|calls?|appointments?|pitch|presentation|demo|check-?in)\b/i.test(s.text.slice(i)) &&
            !OUTSIDE_PARTY.test(s.text)),
      },
    ],
    story,
  );
  for (const part of unsafeParts) {
    for (const s of story[part].sentences) {
      const hit = matchesOf(sensitiveData, s.text)[0];
      if (hit !== undefined && hasMatch(misdirected, s.text) && !isNegatedAt(s.text, hit.index, 4)) {
        out.push(sentenceFinding('unsafe-failure', part, s, 'data'));
      }
    }
  }
  return out;
}
