/**
 * Positive and structural signals: the phrases that show ownership, change, impact,
 * specificity and so on. Rules use them to stay quiet; the scorecard uses them to reward.
 */
import { anyOf, hasMatch, isNegatedAt, matchesOf } from './text';
import { DIDNT } from './fragments';

const SELF_ADVERBS = String.raw`(?:(?:really|just|also|simply|honestly|actually|clearly|completely|totally|then|still|initially|originally|basically|naively|quietly|wrongly|mistakenly|probably|definitely|personally|myself|had|have)\s+){0,2}`;

/**
 * Explicit responsibility: "that was on me", "my responsibility", "I should have".
 * Checked for negation, so "it wasn't my fault" does not count.
 */
const explicitOwnership = anyOf(
  String.raw`\bmy (?:own )?(?:responsibility|fault|mistake|error|call|decision|oversight|miss|blind spot|methodology|methodology gaps?|judgment|judgement|misjudgment|doing|bad|failure)\b`,
  String.raw`\b(?:that|this|it|those|which|the (?:mistake|error|miss|failure|gap))(?:'s| was| were| is) (?:all |entirely |squarely |fully |really |clearly )?on me\b`,
  // "The calibration schedule was mine": the thing that failed named as the speaker's.
  String.raw`\b(?:was|were|is) (?:all |entirely |completely |always )?mine\b`,
  String.raw`\bI (?:fully |completely |personally )?own(?:ed)? (?:it|that|this|the (?:mistake|error|decision|call|failure|miss|outcome))\b`,
  String.raw`\bI (?:take|took|accept|accepted) (?:full |complete |personal )?(?:responsibility|ownership|the blame)\b`,
  String.raw`\bI was (?:the one )?(?:responsible|accountable)\b`,
  // "Nothing more I could have done" argues the opposite.
  String.raw`(?<!\b(?:nothing|anything|everything|all|what) (?:more |else )?)\bI (?:should|could|ought to) have\b|(?<!\b(?:nothing|anything|everything|all|what) (?:more |else )?)\bI (?:should|could)'ve\b|\bI should not have\b|\bI shouldn't have\b`,
  String.raw`\bI (?:was|got (?:it|this|that|the [a-z]+)) wrong\b|\bI made (?:a|the|an|this|that) (?:[a-z]+ )?(?:mistake|error|misjudgment|bad call|wrong call|poor call)\b`,
  String.raw`\b(?:admitted|owned up|came clean|held my hand up|put my hand up)\b`,
  String.raw`\b(?:myself included|including me|including myself|me included)\b`,
  String.raw`\b(?:the (?:right|correct|safe) thing (?:was|would have been) to|I knew (?:it|better)|(?:I )?let (?:that|it) become an excuse|(?:a )?(?:lousy|poor|bad|weak|terrible|rubbish|feeble) excuse|(?:was )?a choice I made|I let (?:my|our|the) \w+ slip|(?:is|was) no excuse|(?:it )?doesn't make it right|I'm not proud|I should(?:'ve| have) been)\b`,
);

/** The speaker as the cause: "I didn't", "I assumed", "I rushed", "because I". */
const selfCause = anyOf(
  String.raw`\bI\s+${SELF_ADVERBS}(?:${DIDNT}|never|failed|forgot|neglected|assumed|rushed|underestimated|overestimated|overlooked|ignored|misjudged|misread|misunderstood|miscalculated|missed|skipped|overcommitted|overpromised|relied|trusted|talked myself|dismissed|glossed|brushed|waved|signed off|approved|hadn't|had not|delayed|avoided|put off|procrastinated|let|pushed|prioriti[sz]ed|focused|chose|decided|went ahead|treated|thought|hoped|wanted|believed|accepted|agreed|promised|took (?:a|the|on)|cut|scheduled|booked|sent|posted|published|ordered|picked|hired|approved|wrote|built|designed|set up)\b`,
  String.raw`\bI\s+${SELF_ADVERBS}(?:was (?:overconfident|careless|wrong|rushing|distracted|impatient|too|so|leading|the one|afraid|reluctant|slow|complacent|naive|stubborn|defensive)|wasn't (?:clear|careful|specific|direct|thorough|explicit|honest|paying|prepared|ready|listening|watching|checking|tracking|firm|curious)|had no (?:plan|backup|contingency|fallback|buffer|process|checklist|system|check|way|visibility|idea))\b`,
  String.raw`\bI gave (?:[a-z]+ ){0,3}(?:wrong|bad|incorrect|outdated|vague|unclear)\b`,
  // "I countersigned the batch sheet without looking at the labels": the speaker's act, unchecked.
  String.raw`\bI (?:just |also |then )?[a-z]+ed\b[^.;]{0,60}\bwithout (?:even |actually |properly |really )?(?:looking|checking|reading|asking|testing|verifying|confirming|counting)\b`,
  String.raw`\bbecause I\b(?! (?:was|wasn't|had been) (?:told|asked|instructed|given|never told))|\bbecause of (?:me|my own)\b`,
  // "on my own" is being alone, not owning anything.
  String.raw`\bdue to my (?:part|own|lack|decision|choice|mistake)\b|\bon my (?:part|lack|decision|choice|mistake)\b|\bmy (?:part|share) in\b`,
);

