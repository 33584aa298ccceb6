import { describe, expect, it } from 'vitest';
import { reviewStory } from './review-story';
import { check } from './test-support/clause-check';

// Rules over clauses from the ninth tuning batch on (the earlier ones: clause-rules-lessons.test.ts). Lessons and evidence of change.

describe('after the ninth batch: where evidence of change is, and is not', () => {
  const NC = 'no-change-evidence' as const;
  const lessonFlags = (story: Record<string, string>) =>
    reviewStory(story)
      .findings.filter((f) => f.part === 'whatILearned')
      .map((f) => f.kind);
  it('a trait claimed in the role tie-in ("I always…") is no change since the failure', () => {
    expect(
      lessonFlags({
        whatILearned: 'I learned that rotas need to be fair.',
        roleConnection: 'I am reliable and I always finish my rounds on time.',
      }),
    ).toContain(NC);
    expect(
      lessonFlags({
        whatILearned: 'I learned that rotas need to be fair.',
        roleConnection: 'Since then I always swap shifts through the rota app, never by text.',
      }),
    ).not.toContain(NC);
  });
  it('a time marker in a relative clause dates its noun, not a practice', () => {
    expect(
      lessonFlags({
        whatIDid: 'I found them a new cleaner the week after, who is still with them.',
        whatILearned: 'Cleaners come and go.',
      }),
    ).toContain(NC);
  });
  check([
    // A trigger the parse leaves inside the clause still ties the habit to a moment.
    ['whatILearned', 'I test every new form on a phone before it goes out to the parents.', [], [NC]],
    ['whatILearned', 'I check the rota against the bookings when a new term starts.', [], [NC]],
    // "Go through", "go over": a light verb made a step by its particle.
    ['whatILearned', 'These days the first job I do on a Friday is go through every unpaid invoice.', [], [NC]],
    ['whatILearned', 'I go over the seating plan with the venue now, table by table.', [], [NC]],
    // Look-alikes: going somewhere is no step; a trigger without a habit is none.
    ['whatILearned', 'I learned that I go to pieces when I am rushed.', [NC], []],
    // The speaker's own team doing something since is a practice told; a rule for the team is not.
    ['whatILearned', 'My team now has a rule that two people check any price change.', [], [NC, 'not-learned']],
    ['whatILearned', 'Our ward now does a safety huddle at the start of every shift.', [], [NC]],
    ['whatILearned', 'My team should communicate better with the night staff.', [NC], []],
    // The lesson applied since, told as one occasion: "on my next event", "last month I…".
    [
      'whatILearned',
      'It taught me to plan for the worst case, and on my next event I booked a backup caterer.',
      [],
      [NC],
    ],
    [
      'whatILearned',
      'I learned to ask for help earlier. Last month I flagged a risk on day two instead of day ten.',
      [],
      [NC],
    ],
  ]);
});

describe('after the ninth batch: lessons about others, framed another way', () => {
  const NL = 'not-learned' as const;
  check([
    // "What I took from it is that…" frames the lesson like "I learned that…".
    ['whatILearned', 'What I took from it is that the planners need to check the loads.', [NL], []],
    [
      'whatILearned',
      'What I took from it is that I need to ring the planners before I load, and I do that every morning now.',
      [],
      [NL],
    ],
    // The limits of watching everyone, as the lesson.
    ['whatILearned', "You can't supervise everyone on a night shift, you have to trust people.", [NL], []],
    [
      'whatILearned',
      "I can't watch every driver, so now I ride along with each new one in their first week.",
      [],
      [NL],
    ],
  ]);
});

describe('after the ninth batch: a rule for a circumstance someone else sets', () => {
  const NL = 'not-learned' as const;
  check([
    ['whatILearned', 'Targets should take the size of the territory into account.', [NL], []],
    ['whatILearned', 'Deadlines need to be realistic for the people doing the work.', [NL], []],
    // Look-alikes: the speaker's own process, a rule with what the speaker now does.
    [
      'whatILearned',
      'My process needs a second check, so now I ask a colleague to look at every invoice over £1,000.',
      [],
      [NL],
    ],
  ]);
});

