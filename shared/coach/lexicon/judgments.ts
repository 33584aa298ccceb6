/**
 * Judgments a speaker passes on others and on themselves, as regex sources over the
 * normalized, lower-cased text of a clause. The accountability rules read these with the
 * clause's subject: the same words are blame about a colleague and a confession about oneself.
 */

/** Faults and states that put the cause on whoever they describe. */
export const NEGATIVE_EVALUATION = String.raw`\b(?:inexperienced|incompetent|careless|pointless|a (?:complete |total )?waste of time|lazy|sloppy|useless|hopeless|clueless|rude|difficult|demanding|unreasonable|unprofessional|disorgani[sz]ed|unresponsive|unhelpful|uncooperative|unreliable|negligent|stubborn|toxic|dysfunctional|chaotic|awful|terrible|horrible|appalling|atrocious|a (?:total |complete |bit of a |real )?(?:nightmare|mess|joke|disaster|shambles)|all over the place|out of (?:their|his|her) depth|not (?:up to|fit for) (?:it|the job)|no good|unclear|vague|confusing|contradictory|inconsistent|inaccurate|outdated|wrong|broken|down|impossible|unrealistic|unachievable|crazy|insane|ridiculous|absurd|(?:way |far )?too (?:tight|short|aggressive|high|low|small|long|slow|busy)|understaffed|short[- ]staffed|overloaded|swamped|late|behind|slow to|never there|absent|missing|(?:very|really|so|extremely|super|insanely) (?:long|busy|slow|hectic|short|tight|chaotic|stressful))\b`;

/** Things other people failed to do, said without "not": they dropped it, sat on it, changed it. */
export const FAILURE_ACTION = String.raw`\b(?:sat on|dropped the ball|messed (?:it |things |this )?up|screwed (?:it |this )?up|botched|ignored (?:my|our|the|it)|overlooked|forgot|left (?:a|the|it in a) (?:mess|state)|let (?:me|us|the team|everyone|the client) down|went (?:silent|dark|quiet|awol)|ghosted|pulled out|backed out|bailed|fell for|burned|burnt|cut (?:the|our|my) (?:budget|staff|team|funding|hours)|kept (?:changing|moving|adding|asking|cancelling)|changed (?:the|their|his|her|our) (?:plan|spec|specs|requirements|brief|scope|goalposts|mind|comp plan|priorities|deadline|dates?|order|rota|process|system)|moved the goalposts|sent (?:me |us )?(?:up |over |through )?(?:the )?(?:wrong|bad|incorrect|outdated|late)|gave (?:me|us) (?:the )?(?:wrong|bad|incorrect|outdated)|weren't (?:getting|listening|interested|bothered)|wasn't (?:getting|listening|interested|bothered)|won't listen|wouldn't listen|refused to|never (?:read|replied|answered|showed|turned up|followed)|pulled (?:their|his|her) weight|without (?:telling|asking|consulting|informing|warning|checking with|involving) (?:me|us|anyone|anybody|the \w+)|(?:kept|sat on|held) (?:\S+ ){0,4}without (?:signing|approving|sending|replying|answering|acting)|delivered (?:\S+ ){0,4}late|(?:was|were) late (?:with|delivering|sending)|had no (?:clue|idea) (?:what|how)|kept (?:refusing|crashing|freezing|breaking|failing|cancell?ing|moving|pushing|changing)|refused to|(?:is|are|was|were|'re) (?:meant|supposed) to|went against|objected|interpreted (?:\S+ ){0,3}differently|(?:was|were) heavy[- ]handed|probably knocked|pull (?:their|his|her) weight|overruled|vetoed|pulled rank|dismissed (?:my|our|it)|(?:was|were|kept) (?:telling|pushing|pressuring|rushing) (?:us|me|everyone)|(?:were|was) (?:always|constantly) (?:late|off|sick|absent))\b`;

/** Being handed a situation: the speaker as the one things were done to. */
export const IMPOSED = String.raw`\b(?:i|we) (?:was|were|got|had been|'d been) (?:\w+ )?(?:given|handed|assigned|stuck with|left with|forced|told to|pushed|pressured|rushed|saddled|thrown|dropped into|put on|expected to|asked to)\b`;