/** "We" failing: not full ownership, but the speaker is not pointing away either. */
const sharedCause = anyOf(
  String.raw`\bwe\s+${SELF_ADVERBS}(?:${DIDNT}|never|failed|rushed|underestimated|overestimated|assumed|overlooked|skipped|missed|had no|ignored|relied|chose|decided|cut)\b`,
);

/** Naming oneself as the one in charge: not a cause, but it keeps a sentence from pointing away. */
const inCharge = anyOf(
  // "I ran revision sessions every week": a routine kept up is diligence pleaded, not being in charge.
  String.raw`\bI (?:co-)?(?:led|ran|managed|owned|oversaw|supervised|was leading|was running|was managing|was in charge of|was responsible for)\b(?![^.;,]{0,40}\bevery (?:week|day|lesson|night|morning|shift|evening|weekend|term|session)\b)`,
);

/** True when `text` contains un-negated explicit responsibility. */
export function hasExplicitOwnership(text: string): boolean {
  return matchesOf(explicitOwnership, text).some((m) => {
    // "I should have" is about the speaker however it is negated around it.
    if (/^I /i.test(m[0]) || /^(?:admitted|owned|came|held|put|myself|including|me)/i.test(m[0])) {
      return true;
    }
    return !isNegatedAt(text, m.index);
  });
}

/** True when the speaker names themselves as (part of) the cause. */
export function hasSelfCause(text: string): boolean {
  return hasMatch(selfCause, text);
}

/** Any ownership at all: explicit, self-cause, shared ("we skipped") or "I led it". */
export function hasOwnership(text: string): boolean {
  return hasExplicitOwnership(text) || hasSelfCause(text) || hasMatch(sharedCause, text) || hasMatch(inCharge, text);
}