describe('after the ninth batch: a result kept since, and "what I do now is"', () => {
  const NC = 'no-change-evidence' as const;
  check([
    ['whatILearned', "We haven't had a missed delivery from that depot since.", [], [NC]],
    ['whatILearned', "We've had no late filings since.", [], [NC]],
    ['whatILearned', 'What I do now is ring the family before every discharge.', [], [NC]],
    // Look-alikes: a feeling since, a person not spoken to since.
    ['whatILearned', "I haven't felt confident since.", [NC], []],
    ['whatILearned', "I've had no confidence since.", [NC], []],
  ]);
});

describe('after the ninth batch: "anyway" before an unpunctuated "so"', () => {
  const I = 'indifference' as const;
  check([
    ['whyItHappened', 'it was my last week there anyway so i was not really paying attention', [I], []],
    ['whyItHappened', 'It was my notice period anyway, so I was distracted.', [I], []],
    // Look-alike: what the speaker did after it.
    ['whyItHappened', 'it was a quiet night anyway so i rang her back straight away', [], [I]],
  ]);
});

describe('after the ninth batch: slogans with one word more', () => {
  const G = 'generic-lesson' as const;
  check([
    ['whatILearned', 'I learned to own my mistakes and learn from them.', [G], []],
    ['whatILearned', 'It made me want to be more resilient and adaptable.', [G], []],
    ['whatILearned', 'I learned that the small details really matter in pharmacy.', [G], []],
    ['whatILearned', 'I learned how vital it is to manage expectations early.', [G], []],
    // Look-alikes: the slogan with the practice it became.
    [
      'whatILearned',
      'I learned how crucial it is to confirm numbers, so I now ring the venue two days before every event.',
      [],
      [G],
    ],
    ['whatILearned', 'I own my mistakes now: I tell my manager the same day, and I log them in our tracker.', [], [G]],
  ]);
});

describe('after the tenth batch: a career or a willingness in the role tie-in is no practice since', () => {
  const base = {
    whatHappened: 'I sent a client the wrong invoice, for £4,000 more than we had agreed.',
    whyItHappened: 'I copied last month’s invoice and did not check the figures against the contract.',
    whatIDid: 'I rang the client that morning, apologised and sent the right invoice.',
    whatILearned: 'I learned to be more careful with invoices.',
  };
  const flagged = (roleConnection: string) =>
    reviewStory({ ...base, roleConnection })
      .findings.map((f) => f.kind)
      .includes('no-change-evidence');
  it.each([
    "I've worked in accounts for nearly four years now and I'm ready for the next step.",
    "I'm now looking for a senior role, and I'm happy to do overtime at month end when the team needs it.",
    'Since then I have worked at two other firms and managed a team of three.',
  ])('still no evidence of change: %s', (role) => expect(flagged(role)).toBe(true));
  it.each([
    'These days I check every invoice against the contract before it goes out, which is what this role needs.',
    "Since then I've kept a checklist for every invoice run, and I'd bring it here.",
  ])('a practice in the role tie-in still counts: %s', (role) => expect(flagged(role)).toBe(false));
});

describe('after the tenth batch: a failure that "happens when it\'s busy" is still a shrug', () => {
  check([
    [
      'whatILearned',
      "I learned that mistakes like that happen when it's busy, and you just move on.",
      ['indifference', 'not-learned'],
      [],
    ],
    [
      'whatILearned',
      'Issues like these happen when things get hectic in December.',
      ['indifference', 'not-learned'],
      [],
    ],
    // Look-alikes: a cause someone acts in, and the practice it became.
    ['whatILearned', 'Mistakes like that happen when you rush the final check.', [], ['indifference']],
    [
      'whatILearned',
      "Mistakes like that happen when it's busy, so now I check each bag against the address before I hand it over.",
      [],
      ['not-learned'],
    ],
  ]);
});

describe('after the tenth batch: candidates and applicants are people', () => {
  check([
    [
      'whatILearned',
      'I learned that candidates need to be honest about why they move jobs so often.',
      ['not-learned'],
      [],
    ],
    ['whyItHappened', 'The applicant never mentioned the night shifts at interview.', ['blame'], []],
    // Look-alike: the speaker's practice with candidates.
    [
      'whatILearned',
      'Now I ask every candidate why they left each job, and I write the answer on the shortlist.',
      [],
      ['not-learned'],
    ],
  ]);
});

