import { describe, expect, it } from 'vitest';
import { reviewStory } from './review-story';
import { check } from './test-support/clause-check';

// Rules over clauses (from the fifth and sixth tuning batches). Lessons: a named practice against a generalisation or a general truth, nothing learned, a virtue claimed as a failure.

describe('a named practice against a generalisation', () => {
  check([
    // A rule for everyone, or for "people", is not something the speaker does.
    ['whatILearned', 'Drivers should always walk round the van before they set off.', ['no-change-evidence'], []],
    ['whatILearned', 'Everyone must always read the label twice.', ['no-change-evidence'], []],
    ['whatILearned', 'Always read the small print on a contract.', ['no-change-evidence'], []],
    ['whatILearned', 'It taught me a lot about helping each other out on a busy floor.', ['no-change-evidence'], []],
    // Look-alikes: the speaker's own practice, with "never", "no longer", a verb of stopping.
    ['whatILearned', 'I never sign off a timesheet now without the rota beside it.', [], ['no-change-evidence']],
    ['whatILearned', "I've stopped booking suppliers before I have the final headcount.", [], ['no-change-evidence']],
    ['whatILearned', 'always lock the screen when i leave the desk now, every time', [], ['no-change-evidence']],
    [
      'whatILearned',
      'What I do now:\n- I ring the venue the day before every event\n- I count the chairs myself',
      [],
      ['no-change-evidence'],
    ],
    // A past "I started …" in the story is not a change of habit.
    [
      'whatILearned',
      'I know now I should have checked the stock before I started counting.',
      ['no-change-evidence'],
      [],
    ],
  ]);
});

describe('a lesson that is only a general truth', () => {
  check([
    ['whatILearned', 'Guests forgive a delay but never a cold welcome.', ['generic-lesson'], []],
    ['whatILearned', 'Trust takes years to build and a minute to lose.', ['generic-lesson'], []],
    ['whatILearned', 'People should always ask when they are unsure.', ['generic-lesson'], []],
    ['whatILearned', 'I learned that good planning is very important in every single project.', ['generic-lesson'], []],
    // Look-alikes: a rule with its trigger, a rule for a thing, a truth followed by a practice.
    [
      'whatILearned',
      'When a tenant stops answering, that is the moment to visit rather than send another letter.',
      [],
      ['generic-lesson'],
    ],
    ['whatILearned', 'A delivery note needs the bay number on it, not just the order.', [], ['generic-lesson']],
    [
      'whatILearned',
      'Guests remember the welcome. So now I meet every late arrival at the door myself.',
      [],
      ['generic-lesson', 'no-change-evidence'],
    ],
    ['whatILearned', 'My old manager never listened to anyone.', [], ['generic-lesson']],
  ]);
});

describe('a lesson that says nothing could have been done', () => {
  check([
    ['whatILearned', 'Nothing anybody could have done, the buyer just walked away.', ['not-learned'], []],
    ['whatILearned', "I'm not sure there was a real lesson in it, to be honest.", ['not-learned'], []],
    [
      'whatILearned',
      'I now ask the buyer what could have been done better after every lost deal.',
      [],
      ['not-learned'],
    ],
  ]);
});

describe('a proverb is not a practice, and other shapes of the same weaknesses', () => {
  check([
    // "always" in a sentence about a thing is a proverb, not a habit the speaker keeps.
    ['whatILearned', 'Good preparation always pays for itself.', ['no-change-evidence'], []],
    ['whatILearned', 'Hard work always pays off in the end.', ['generic-lesson'], []],
    ['whatILearned', 'Every order now goes through a second check before it is loaded.', [], ['no-change-evidence']],
    ['whatIDid', 'I let my manager know and she took it from there.', ['passive-action'], []],
    ['whatHappened', 'In my last role I had a project that could have gone better.', ['vague-failure'], []],
    ['whatHappened', 'I got something wrong on a payroll run.', ['vague-failure', 'no-impact'], []],
    ['whatHappened', 'I mixed up two residents’ blood samples on a morning round.', ['unsafe-failure'], []],
    ['whatILearned', "To be honest I haven't thought about it much since.", ['indifference'], []],
    ['whatHappened', 'I failed to delegate because I knew I could do it faster and better myself.', ['humblebrag'], []],
  ]);
});