/** What was handed over was not enough: the cue that turns "I was given" into blame. */
export const SHORTFALL = String.raw`\b(?:(?:\w+ )?(?:staff|people|nurses|carers|members|hands|drivers) (?:down|short)|short-?staffed|on (?:my|our) own|by (?:myself|ourselves)|single-?handed(?:ly)?|(?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:days?|weeks?|hours?|nights?)(?: (?:to go|left|before (?:the |it |launch|go-live))|'? notice)|already (?:\w+ )?(?:spent|gone|used up|committed|promised|sold)|impossible|unrealistic|unachievable|no (?:budget|time|support|help|training|resources|notice|handover|warning|staff|one)|basically no|(?:little|not enough|hardly any|barely any) (?:time|budget|support|help|notice|resources)|(?:too|really|very|super|way) (?:tight|short|little|much)|burned|burnt|a mess|two days|no chance|crazy|insane|half the)\b`;

/** Causes beyond anyone: the economy, luck, the system. */
export const CIRCUMSTANCE_CAUSE = String.raw`\b(?:because of|due to|thanks to|blame (?:it )?on)\s+(?:the\s+)?(?:economy|market|weather|pandemic|covid|budget cuts?|cutbacks|layoffs|reorg\w*|politics|office politics|traffic|bad luck|luck|strikes?|supply chain|management|leadership|the business|head office|upper management|them|him|her|they)\b`;

/** Arguing one's own innocence: "I had been polite the whole time", "even though I was right". */
export const SELF_JUSTIFICATION = String.raw`\b(?:(?:years?|months?) (?:\w+ ){0,3}?without (?:a single|one|any|ever having an?) (?:complaint|mistake|error|issue|problem|incident|sick day|warning)|(?:i(?:'ve| have)|i am|i'm) (?:been )?(?:\w+ing) (?:\S+ ){0,3}(?:for|since) (?:\w+ ){0,2}years? and (?:never|not once)|(?:not one|never (?:had )?a|never any) (?:callback|complaint|mistake|problem|issue)s?|(?:so )?how (?:was|were|am) (?:i|we) (?:meant|supposed) to know|(?:so )?what (?:else )?(?:was|were|am) (?:i|we) (?:meant|supposed|expected) to do\b|don't see what else (?:anyone|they|you|people) (?:expected|wanted|could (?:have )?(?:expected|asked))|anyone (?:in my (?:position|shoes)|else) would (?:have )?(?:done|do|make|made) the same|anyone would (?:make|have made) (?:a|the same) (?:slip|mistake|error)|i can only work with (?:the|what)|followed (?:the|our|every) (?:\w+ )?(?:policy|process|procedure|protocol|rules?|plan) to the letter|i (?:still )?(?:think|believe|maintain) (?:the|my) (?:\w+ ){0,2}(?:was|were) (?:fine|right|correct|good|ok|okay|the right one|the better one)|(?:i'd|i had|which i'd|which i had) pointed (?:it |this |that )?out|(?:was|were) (?:just )?(?:very |too |overly |a bit )?(?:sensitive|fussy|picky)|(?:my )?numbers were (?:actually )?fine|measured (?:\S+ ){0,4}(?:a )?different(?:ly| way)|we get pulled up if|i(?:'d| had)? (?:been|was) (?:nothing but |always |perfectly |completely |very )?(?:polite|professional|careful|thorough|patient|nice|helpful|clear|responsive|on time)\b[^.;]{0,30}(?:the whole time|all along|throughout|every time|always)?|i (?:had |'d )?(?:done|did) (?:everything|all|exactly) (?:right|by the book|i could|i was (?:told|asked)|correct(?:ly)?|properly|as (?:asked|agreed|instructed))|(?:was following|followed|had followed) (?:the|our|every) (?:\w+ )?(?:procedure|process|protocol|instructions?|rules?|sop) (?:exactly|to the letter|word for word|step by step)|i (?:had |'d )?followed (?:the|every|all the|each) (?:procedure|process|protocol|step|rule|instruction)s?|i (?:had |'d )?(?:chased|reminded|told|warned|asked|emailed|called) (?:them|him|her|the \w+|everyone)\b[^.;]{0,30}\b(?:every (?:single )?day|three times|twice|several times|repeatedly|over and over|again and again|multiple times|more than once)|even though i was right|i (?:still )?(?:think|believe|feel|know) i was right|i was (?:actually |technically )?right\b|(?:which|that) (?:was|is) (?:technically )?(?:true|correct)|technically (?:it|that|this) (?:was|wasn't)|(?:it|the \w+|they|he|she) (?:looked|seemed|sounded) (?:completely |totally |perfectly )?(?:normal|fine|ok|okay|right|legit|genuine|real|correct|reasonable) to me|(?:it|that) was (?:still )?(?:the right|a good|a reasonable) (?:call|decision|thing to do|choice)|i (?:still )?stand by (?:it|that|the decision|my decision|my call)|i (?:had |'d )?only (?:been|started) (?:there |in the (?:job|role) )?(?:for )?(?:a |two |three |\d+ )?(?:week|weeks|days|months?))\b`;

