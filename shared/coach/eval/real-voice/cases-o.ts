/**
 * Real-voice stories, overflow from the themed files: a mix of trades, tech, teaching and
 * office answers, kept here so no file grows past a few hundred lines.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesO: EvalCase[] = [
  {
    id: 'rv-it-project-manager-misalignment',
    profession: 'IT project manager',
    source: 'own',
    story: {
      whatHappened:
        'I led the rollout of a new HR system for 600 staff and it went live five weeks late, which meant payroll had to run on the old system for an extra month at a cost of about £40k.',
      whyItHappened:
        'There were a number of factors at play, and in hindsight there was some misalignment between stakeholders around priorities.',
      whatIDid:
        'I brought the key stakeholders together, reset the plan, and ensured regular communication going forward.',
      whatILearned:
        'It reinforced for me the importance of stakeholder management and proactive communication. Since then I have applied these learnings across all my projects.',
    },
    mustFlag: ['vague-cause', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'blame',
      'missing-part',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-software-engineer-approved-pricing-bug',
    profession: 'software engineer',
    source: 'own',
    story: {
      whatHappened:
        'A pricing bug I approved in code review charged about 400 annual subscribers the monthly price for a week before finance caught it.',
      whyItHappened:
        'The developer who wrote it had flipped a condition, but I was the reviewer and I approved it from the diff without running the tests locally, because the change looked tiny. Catching that was my job.',
      whatIDid:
        'I paired with him on the fix the same morning, then wrote the SQL to find every affected account and worked with finance to refund each one with a note from us.',
      whatILearned:
        "I run the test suite for anything that touches money before I approve, however small it looks, and I added billing tests to our PR template. I've reviewed maybe 200 PRs that way since.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-mechanic-caliper-bolt',
    profession: 'vehicle technician',
    source: 'own',
    story: {
      whatHappened:
        "I did a brake job on a customer's van and didn't torque one of the caliper bolts, it came back two days later with a grinding noise. Could've been a lot worse.",
      whyItHappened:
        "I got pulled off halfway through to help with an MOT and when I came back I thought I'd finished that side.",
      whatIDid:
        "Took it straight in when it came back, found the bolt, replaced the pads and disc that had got chewed up at our cost, and told the customer what I'd done wrong. My foreman and me went through it after.",
      whatILearned:
        "If I get pulled off a job now I leave a tag on the wheel with what's done and what isn't, and I torque every bolt again in order when I come back, even ones I think I've done. I've never had a brake comeback since.",
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-architect-daylight-refusal',
    profession: 'architect',
    source: 'own',
    story: {
      whatHappened:
        'A planning application I led for a 14-home scheme was refused, which cost the developer about five months and roughly £60k in fees and holding costs.',
      whyItHappened:
        "I'd designed to the height the client wanted and treated the planning officer's pre-app comments about the street scene as negotiable. I didn't commission the daylight study early, and it was the daylight impact on neighbours that sank it.",
      whatIDid:
        'I was embarrassed and I said so to the client, then I asked the officer for a meeting to understand exactly what would be acceptable. We redesigned with the top floor set back, I commissioned the daylight study before resubmitting, and it was approved at the second attempt.',
      whatILearned:
        "I now treat pre-app comments as conditions, not opinions, and I get technical studies done before the design freezes. I've done that on three schemes since and all went through first time.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-piano-teacher-recital-ramble',
    profession: 'piano teacher',
    source: 'own',
    story: {
      whatHappened:
        "Okay so, bit of background, I teach piano privately, mostly kids, I've got about 30 students and some of them I've had since they were five or six. I also do a couple of days at a secondary school doing peripatetic lessons, which is a whole different world. Every year we do a recital in a church hall near me, parents come, grandparents, it's a big deal for the kids. So a couple of years ago I had this one student, eleven, really talented but super nervous, and I'd entered her for her grade 4 and put her in the recital the same week as her exam. And she froze at the recital, like completely, walked off in tears in front of about eighty people, and then she was so shaken she asked to postpone the exam, and her parents took her out of lessons for a few months.",
      whyItHappened:
        "Looking back I put her in because I wanted to show her off, if I'm honest, and I didn't ask her whether she wanted to do both in one week. I just assumed because she was good she'd be fine.",
      whatIDid: '',
      whatILearned:
        "I think the main thing is that you have to put the student first and not your own ego, and that every child is different. I'm a lot more aware of that these days.",
    },
    mustFlag: ['opening-too-long', 'missing-part', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-claims-adjuster-on-my-way-out',
    profession: 'insurance claims adjuster',
    source: 'own',
    story: {
      whatHappened:
        'In my last few weeks at an insurance company I left about 20 open claims without proper notes, and the person who took over my caseload spent her first month just working out where each one was.',
      whyItHappened:
        "I'd already accepted another job by then, so to be honest I was on my way out and wasn't putting much into the handover.",
      whatIDid: "I answered a few of her questions by text after I'd left.",
      whatILearned: 'Handovers matter.',
    },
    mustFlag: ['indifference', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'missing-part',
      'self-flagellating',
      'passive-action',
    ],
  },
  {
    id: 'rv-hr-coordinator-graduate-laptops',
    profession: 'HR coordinator',
    source: 'own',
    story: {
      whatHappened:
        'I organised onboarding for 25 new graduates and I forgot to request their laptops, so for the first three days they had nothing to work on and sat in presentations only.',
      whyItHappened:
        'The IT request form needs three weeks and I sent it one week before, because I did not know about the lead time and I did not ask IT.',
      whatIDid:
        'I borrowed 12 laptops from the training room and organised pairs, and I went to IT myself every morning to follow the order. I also apologised to the graduates on the first day and explained the plan.',
      whatILearned:
        'Now I make a backwards plan from the start date with every lead time from IT, facilities and payroll, and I confirm each one by email. I used it for the next two intakes, 60 people, and all had laptops on day one. I think this will be useful in this position because you hire in big groups twice a year.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
