/**
 * Regex source fragments shared by the rule families. Written as flat alternations with
 * bounded repeats only (no nested unbounded quantifiers), so matching stays linear even on
 * a 50,000-character story. Patterns run on normalized text (straight apostrophes).
 */

/** "didn't", "did not" and the apostrophe-less "didnt" people type on phones. */
export const DIDNT = String.raw`(?:didn't|did not|didnt)`;

/** Up to two softening adverbs that people slip between a subject and its verb. */
export const ADVERBS = String.raw`(?:(?:had|has|have|also|just|really|simply|completely|totally|then|still|basically|clearly|obviously|again|all|both|apparently|somehow|ultimately|eventually|later|repeatedly|consistently|constantly|kept|never|even|actually)\s+){0,2}`;

/** Words that qualify who an actor is ("the night shift", "our offshore team"). */
const ACTOR_MODIFIER = String.raw`(?:(?:other|previous|night|day|morning|evening|weekend|overnight|new|junior|senior|offshore|outside|external|design|dev|development|engineering|qa|test|sales|marketing|ops|operations|support|product|finance|legal|hr|it|data|platform|kitchen|warehouse|site|floor|editorial|copy|delivery|project|account|shipping|logistics|nursing|admin|print|research|field|ground|flight|cabin|maintenance|front-of-house|agency|vendor|supplier|third-party|accounts|payroll|audit|compliance|security|infrastructure|tech|technical|creative|content|social|regional|line|hiring|client|client's|customer's|vendor's)\s+)?`;

/** People and organisations a speaker can put the blame on. */
const ACTOR_NOUN = String.raw`(?:team|teams|teammates?|colleagues?|co-?workers?|managers?|boss|bosses|supervisors?|leads?|directors?|executives?|execs|leadership|management|clients?|vendors?|suppliers?|contractors?|subcontractors?|agency|agencies|partners?|consultants?|freelancers?|qa|testers?|engineers?|developers?|devs|designers?|departments?|shift|staff|interns?|reports|new hires?|editors?|reporters?|writers?|chefs?|cooks?|nurses?|doctors?|physicians?|surgeons?|pharmacy|pharmacists?|lab|technicians?|principal|students|parents|crew|drivers?|dispatchers?|couriers?|carriers?|architects?|surveyors?|inspectors?|foreman|foremen|accountants?|auditors?|bank|landlord|predecessor|stakeholders?|committee|board|marketing|finance|engineering|ops|operations|procurement|hr|legal|everyone else|everybody else|others|coordinators?|planners?|analysts?|assistants?|admins?|printer|publisher|airline|factory|manufacturer|distributor|sponsor|owners?|investors|recruiters?|product owner|hiring manager|associates?|counsel|paralegals?|caterers?|catering company|venue|venues|hotel|florist|photographers?|builders?|plumbers?|electricians?|site manager|translators?|interpreters?|agents?|brokers?|solicitors?|clerks?|registrar|midwives|midwife|carers?|porters?|receptionists?|schedulers?|producers?|sub-editors?|illustrators?|copywriters?|printers|wholesalers?|buyers?|merchandisers?|store manager|area manager|franchisees?|controllers?|captain|first officer|co-pilot|ground crew|handlers?|mechanics?|teaching assistants?|tutors?|head teacher|headteacher|dean|professors?|postdocs?|collaborators?|co-authors?|reviewers?|project managers?|product managers?|scrum master|helpdesk|customer service|call centre|call center|trust|council|exam board|insurer|underwriters?|surveyor|estate agent)`;

const DETERMINER = String.raw`(?:(?:the|my|our|their|his|her|a|an|one of (?:the|our|my)|some|two|several|other|another|both|all|all the|most of (?:the|our|my))\s+)?`;

/** An external actor as a clause subject ("the vendor", "our QA team", "they"). */
export const EXTERNAL_ACTOR = String.raw`(?:${DETERMINER}${ACTOR_MODIFIER}${ACTOR_NOUN}|they|he|she|someone|somebody|someone else|somebody else)`;

/** Things the people around you were supposed to do; failing them is where blame lives. */
const DUTY_VERB = String.raw`(?:execute|deliver|catch|test|follow|listen|tell|inform|warn|send|give|provide|share|communicate|respond|reply|show|do|check|review|flag|escalate|finish|complete|meet|hit|prepare|support|help|read|update|notice|document|train|fix|own|step|pull|sign|approve|pay|ship|plan|raise|mention|understand|care|bother|have|get|call|return|confirm|hand|pass|label|order|answer|file|submit|write|turn|keep|stick|cover|take|ask|manage|handle|clarify|explain|specify|define|staff|hire|clean|restock|verify|validate|double-check|proofread|chase|attend|come|arrive|work|perform|implement|build|install|maintain|monitor|schedule|book|load|pack|inspect|record|report|log|loop|copy|include|consult|notify|alert|coordinate|sync|spot|see|realize|realise|know|stop|prevent|block|run|stock|measure|label|set|pick|deliver)`;

/** A negated duty: "didn't catch", "never told", "failed to follow". */
/** Irregular past forms, for "never told", "had not sent". */
const DUTY_PAST = String.raw`(?:told|sent|gave|caught|did|had|got|came|took|kept|wrote|saw|knew|ran|paid|understood|built|brought|made|put|spoke|said|met|read|thought|bothered|showed up|followed up|turned up)`;