describe('"you" in a lesson is anyone; "my rule now is" names a practice', () => {
  check([
    [
      'whatILearned',
      'That you should treat every guest the way you would want to be treated.',
      ['generic-lesson', 'no-change-evidence'],
      [],
    ],
    ['whatILearned', 'You always have to read the order twice.', ['no-change-evidence'], []],
    [
      'whatILearned',
      'My rule now is that nobody climbs a ladder without a second person at the foot of it.',
      [],
      ['no-change-evidence'],
    ],
  ]);
});

describe('after the sixth batch: present "are" and "am" read as present; a quality learned', () => {
  check([
    ['whatILearned', 'Clear handovers are essential for patient safety.', ['generic-lesson'], []],
    ['whatILearned', 'The stock sheets are the first thing I check on every delivery now.', [], ['generic-lesson']],
    ['whatILearned', 'I learned resilience and humility.', ['generic-lesson'], []],
    [
      'whatILearned',
      'I learned Excel properly after that, and I now build every forecast from the raw data.',
      [],
      ['generic-lesson'],
    ],
  ]);
  it('reads "I am" and "they are" as present tense', () => {
    const review = reviewStory({ whyItHappened: 'Because I am careless, basically.' });
    expect(review.findings.map((f) => f.kind)).toContain('self-flagellating');
  });
});

describe('after the sixth batch: more of a virtue, claimed now', () => {
  check([
    ['whatILearned', "I'm a lot more organised now.", ['generic-lesson'], []],
    ['whatILearned', 'Nowadays I am more patient with new starters.', ['generic-lesson'], []],
    [
      'whatILearned',
      "I'm more organised now: every Friday I block an hour to plan the next week's deliveries.",
      [],
      ['generic-lesson'],
    ],
    [
      'whatILearned',
      'I am more than willing to ask for a second check now, and I do it on every controlled drug.',
      [],
      ['generic-lesson'],
    ],
  ]);
});

describe('after the sixth batch: a strength dressed as a failure, in other words', () => {
  check([
    [
      'whatHappened',
      'My failure, if anything, was running the stall too well: we sold out by noon.',
      ['humblebrag'],
      [],
    ],
    ['whatHappened', 'I worked so hard on the audit that I skipped my own leave.', ['humblebrag'], []],
    ['whyItHappened', "I didn't hand it over because I knew I could do it faster myself.", ['humblebrag'], []],
    ['whatHappened', 'The new fryer was not running too well, and I kept using it for a week.', [], ['humblebrag']],
  ]);
});

describe("after the sixth batch: steps under a label of the speaker's own, alerts set up", () => {
  check([
    ['whatILearned', 'Our routine now: count the tills at two, then again at close.', [], ['no-change-evidence']],
    [
      'whatILearned',
      'I set up alarms on the freezer so the night porter hears about it at minus 12.',
      [],
      ['no-change-evidence'],
    ],
    ['whatILearned', 'My rule: always stay calm.', ['no-change-evidence'], []],
  ]);
});

describe('after the seventh batch: lessons about others in the passive, reproach is no habit', () => {
  check([
    // An adjective may open a clause whose "that" was dropped: the lesson is about other teams.
    ['whatILearned', 'I realised other departments should plan their leave better.', ['not-learned'], []],
    ['whatILearned', 'I realised new starters need a buddy, so I now pair each one with me.', [], ['not-learned']],
    // Other people as the doers of a passive: "by management", "by head office".
    ['whatILearned', 'Rotas on that unit have to be sorted out by head office.', ['not-learned'], []],
    [
      'whatILearned',
      'Every rota I write now is checked by a second supervisor before it goes up.',
      [],
      ['not-learned'],
    ],
    // Turning on oneself "most days" is not a practice kept up.
    ['whatILearned', 'I still blame myself for it most weeks.', ['no-change-evidence'], []],
    ['whatILearned', 'I still read every label twice, most days out loud.', [], ['no-change-evidence']],
    // "I changed how I work:" introduces the practice that follows.
    [
      'whatILearned',
      'So I changed how I work: I never send a quote until the stock is confirmed.',
      [],
      ['no-change-evidence'],
    ],
  ]);
});

