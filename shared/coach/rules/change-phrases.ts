/**
 * Phrases by which a practice adopted or kept up since the failure is told (used by
 * `lesson-rules.ts`): built or set up, a habit turned, a practice kept up.
 */

/** "It pushed me to build a marking timetable", "I set up a review": a practice adopted, told in the past. */
export const adopted =
  /\b(?:built|created|set up|introduced|started|began|wrote|designed|put in place|rolled out|made|drew up|brought in|added|changed|redesigned|rewrote|standardi[sz]ed|automated|instituted|to build|to create|to set up|to introduce|to start|to write|to design)\b[^.;]{0,40}\b(?:checklist|template|timetable|schedule|process|system|rule|routine|review|tracker|log|form|guide|glossary|calendar|rota|meeting|call|step|sheet|card|matrix|policy|procedure|ritual|habit|alerts|alarms|dashboard|monitoring)\b/i;

/**
 * "I've stopped giving dates before…", "I started writing the order number on…": a change of
 * habit told with a verb of beginning or ending and the habit itself. (Not "I stopped
 * caring", "I started to panic": a feeling is not a practice.)
 */
export const habitTurned =
  /\b(?:i|we)(?:'ve| have| had)? (?:now )?(?:stopped|quit|switched to|got into the habit of|made a habit of|make a point of|made a point of) (?!(?:caring|worrying|feeling|thinking|trying|panicking|dwelling|beating|stressing|to (?:panic|worry|feel|think|care)))[a-z]+ing\b|\b(?:i|we)(?:'ve| have| now) (?:started|begun) (?!(?:caring|worrying|feeling|thinking|trying|panicking|dwelling|beating|stressing|to (?:panic|worry|feel|think|care)))[a-z]+ing\b|\b(?:i|we) make a point of\b|\b(?:my|our) (?:own )?(?:rule|routine|habit|practice|policy|system) (?:now |these days |since then |ever since )?is\b/i;

/** "I've done that for every deliverable since", "we've run it for two years": a practice kept up. */
export const keptUp =
  /\b(?:i|we)(?:'ve| have) (?:run|done|used|kept|followed|applied|had) (?:that|this|it|them|the \w+)\b[^.;]{0,40}\b(?:for (?:the |every |each |two|three|four|five|six|\d)|since|on every|every)|\b(?:i|we) (?:(?:haven't|have not|have never|'ve never) (?:had|missed|lost|made|repeated|sent|let|dropped|overrun|run out|received|got|needed|been late|double-booked|over-ordered|broken|failed)) (?:\w+ ){0,8}?since\b(?! (?:i|we|the|my|our|it|she|he|they)\b)|\b(?:i|we)(?:'ve| have) had no (?:\w+ ){0,2}?\w+s (?:\w+ ){0,6}?since\b(?! (?:i|we|the|my|our|it|she|he|they)\b)|\bwhat (?:i|we) (?:now )?do (?:now |these days |differently(?: now)? )?is\b|\b(?:had|have had|'ve had) (?:zero|no) (?:\S+ ){0,3}?\w+s (?:in|for|over) the (?:last|past) (?:\w+ )?(?:months?|weeks?|years?|shifts?|jobs?)\b|\b(?:has|have|'s) (?:gone|come|dropped|fallen) (?:down )?from (?:about |around |roughly )?\w+ (?:\w+ ){0,3}?to (?:under |below |about |around |less than )?\w+|\b(?:about |over |nearly |some |around )?\d+ (?:\w+ ){0,2}since (?:then )?(?:without|with no|with zero)\b/i;
