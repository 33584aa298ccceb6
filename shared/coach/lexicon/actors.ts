/**
 * Who a clause is about. Data beside the logic: the words a speaker uses for other people,
 * for groups and organisations, and for circumstances, by lemma (singular, lower case).
 */

/** People and roles a speaker can point at (anyone but the speaker). */
export const PERSON_NOUNS = new Set(
  `
lady gentleman woman man mum dad mother father daughter son wife husband grandmother grandfather desk helpdesk scaffolder teacher cleaner waiter waitress bartender barista cashier foreman therapist paramedic housekeeper salesperson salesman saleswoman apprentice optician vet anaesthetist registrar devops packer picker dispenser receptionist
candidate applicant interviewee jobseeker cohort accountant administrator admin agency agent bank board class company hospital clinic employer council councillor firm government group hq insurer office school university reception procurement finance sales marketing support security expo locum tiler analyst architect assistant associate attending auditor
author boss broker builder buyer caller captain carer carrier caterer ceo cfo cto chair chef child
classmate clerk client coach co-author colleague committee consultant contractor controller coordinator
co-founder cofounder co-worker coworker counsel counterpart courier crew customer dean dentist department
designer developer dev director dispatcher distributor doctor donor driver editor electrician employee
employer engineer estimator exec executive family finance founder franchisee freelancer friend guest
handler head headteacher hire hr inspector instructor intern interpreter investor janitor judge kid
landlord lawyer lead leader leadership learner lecturer legal management manager manufacturer marketing
mechanic member mentor midwife nurse officer operator ops owner paralegal parent partner passenger
patient peer pharmacist photographer physician pilot planner player plumber porter predecessor
principal printer procurement producer product professor programmer publisher pupil qa receptionist
recruiter referee regulator reporter representative rep researcher resident reviewer sales scheduler
scientist secretary senior shift shopper sister solicitor sponsor staff stakeholder student subcontractor
superintendent supervisor supplier surgeon surveyor team teammate technician tenant tester trainee
translator tutor underwriter user vendor volunteer wholesaler worker writer
`
    .trim()
    .split(/\s+/),
);

/** Pronouns and words that stand for other people. */
export const PERSON_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'them',
  'him',
  'her',
  'someone',
  'somebody',
  'nobody',
  'everyone',
  'everybody',
  'others',
  'people',
  'anyone',
  'anybody',
  'no-one',
]);

/** Things that happen to a speaker: constraints, conditions and systems, not people. */
export const CIRCUMSTANCE_NOUNS = new Set(
  `
budget circumstance communication condition covid deadline direction documentation economy equipment
expectation goal guidance handover handoff information instruction internet machine market objective
pandemic policy priority process quota requirement resource schedule scope situation software spec
specification staffing system target technology timeframe timeline time-frame timing tool traffic
weather workload
`
    .trim()
    .split(/\s+/),
);

/** Capitalized words at the start of a clause that are not someone's name. */
export const NOT_NAMES = new Set(
  `
i it this that there they we he she nothing everything nobody testing things someone somebody everyone
somehow then eventually looking unfortunately also and but so because when after our my the their his her
you people users customers patients guests readers adoption sales revenue planning research data which who
what later still honestly initially first second third just one two three some many most none all both each
these those its your such had has have was were too only even never instead though while since until if as
at on in for with from into about during before over under again monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
covid google slack excel jira
`
    .trim()
    .split(/\s+/),
);

/**
 * Circumstances a speaker makes: "my instructions", "our handover", "my timeline". With "my" or
 * "our" they are the speaker's own doing, unlike "my deadline" or "my workload", handed to them.
 */
export const AUTHORED_NOUNS = new Set(
  'communication documentation handover handoff instruction schedule spec specification timeline priority process plan objective goal expectation information'.split(
    ' ',
  ),
);