const numberWords = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|a third|a quarter|double|twice|triple|tripled|doubled`;

/** Something measurable: a number, percentage, money, duration or scale word. */
const measurable = anyOf(
  String.raw`\d`,
  String.raw`\b(?:${numberWords})\b`,
  String.raw`%|\bper ?cent\b|[$\u20AC\u00A3\u00A5]`,
  String.raw`\b(?:dollars?|euros?|pounds|budget|revenue|fine|fined|refunds?|penalty|penalties|overtime|overspent|write-?off)\b`,
  // A duration only counts when it is measured: "three weeks", "a month", not "last year".
  String.raw`\b(?:\d+|a|an|one|several|a few|few|many|a couple of|couple of|${numberWords})\s+(?:[a-z-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|weekends?|shifts?|semesters?|terms?|sprints?)\b|\bfor (?:hours|days|weeks|months|years)\b|\b(?:overnight|fortnight)\b`,
  String.raw`\b(?:entire|whole|every|majority|company-wide|site-wide|nationwide|organi[sz]ation-wide|front page)\b`,
);

/** People who felt the consequence. */
const affectedPeople = anyOf(
  String.raw`\b(?:users?|customers?|clients?|patients?|students?|pupils|guests?|diners?|passengers?|readers?|subscribers?|viewers?|listeners|employees?|staff|colleagues?|stakeholders?|residents?|families|parents|shoppers|buyers|members|callers|donors|investors|tenants|candidates|audience|delegates|attendees|visitors|commuters|drivers|homeowners|borrowers|claimants|applicants|learners|children|pupils?|partners)\b`,
  String.raw`\b(?:affect(?:ed|ing)|impact(?:ed|ing))\b`,
  // Consequences concrete enough to picture even without a number.
  String.raw`\b(?:corrections?|retractions?|formal complaints?|complaints|lawsuits?|recalls?|recalled|refunds?|grievances?|injur(?:y|ies|ed)|outages?|downtime|data loss|struck out|written warning|resigned|resignations?)\b`,
);

/** True when an opening says how big the failure was or who felt it. */
export function hasImpact(text: string): boolean {
  return hasMatch(measurable, text) || hasMatch(affectedPeople, text);
}

/** True when a sentence carries a number or an explicit scale. */
export function hasMeasure(text: string): boolean {
  return hasMatch(measurable, text);
}

/** Evidence the lesson turned into practice: "since then", "now I", "every launch since". */
const changeEvidence = anyOf(
  String.raw`\bsince then\b|\bever since\b|\bsince that\b|\b(?:I|we)(?:'ve| have) since\b|\bhave since\b`,
  String.raw`\b(?:every|each)\s+(?:[\w-]+\s+){0,3}since\b`,
  String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|a dozen|dozens of)\s+(?:[\w-]+\s+){0,3}since\b`,
  String.raw`\bsince\s*[,.;]|\bsince$`,
  String.raw`\b(?:now I|I now|now we|we now|now my|now our|these days|nowadays|today I|from then on|from that day|to this day|I still (?:use|do|run|keep|check|follow|apply))\b`,
  String.raw`\bI(?:'ve| have)\s+(?:also\s+|since\s+|now\s+)?(?:used|applied|run|ran|introduced|built|started|adopted|kept|instituted|insisted|changed|added|created|set up|rolled out|trained|taught|shared|written|made it|stopped|begun|reused|repeated)\b`,
  String.raw`\bI (?:always|routinely|make sure|make a point|insist|never skip|never again|now always)\b`,
  String.raw`\b(?:weekly|daily|monthly|fortnightly|every (?:morning|week|day|shift|month|sprint|project|launch|time|quarter|class|lesson|service|handover|handoff|client|patient|case|story|hire|release|deploy|order|audit|close|issue|flight|job|pour|visit|edition|meeting|new|single|report|batch|delivery|event|campaign|contract|year|term|semester|round))\b`,
);

/** Practice words that count as change evidence only when stated as a lesson. */
const adoptedPractice = anyOf(
  String.raw`\bI (?:changed|started|introduced|built|created|set up|adopted|implemented|instituted|added|wrote|designed|put in place|rolled out|began|updated|redesigned|rewrote|standardi[sz]ed|automated|made it)\b`,
  String.raw`\b(?:checklist|template|runbook|playbook|ritual|habit|rule of thumb|pre-mortem|post-mortem|retrospective|review)\b`,
);

/** True when text shows a changed practice. `lesson` also accepts "I built a checklist". */
export function hasChangeEvidence(text: string, lesson: boolean): boolean {
  return hasMatch(changeEvidence, text) || (lesson && hasMatch(adoptedPractice, text));
}

/** Details that make a lesson sentence concrete rather than a slogan. */
const specificity = anyOf(
  String.raw`\d`,
  String.raw`\b(?:now|since|every|each|checklist|template|instead of|rather than|so (?:I|we|that)|which (?:is why|means)|for example|such as|specifically|whenever|before (?:every|each|any|I|we)|after (?:every|each))\b`,
  String.raw`\bby [a-z]+ing\b`,
);

/** True when a lesson sentence names a specific practice or detail. */
export function isSpecific(text: string): boolean {
  return hasMatch(specificity, text) || hasChangeEvidence(text, false);
}

/** Mentions of the job being interviewed for, wherever they appear. */
const roleMention = anyOf(
  String.raw`\b(?:this|your) (?:role|position|job|opportunity|team|company|organi[sz]ation|firm|practice|hospital|clinic|school|district|newsroom|restaurant|kitchen|lab|agency|studio|department|ward|unit|airline|store|group|culture|interview process|mission|product|customers|clients)\b`,
  String.raw`\b(?:drawn to|attracted to|excited (?:about|by) (?:this|your|the role)|why I(?:'m| am) (?:applying|interested|excited)|I want to bring|I(?:'d| would) bring|here at|in this role|the role)\b`,
);

/** True when text ties the story to the role or company. */
export function mentionsRole(text: string): boolean {
  return hasMatch(roleMention, text);
}

/** Reasoning about risk and trade-offs: the judgment interviewers probe. */
export const judgmentSignal = anyOf(
  String.raw`\b(?:trade-?offs?|calculated risk|weigh(?:ed|ing)|the risk|risks?|chose|decided|decision|rather than|instead of|versus|vs\.?|prioriti[sz]\w*|critical path|fastest|safest|options?|calibrat\w*|misjudg\w*|underestimat\w*|overestimat\w*|assum\w*|bet|gamble|nice-to-haves?|must-haves?)\b`,
);

/** Looking at one's own thinking: the self-awareness signal. */
export const selfAwarenessSignal = anyOf(
  String.raw`\b(?:looking back|in hindsight|in retrospect|I realized|I realised|I recogni[sz]ed|I noticed|I saw that|I tend to|my (?:blind spot|bias|instinct|habit|tendency|gut|ego|assumption)|trust my gut|talked myself|I was (?:overconfident|so focused|too focused)|the truth is|honestly)\b`,
);

/** Coming clean and escalating: what makes someone safe to trust with mistakes. */
export const trustSignal = anyOf(
  String.raw`\b(?:told|informed|alerted|notified|warned|updated|briefed|called|emailed|phoned|wrote to) (?:my |the |our |their |every |each |all )?(?:[a-z-]+ )?(?:manager|boss|lead|leadership|director|client|customer|team|editor|principal|chef|supervisor|stakeholders?|partner|board|parents|patient|family|attending|captain|users|readers|head|owner|sponsor|charge nurse|regulator|auditor)s?\b`,
  String.raw`\b(?:escalated|flagged|came clean|owned up|admitted|apologi[sz]ed|disclosed|reported it|reported the|was (?:honest|transparent|upfront|open)|transparen\w+|communicated|honest with)\b`,
);