/** Calling the outcome unfair, or beyond anyone's reach. */
export const UNFAIRNESS = String.raw`\b(?:(?:was|wasn't|isn't|is|not|felt|seemed) (?:really |very |a bit |totally |entirely |completely |particularly )?(?:fair|unfair|unjust|harsh|over the top)|unfair(?:ly)?|(?:blown|blew it) out of proportion|over-?react(?:ed|ing)|(?:nobody|no one|no-one) could (?:have )?(?:predicted|foreseen|known|seen (?:it|that) coming|have done (?:more|better|anything))|(?:couldn't|could not) have (?:known|predicted|foreseen)|(?:there was |there's )?nothing (?:more |else )?(?:i|anyone|we) could (?:have )?(?:do|done)|(?:anything|something) more i could have done|these things (?:always|just) (?:happen|have)|(?:there was|there wasn't|there's|i had|we had) (?:really )?no (?:other )?(?:choice|option|alternative)|(?:wasn't|was not|isn't) (?:really )?(?:another|any other|an(?:y)?) (?:option|choice|way|alternative))\b`;

/** The speaker's state offered as the reason: tiredness, a bad day, being new. */
export const STATE_EXCUSE = String.raw`\b(?:i (?:was|'d been|had been|am) (?:\w+ )?(?:having (?:a |such a )?(?:really |very |pretty |bit of a )?(?:bad|rough|terrible|long|hard|awful|difficult|tough) (?:day|week|shift|time|night|month)|exhausted|tired|knackered|sick|ill|unwell|stressed|burnt out|burned out|running on (?:no|little|three hours'?) sleep|covering for|doing (?:a |the )?double shifts?|working double shifts?|on my own|by myself|alone on|the only one|new (?:to the|in the|there)|under (?:a lot of |huge |so much )?pressure)|(?:it was|that was) (?:my|a) (?:first|second) (?:week|day|month)|it was (?:a|my) (?:crazy|really busy|hectic|bad) (?:day|week|shift)|i (?:hadn't|had not|didn't|did not|had barely|'d barely) slept|my (?:head|mind) (?:wasn't|was not|was) (?:really )?(?:in it|elsewhere|somewhere else|all over the place)|(?:wasn't|was not) in the right (?:headspace|frame of mind|place))\b`;

/** Things that went wrong by themselves: the cause as weather. */
export const OUTCOME_FAILURE = String.raw`\b(?:(?:came|come|comes) in (?:low|late|short|over|under)|turned out (?:wrong|late|low|to be wrong)|fell through|(?:went|was|were) down|crashed|broke down|stopped working|gave out|fell apart|(?:ran|run) out)\b`;

/**
 * Nouns that name no cause anyone could act on: the weather of a failure, not its mechanism
 * ("a combination of factors", "a lot of pressure", "the situation at the time").
 */
export const ABSTRACT_CAUSE_NOUNS = new Set(
  `
alignment ambiguity bit breakdown busyness chaos circumstance combination communication confusion dependency
difficulty disconnect everything factor fatigue gap issue landscape lot misalignment miscommunication
misunderstanding mix period pressure priority problem situation stress stuff thing timing workload
`
    .trim()
    .split(/\s+/),
);

/** Words that only soften the speaker's own voice ("I think", "I guess"): no one acts in them. */
export const HEDGE_VERBS = new Set('think guess suppose believe feel reckon say mean know remember suspect'.split(' '));

/**
 * Fault denied or the decision defended: "this is not the kitchen's fault", "anyone would
 * have struggled", "I did exactly what the methodology says", "the thesis was sound".
 */
