/**
 * Sealed real-voice set, part 3: a mix of strong and weak whole answers (third batch).
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedMixedStoriesC: EvalCase[] = [
  {
    id: 'rv2-science-teacher-museum-headcount-ramble',
    profession: 'secondary science teacher',
    source: 'own',
    story: {
      whatHappened:
        "Ok so the one I used in my last interview: I took 54 Year 8s to a science museum and we came back with 53 on the coach. One boy had wandered into the gift shop and we'd driven about ten minutes before anyone noticed.",
      whyItHappened:
        "So, the honest version. I was trip lead, and I'd split the group into four, one per adult, which was fine, but at the end I did the headcount on the coach by counting heads from the front instead of doing the register with names. Counting heads on a coach is hopeless, kids swap seats, they duck down, and I got 54 because one kid was counted twice, I think. One of the other teachers did say 'shall we do names?' and I said no, we're late for the traffic, let's go. That was my call and it was the wrong one.",
      whatIDid:
        'As soon as the museum rang the school office, and the office rang my mobile, I had the driver pull over, did a proper register by name, confirmed it was him, and rang the museum back to check he was with a member of staff, which he was, in their office, eating a biscuit apparently. I went back for him in a taxi with another teacher while the coach carried on to school, rang his mum myself from the taxi before she heard it from anyone else, and told the head that afternoon and wrote it up as an incident. I also apologised to the boy, who was honestly fine, more embarrassed than anything.',
      whatILearned:
        "Now on every trip I run, the coach doesn't move until the register's been done by name, every single time, and each adult signs their group back on. I've led eleven trips since and it's non-negotiable, even when we're late. I also brief the kids at the start about what to do if they get separated, which I didn't do that day.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: allKindsExcept('unsafe-failure', 'no-role-connection'),
  },
  {
    id: 'rv2-warehouse-picker-chilled-zone-esl',
    profession: 'warehouse picker',
    source: 'own',
    story: {
      whatHappened:
        'In my first month in the warehouse I put a pallet of frozen fish in the chilled area instead of the freezer, and after one night the whole pallet, around 2,000 euros, had to be thrown away.',
      whyItHappened:
        'The labels were in English and I was not reading English so well at that time, and I was shy to ask my team leader. So I guessed the zone from the colour of the box.',
      whatIDid:
        'In the morning when I saw it, I went directly to the team leader and told him. I helped to move the pallet out and I filled the waste form with him.',
      whatILearned:
        'I learned that it is better to ask than to guess. After this I asked the team leader to show me the colour codes of every zone, and I made a small card with the translations that I kept in my pocket. I never put a product in the wrong zone again, and later I gave the same card to new people from my country.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure', 'generic-lesson'),
  },
  {
    id: 'rv2-dog-groomer-shave-down-short',
    profession: 'dog groomer',
    source: 'own',
    story: {
      whatHappened:
        "Gave a client's poodle a full shave-down when she'd asked for a tidy-up. She cried when she saw him, I refunded the £60 and she never came back.",
      whyItHappened: "Didn't read the booking notes, went off what the dog looked like.",
      whatIDid: 'Said sorry, refunded her, offered a free bath next time.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'blame',
      'vague-cause',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv2-qa-analyst-release-standards-polished',
    profession: 'QA analyst',
    source: 'own',
    story: {
      whatHappened:
        'In a previous role as a QA analyst, I experienced a situation where a release did not meet the quality standards expected by our stakeholders.',
      whyItHappened:
        'On reflection, I had prioritised regression coverage of the web client and allocated insufficient time to the mobile apps, on the assumption that the shared API meant lower risk. That assumption was mine, and I did not validate it.',
      whatIDid:
        'I initiated a hotfix cycle, triaged the defects with the development lead, and presented a revised test plan to the release manager within two days.',
      whatILearned:
        'Since then I have allocated test effort by risk rather than by platform, using a simple risk matrix that I review with the product owner at sprint planning. Across the next eight releases, escaped mobile defects fell from eleven to two.',
      roleConnection:
        'I understand your team supports both web and native apps, and this risk-based approach is one I would bring directly.',
    },
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: allKindsExcept('vague-failure', 'no-impact'),
  },
  {
    id: 'rv2-apprentice-electrician-shock-defensive',
    profession: 'apprentice electrician',
    source: 'own',
    story: {
      whatHappened:
        'As a second-year apprentice I worked on a lighting circuit I thought was isolated and got a shock off it. I was okay, but the job was stopped for the day and the site manager reported it.',
      whyItHappened:
        "The electrician I was with told me it was dead, so I trusted him. Honestly it wasn't my job to lock it off, I was only the apprentice.",
      whatIDid: 'I went to first aid, got checked over, and gave a statement to the site manager.',
      whatILearned: 'Always test before you touch.',
      roleConnection: '',
    },
    mustFlag: [
      'unsafe-failure',
      'blame',
      'defensive-tone',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'missing-part',
    ],
  },
  {
    id: 'rv2-social-worker-foster-info-evening',
    profession: 'fostering social worker',
    source: 'own',
    story: {
      whatHappened:
        "I ran a foster carer information evening that four people came to, when we'd planned for forty. Our team needed twelve new carers that year and that evening was meant to start the pipeline.",
      whyItHappened:
        "I booked it for a Tuesday at 5pm in our office, because that suited our staff, and advertised it only on the council website. I didn't ask any of our current carers when or where they would have come to something like that.",
      whatIDid:
        'I felt pretty flat afterwards, so the next morning I rang six of our current carers and asked them straight out. On their advice I moved the next one to a Saturday morning at a community centre, asked two carers to come and speak, and put posters up at school gates and GP surgeries.',
      whatILearned:
        "Before I plan any recruitment event now, I ask three or four carers to sense-check the time, place and wording. The Saturday session brought 31 people, and we've run five more that way; eleven of those households are now approved carers.",
      roleConnection:
        "Your fostering team has a big recruitment target this year, and I'd want to build it with your carers, not just for them.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