/** A negated duty: "didn't catch", "never told", "failed to follow", "never handed over". */
const NEGATED_DUTY = String.raw`(?:${DIDNT}|never|wouldn't|would not|couldn't|could not|hadn't|had not|weren't able to|wasn't able to|failed to|forgot to|refused to|neglected to|chose not to|decided not to)\s+(?:(?:really|properly|even|actually|fully|always|bother to|ever|quite|adequately|correctly|clearly|do)\s+){0,2}(?:${DUTY_PAST}|${DUTY_VERB}[a-z]{0,3})\b`;

/** A failure stated positively: "missed", "dropped the ball", "were late". */
const FAILURE_VERB = String.raw`(?:missed|skipped|dropped the ball|forgot|ignored|overlooked|messed up|screwed up|botched|blew (?:it|the)|broke|misread|misunderstood|miscalculated|miscounted|mislabell?ed|misfiled|underdelivered|under-delivered|let (?:me|us|the team|everyone|the client) down|went (?:silent|dark|quiet)|ghosted|(?:changed|changing|moved|moving|shifted|shifting) (?:the|their|his|her) (?:goalposts|mind|minds|requirements|scope|spec|specs|specification|brief|priorities|plan|deadline|dates?|order)|pulled out|backed out|bailed|walked out|made (?:a|the|an|several|many|some|multiple) (?:[a-z]+ )?(?:mistakes?|errors?)|gave (?:me|us) (?:the )?(?:wrong|bad|incorrect|outdated|inaccurate)|sent (?:me|us) (?:the )?(?:wrong|bad|incorrect)|delivered (?:late|the wrong)|came in late|showed up late|cut corners|took too long|overpromised|did an? (?:poor|bad|terrible|sloppy|lousy) job|sat on (?:it|the|our|my)|dragged (?:their|his|her) feet|took (?:[a-z]+ )?(?:weeks|months|ages|forever) to|(?:was|were) (?:[a-z]+ )?(?:incompetent|lazy|careless|sloppy|unresponsive|unhelpful|disorganized|disorganised|unprepared|absent|useless|unreasonable|negligent|late|behind schedule|unreliable|not ready|not prepared|out of (?:their|his|her) depth|asleep at the wheel|too slow|too busy|wrong|mistaken|slow to respond))`;

/** "on the news desk", "from the agency": a short phrase saying where an actor sits. */
const WHERE = String.raw`(?:\s+(?:on|from|in|at|of|over at)\s+(?:the\s+|our\s+|my\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?`;

/** An external actor failing at something: the core shape of blame. */
export const ACTOR_FAILING = String.raw`\b${EXTERNAL_ACTOR}${WHERE}\s+${ADVERBS}(?:${NEGATED_DUTY}|${FAILURE_VERB}\b)`;

/** A capitalized word followed by a failure: catches named colleagues ("Priya never sent"). */
export const NAME_FAILING = String.raw`\b([A-Za-z][a-z]{2,})${WHERE}\s+${ADVERBS}(?:${NEGATED_DUTY}|${FAILURE_VERB}\b)`;

/** Sentence-initial capitalized words that are not people's names. */
export const NOT_NAMES = new Set([
  'it',
  'this',
  'that',
  'there',
  'they',
  'we',
  'he',
  'she',
  'nothing',
  'everything',
  'nobody',
  'testing',
  'things',
  'someone',
  'somebody',
  'everyone',
  'somehow',
  'then',
  'eventually',
  'looking',
  'unfortunately',
  'also',
  'and',
  'but',
  'so',
  'because',
  'when',
  'after',
  'our',
  'my',
  'the',
  'their',
  'his',
  'her',
  'you',
  'people',
  'users',
  'customers',
  'patients',
  'guests',
  'readers',
  'adoption',
  'sales',
  'revenue',
  'planning',
  'research',
  'data',
  'which',
  'who',
  'what',
  'later',
  'still',
  'honestly',
  'initially',
  'first',
  'second',
  'third',
  'and',
  'also',
  'just',
  'one',
  'two',
  'three',
  'some',
  'many',
  'most',
  'none',
  'all',
  'both',
  'each',
  'these',
  'those',
  'its',
  'your',
  'such',
  'had',
  'has',
  'have',
  'was',
  'were',
  'too',
  'only',
  'even',
  'never',
  'instead',
  'though',
  'while',
  'since',
  'until',
  'if',
  'as',
  'at',
  'on',
  'in',
  'for',
  'with',
  'from',
  'into',
  'about',
  'during',
  'before',
  'over',
  'under',
  'again',
]);

/** Words that make the following actor an object, not a subject ("I told the team"). */
export const OBJECT_MARKERS = new Set([
  'to',
  'with',
  'for',
  'from',
  'by',
  'of',
  'on',
  'at',
  'about',
  'than',
  'into',
  'onto',
  'without',
  'give',
  'gave',
  'given',
  'told',
  'tell',
  'asked',
  'ask',
  'let',
  'made',
  'make',
  'trusted',
  'blame',
  'blamed',
  'helped',
  'help',
  'support',
  'supported',
  'thanked',
  'sent',
  'showed',
  'taught',
  'trained',
  'assured',
  'reassured',
  'informed',
  'called',
  'emailed',
  'brought',
  'pushed',
  'convinced',
  'expected',
  'believed',
  'met',
  'hired',
  'fired',
  'managed',
  'led',
  'coached',
  'briefed',
  'warned',
  'reminded',
  'pressured',
  'overruled',
  'ignored',
  'left',
  'failed',
  'needed',
  'wanted',
  'urged',
  'forced',
  'allowed',
  'like',
  'unlike',
  'whether',
  // Reporting verbs: what follows is what the speaker found out, not whom they blame.
  'confirmed',
  'checked',
  'found',
  'learned',
  'learnt',
  'realized',
  'realised',
  'noticed',
  'saw',
  'heard',
  'discovered',
  'if',
]);
