/**
 * Sealed real-voice set, part 2: whole answers with problems (first batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import type { EvalCase } from '../eval-case';

export const sealedWeakStoriesA: EvalCase[] = [
  {
    id: 'rv2-call-centre-agent-loads-of-mistakes',
    profession: 'call-centre agent',
    source: 'own',
    story: {
      whatHappened: "Honestly I've made loads of mistakes on the phones, everyone does in a call centre.",
      whyItHappened: 'It gets really busy and stuff slips through the cracks.',
      whatIDid: '',
      whatILearned: 'Just to stay calm and keep going.',
      roleConnection: '',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'missing-part',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['opening-too-long', 'unsafe-failure', 'humblebrag', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rv2-vet-discharge-sheet-blame',
    profession: 'veterinary surgeon',
    source: 'own',
    story: {
      whatHappened:
        "At my last practice a dog we'd spayed was sent home with the wrong pain medication instructions, and the owner brought her back two days later very sore and not eating.",
      whyItHappened:
        "The discharge was done by one of the vet nurses, who was new and frankly quite careless with paperwork. Reception should also have caught it when the owner paid. I'd written the correct dose in the clinical notes, it just never got passed on.",
      whatIDid:
        'I spoke to the nurse about it and the practice manager changed the discharge sheet template. The owner was given a discount.',
      whatILearned: "That you can't rely on other people to do their job properly, so I check everything myself now.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'missing-part',
      'humblebrag',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv2-au-pair-forgot-football-pickup',
    profession: 'au pair',
    source: 'own',
    story: {
      whatHappened:
        'When I was au pair in Dublin, I forgot to pick up the younger boy from his football training. He waited with the coach for 50 minutes until the mother came from her work.',
      whyItHappened:
        'I had changed my phone and the reminders did not come to the new phone. I did not write the schedule on paper like the mother asked me in the first week.',
      whatIDid:
        'I ran to the club and I said sorry to him and to his coach many times. In the evening I told the mother everything and I offered that she can take it from my pay.',
      whatILearned:
        'I still feel so bad when I think of his face, I cried all the night and I was sure they will send me home. Even now I am very afraid that I will forget something again with children, I check the clock all the time and I cannot relax.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'indifference',
      'missing-part',
    ],
  },
  {
    id: 'rv2-sales-rep-128-percent',
    profession: 'sales representative',
    source: 'own',
    story: {
      whatHappened:
        'My biggest failure was probably last year, when I finished at 128% of quota instead of the 150% I had set myself as a personal goal.',
      whyItHappened:
        'I think I simply set the bar too high, because I hold myself to a higher standard than most people on my team.',
      whatIDid: 'I took it as motivation and worked even harder in Q1, opening 22 new accounts.',
      whatILearned:
        "That sometimes my ambition gets ahead of reality, and it's okay to celebrate the wins along the way.",
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'opening-too-long',
      'blame',
      'passive-action',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-teacher-parents-evening-smoothed-over',
    profession: 'secondary teacher',
    source: 'own',
    story: {
      whatHappened:
        "In my NQT year a parents' evening went really badly with one family, and they complained to the head about how I'd spoken about their son's behaviour.",
      whyItHappened: 'I was tired and I probably came across more bluntly than I meant to.',
      whatIDid:
        'It all got smoothed over in the end after a meeting with the head of year, and things calmed down with the family.',
      whatILearned:
        "Honestly I'm still not sure what I'd say differently, some parents are just going to be unhappy whatever you tell them.",
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'unsafe-failure',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-warehouse-lead-racking-not-reported',
    profession: 'warehouse shift lead',
    source: 'own',
    story: {
      whatHappened:
        "I was a shift lead in a warehouse and I clipped a racking upright with a forklift. It bent a bit, and I didn't report it because we were mid-peak and I didn't want the aisle shut.",
      whyItHappened:
        'We were under massive pressure to hit dispatch numbers, and reporting it would have meant the whole aisle closed for inspection for a day.',
      whatIDid:
        'Two days later someone else spotted it and reported it. Health and safety got involved and I got a written warning. I held my hands up at that point.',
      whatILearned: 'I learned that you should always report things.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'opening-too-long',
      'humblebrag',
      'self-flagellating',
      'missing-part',
      'indifference',
    ],
  },
  {
    id: 'rv2-bartender-stock-count-forum',
    profession: 'bartender',
    source: 'own',
    story: {
      whatHappened:
        'I worked at a bar where I messed up the end of month stock count and the manager had to redo the whole thing, took her like 4 hours on her day off.',
      whyItHappened:
        "tbh I wasn't that into the job, it was just to pay rent while I was at uni, so I rushed it to get out early.",
      whatIDid: 'I said sorry I guess. She did it herself after that.',
      whatILearned: "Not really anything, it was a bar job, it's not like this is what I want to do long term.",
      roleConnection: '',
    },
    mustFlag: ['indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'unsafe-failure',
      'humblebrag',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-devops-engineer-runbook-defensive',
    profession: 'DevOps engineer',
    source: 'own',
    story: {
      whatHappened:
        'I ran a database migration on a Friday evening that locked the orders table for 47 minutes, and about 600 customers got errors at checkout.',
      whyItHappened:
        "To be fair, I'd followed the runbook exactly and it had been signed off by two seniors. Nobody had told me the table had grown to 80 million rows since the runbook was written, so honestly I don't think it was really on me.",
      whatIDid:
        'I rolled it back as soon as the alerts fired, posted in the incident channel, and stayed on till midnight making sure the backlog of orders went through.',
      whatILearned:
        "That runbooks need to be kept up to date, and I now add a row-count check to the top of every migration script I write. I've done that on the last nine migrations.",
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
];