export const FAULT_DENIED = String.raw`\b(?:(?:can't|cannot|can not|couldn't|shouldn't|should not) (?:really |exactly |fairly |honestly )?(?:be blamed|blame me)|(?:no (?!one\b|doubt\b|harm\b|matter\b)[a-z]+|nobody|no one|no-one|any(?:one|body)|any other [a-z]+) (?:else )?(?:in (?:my|that) (?:position|shoes|place) )?(?:could|would)(?:n't| not)? (?:have|'ve) (?:[a-z]+ed|done|made|seen|caught|known|kept|watched|spotted|prevented|stopped|predicted)\b|(?:most|many|plenty of|other|a lot of) (?:other )?(?:[a-z]+ )?(?:people|[a-z]+s) (?:in my (?:position|shoes|place) )?(?:would|could)(?:'ve| have)? (?:have )?(?:done|reacted|responded|said|made|felt|snapped|struggled|acted|missed|done) (?:the same|that|it|likewise|exactly)|(?:is|was|were|'s)(?:n't| not) (?:really )?(?:my|our|the \w+(?:'s)?|the \w+) (?:fault|mistake|error|responsibility|doing)|not (?:really )?(?:my|our) (?:fault|mistake)|(?:is |was )?not (?:from|because of) (?:our|my) (?:work|side|team)|(?:i )?(?:do not|don't) think it was (?:really )?my (?:mistake|fault|error)|(?:any|every)(?:one|body)?(?: \w+){0,2}? (?:would(?:'ve| have)?|could(?:'ve| have)?) (?:have )?(?:struggled|done the same|made the same|missed (?:it|that)|failed|fallen|done (?:it|that)|made (?:it|that|this)(?: \w+)?)|(?:did|done|followed) exactly what (?:the|our|my) (?:\w+ ){0,2}(?:says|said|asked|required|specified)|we had done what was agreed|from a process (?:perspective|point of view)|in (?:all )?fairness(?! to\b)|\btbf\b|(?:the )?(?:thesis|decision|call|plan|modelling|model|analysis|strategy|logic|reasoning|approach) (?:itself )?was (?:sound|robust|right|correct|solid|the right one)|(?:simply |just |largely )?(?:outside|beyond) (?:of )?(?:our|my) control|(?:could|can)(?:n't|not) be everywhere|every(?:body|one) (?:\w+ ){0,4}(?:did|does|do) it (?:the same way|like that|that way)|(?:is|was) (?:a bit of |complete |total )?overkill|technically (?:\w+ ){0,5}(?:is|was|'s|are|were) (?:the |a |an )?\w+(?:'s|s'|') (?:job|responsibility|remit|area|role)|(?:not something|nothing) (?:that )?i (?:could|would) (?:have|'ve) (?:caught|known|spotted|seen|prevented|noticed)|(?:not possible|impossible) for (?:any|anyone|anybody|one person|a single person)\b|can(?:not|'t| not) be in (?:two|all|every|all the) (?:places|rooms|wards|bays)|(?:from|on) my (?:side|end),? i did|(?:is|was|'s)(?:n't| not) (?:really |actually |even |strictly )?(?:the |a |an |my |our )?(?:[a-z]+(?:'s|s')? )?(?:job|responsibility|remit|department) of (?:the |a )?(?:driver|nurse|cashier|me)|(?:checking|counting|reading|confirming|testing|labelling|labeling|filing|ordering|booking) (?:\w+ ){0,3}(?:is|was)(?:n't| not) (?:really |actually |even |strictly )?(?:the |a |an |my |our )?(?:[a-z]+(?:'s|s')? )?(?:job|responsibility|remit|role|department)|i (?:was )?(?:only|just) (?:follow|followed|following|did|doing) (?:what|the|my|as|orders|instructions)|i (?:had|'d) (?:only|just) been (?!there|in)\w+ing)\b`;

/**
 * Standards a speaker can argue were set too high: what the work was judged against, not a
 * deadline or a budget (those are circumstances, read by the blame rules).
 */
export const STANDARD_NOUNS = new Set(
  'target targets standard standards guidance guideline guidelines rule rules policy criteria criterion marking grading scoring rubric expectation expectations quota kpi kpis benchmark threshold requirement requirements regulation regulations spec specs specification checklist assessment inspection audit review script'.split(
    ' ',
  ),
);