describe('after the tenth batch: "still" in a remedy told in the past means "even so"', () => {
  const base = {
    whatHappened: 'Our group report went in a day late and we lost ten marks.',
    whyItHappened: 'I left the final edit until the last night and did not plan the time.',
    whatILearned: 'It taught me that you have to plan ahead.',
    roleConnection: 'I think that would help me on your graduate scheme.',
  };
  const flagged = (whatIDid: string) =>
    reviewStory({ ...base, whatIDid })
      .findings.map((f) => f.kind)
      .includes('no-change-evidence');
  it('a result told with "still" is no habit since', () =>
    expect(flagged('I rewrote two sections that night and we still got a 2:1.')).toBe(true));
  it('a habit told with "still" in the present still counts', () =>
    expect(flagged('I apologised to the group, and I still plan every deadline backwards from the hand-in date.')).toBe(
      false,
    ));
});

describe('after the tenth batch: "still" in a sentence all in the past; the speaker after "what else"', () => {
  check([
    [
      'whatILearned',
      'Not sure what else I could have done, to be honest. I followed the plan and he still went missing.',
      ['not-learned', 'no-change-evidence'],
      [],
    ],
    [
      'whatILearned',
      'I did everything on the checklist and the order still went out late.',
      ['no-change-evidence'],
      [],
    ],
    // Look-alikes: "still" of a habit kept, in the present.
    [
      'whatILearned',
      'I still read every order back to the customer before I close the call.',
      [],
      ['no-change-evidence'],
    ],
    ['whatILearned', 'Two years on, I still keep a handover sheet for every shift.', [], ['no-change-evidence']],
  ]);
});

describe('after the tenth batch: a shrug where the lesson should be is also no lesson', () => {
  check([
    [
      'whatILearned',
      "Honestly it wasn't the end of the world, no point dwelling on it.",
      ['indifference', 'not-learned'],
      [],
    ],
    ['whatILearned', 'I shrugged it off and got on with the shift.', ['indifference', 'not-learned'], []],
    // Look-alike: a shrug at the feeling, with the practice that followed.
    [
      'whatILearned',
      "It wasn't the end of the world, but I now ring every client the day before their delivery.",
      [],
      ['not-learned'],
    ],
  ]);
});

describe('after the eleventh batch: more ways a practice kept up is told', () => {
  const E = 'no-change-evidence' as const;
  check([
    ['whatILearned', 'I do a written feed budget every October now and check it again at Christmas.', [], [E]],
    [
      'whatILearned',
      "now it goes to a neighbour or back on the van. had zero 'not received' claims in the last 6 months",
      [],
      [E],
    ],
    ['whatILearned', 'Since then my re-pick rate has gone from about six a week to under one.', [], [E]],
    ['whatILearned', '- a line check after any re-patch\n- about 60 shows since without a dead channel', [], [E]],
    ['whatILearned', 'After that I put the goggles on before I even take the bottles out.', [], [E]],
    // Look-alikes: a lesson with no practice, a past act with a trigger, a count with no "since".
    ['whatILearned', 'I learned that budgets matter and that you have to plan ahead.', [E], []],
    ['whatILearned', 'That day I put the goggles on before I took the bottles out, but I was lucky.', [E], []],
    ['whatILearned', 'I learned a lot from about 60 shows without a dead channel before that one.', [E], []],
  ]);
});

describe('after the eleventh batch: "since that day, no proof leaves my desk without…" is a practice', () => {
  const E = 'no-change-evidence' as const;
  const G = 'generic-lesson' as const;
  check([
    ['whatILearned', 'Since that day, no proof leaves my desk without a second pair of eyes.', [], [E, G]],
    ['whatILearned', 'Ever since, nothing goes to print from our studio until the client has signed it.', [], [E, G]],
    // Look-alikes: a truth about the world with "no", and a time marker with no practice after it.
    ['whatILearned', 'No plan survives contact with the customer.', [E], []],
    ['whatILearned', 'Since that day, I have thought a lot about how important checking is.', [E], []],
  ]);
});