describe('after the seventh batch: "every" in a remedy told in the past is its size, not a habit', () => {
  const lessonKinds = (whatIDid: string) =>
    reviewStory({
      whatHappened: 'I double-booked the function room for a Saturday and two parties turned up.',
      whyItHappened: 'I took the second booking on the phone and did not check the diary.',
      whatIDid,
      whatILearned: 'I should have been more careful with the diary.',
      roleConnection: 'Events are a big part of this job.',
    })
      .findings.filter((f) => f.part === 'whatILearned')
      .map((f) => f.kind);
  it('a remedy for every guest, then a regret: no evidence of change', () => {
    expect(lessonKinds('I rang every guest of the second party and found them another venue.')).toContain(
      'no-change-evidence',
    );
  });
  it('a habit since, told in what was done, still counts', () => {
    expect(
      lessonKinds('I found them another venue, and since then every booking goes in the diary first.'),
    ).not.toContain('no-change-evidence');
  });
});

describe('after the seventh batch: a state is not a practice', () => {
  check([
    ['whatILearned', "That I'm still not cut out for nights, most weeks.", ['no-change-evidence'], []],
    ['whatILearned', "I'm now trusted with the keys every Friday.", ['no-change-evidence'], []],
    ['whatILearned', 'I now set the alarm for every Friday close.', [], ['no-change-evidence']],
  ]);
});

describe('after the seventh batch: the activity itself dismissed as the lesson', () => {
  check([
    ['whatILearned', 'Team assignments are pointless, someone always ends up carrying the rest.', ['not-learned'], []],
    ['whatILearned', 'The weekly meetings were a complete waste of time.', ['not-learned'], []],
    [
      'whatILearned',
      'A stand-up is pointless if you do not say what is blocking you, so I now open with my blockers.',
      [],
      ['not-learned'],
    ],
  ]);
});

describe('after the seventh batch, from the third batch: a possessive opens a clause, being human is no lesson', () => {
  check([
    // "I learned my … was …": "that" dropped before a possessive; the lesson is about someone else.
    ['whatILearned', 'I learned my old supervisor was impossible to work with.', ['not-learned'], []],
    ['whatILearned', 'I learned my lesson and now I check the rota every Sunday.', [], ['not-learned']],
    // Being human, mistakes being normal: a shrug where the lesson should be.
    ['whatILearned', 'Mistakes happen and it is normal, we are all human.', ['not-learned'], []],
    ['whatILearned', 'Nobody is perfect, that is what I took from it.', ['not-learned'], []],
    [
      'whatILearned',
      'Mistakes happen when I rush the count, so now I count twice before the safe.',
      [],
      ['not-learned'],
    ],
  ]);
});

describe('after the eighth batch: a lesson denied, a wish for others, a strength as the lesson, a habit with its trigger', () => {
  const NL = 'not-learned' as const;
  const NC = 'no-change-evidence' as const;
  check([
    // The lesson itself denied, however hedged.
    ['whatILearned', "Honestly there wasn't really a takeaway, the printer just jammed at the worst moment.", [NL], []],
    ['whatILearned', 'No big lesson in it for me, it was a one-off.', [NL], []],
    [
      'whatILearned',
      'The lesson I did not expect was about me: I now read every order back before I key it in.',
      [],
      [NL, NC],
    ],
    // A wish for someone else's change is a lesson about others; a wish to act is not.
    ['whatILearned', "In future I'd hope the suppliers send their paperwork earlier.", [NL], []],
    ['whatILearned', 'I want to be the one who rings the client first now, and I do it the same morning.', [], [NL]],
    // A relative clause with "that" left out before "is": the clause is the noun's.
    ['whatILearned', 'I learned that the scanner we bought is not reliable.', [NL], []],
    // A strength already held, as the lesson.
    ['whatILearned', 'It showed me that I cope well in a crisis.', [NL], []],
    [
      'whatILearned',
      'I learned that I work better when I write the plan down first, so now I write it out on Monday mornings before I open my email.',
      [],
      [NL, NC],
    ],
    // The speaker's own verb in the present, tied to a trigger, is a habit as told.
    ['whatILearned', 'I ring the family before I leave the ward on every late shift.', [], [NC]],
    ['whatILearned', 'I think before I speak.', [NC], []],
  ]);
});

describe('after the eighth batch: "anyway" waving the failure off', () => {
  const I = 'indifference' as const;
  check([
    ['whatILearned', 'Not a lot, it was a dead-end job anyway.', [I], []],
    ['whyItHappened', 'The customers never read the small print anyway.', [I], []],
    ['whatIDid', 'I rang her back anyway and rebooked the table.', [], [I]],
    ['whyItHappened', 'It was late anyway, so I stayed on and redid the count.', [], [I]],
  ]);
});