/** Words that call a standard, or those who hold one to it, too strict. */
export const TOO_STRICT = new Set(
  'strict harsh unrealistic unfair excessive pedantic nitpicky petty unreasonable ridiculous draconian overkill over-cautious overcautious fussy picky extreme impossible'.split(
    ' ',
  ),
);

/** Words that call the speaker's own work acceptable: "what I delivered was reasonable". */
export const ACCEPTABLE = new Set(
  'reasonable fine correct right good solid accurate acceptable decent ok okay sound adequate perfect compliant'.split(' '),
);

/** What a failure could have done, denied in a result clause: "so there was never any risk". */
export const HARM_NOUNS = new Set('risk harm danger damage problem issue impact difference'.split(' '));

/** Words for another party's complaint about the speaker. */
export const COMPLAINT_WORDS = new Set('complain complaint criticism criticise criticize feedback comment remark grumble moan'.split(' '));

/**
 * Self-justification in other clothes: being judged harshly, one's own record set against the
 * slip ("the only one out of hundreds", "considering how many I got right"), the slip made small
 * ("in the grand scheme of things", "most people wouldn't even have noticed"), "I'm only human",
 * allowance asked for, the fault shared out ("it wasn't just on me", "could have checked it too"),
 * and a concession turned at once into an excuse ("I admit I rushed it, but I was under…").
 */
export const SELF_DEFENCE = String.raw`\b(?:(?:judged|treated|marked|assessed|critici[sz]ed|reviewed|penali[sz]ed|blamed|dealt with) (?:\w+ )?(?:harshly|unfairly|severely|too hard|a bit much)|considering (?:how (?:many|much|well|hard|busy|short)|that i|i was|i had|everything (?:else )?i)|i (?:think i )?did (?:pretty|quite|really|very|reasonably|fairly|remarkably|incredibly) well (?:to|given|considering|under)|(?:the only|just the|only the) one (?:\w+ )?(?:that|which|i) (?:went wrong|got wrong|was wrong|slipped|had a problem)|out of (?:the |all the )?(?:hundreds|thousands|dozens|\d[\d,]*|all the)\b[^.;]{0,60}\b(?:only|just) (?:one|two|a few|a couple|a handful)|in the grand scheme(?: of things)?|(?:was|were) only (?:\w+ ){0,4}(?:minutes?|seconds?|an hour|a day|hours?) (?:late|over|out)|(?:other people|others|everyone else|lots of people|half the (?:team|staff|shift)|the rest of the (?:team|staff|shift)) (?:were|was|did|do|are) (?:\w+ ){0,5}(?:too|as well|all the time)\b|(?:i'm|i am|i was|i feel|i felt) (?:\w+ )?(?:confident|sure|certain|satisfied) (?:that )?i (?:did|made|handled (?:it|that|this)|acted|followed) (?:the right thing|the right call|correctly|right|properly|everything correctly|it by the book)|followed (?:the |our |their |my )?(?:[\w-]+ ){0,2}(?:policy|procedure|process|protocol|rules|guidance|guidelines|sop) (?:\w+ )?(?:exactly|to the letter|by the book|correctly|properly|precisely)|(?:most|many|other|half the) (?:people|guests|customers|clients|patients|parents|readers|users|diners|shoppers|students|pupils) (?:wouldn't|would not|won't|will not) (?:even )?(?:have )?(?:noticed|spotted|cared)|i(?:'m| am) only human|we(?:'re| are) all (?:only )?human|allowances? (?:should|could|would) have been made|cut me (?:some|a bit of|a little) slack|(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:just|only|all|entirely|solely|purely) (?:on me|my fault|down to me|my responsibility)|(?:could|should) (?:have|'ve) (?:checked|caught|spotted|picked up|noticed|reviewed) (?:it|that|this|them) (?:too|as well)|doing the (?:job|jobs|work) of (?:two|three|\d+) (?:people|staff|members of staff|roles)|(?:i (?:admit|accept|agree|know)|i'?ll admit|i will admit|granted),? (?:that )?i\b[^.;]{0,50}?,? but (?:i was|i'd been|i had been|i was also|we were|there was|they|the (?:\w+ )?(?:deadline|pressure|system|brief|client|team))\b)`;
