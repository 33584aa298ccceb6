/** Whole answers from public services, science, farming, creative work and the voluntary sector. */
import type { EvalCase } from '../eval-case';

export const publicStories: EvalCase[] = [
  {
    id: 'rvt-police-call-handler-callback-story',
    profession: 'police call handler',
    source: 'own',
    story: {
      whatHappened:
        'I graded a call from an elderly man about someone trying his door as a next-day appointment, and officers found out the next morning that his shed had been broken into overnight.',
      whyItHappened:
        "I didn't ask whether the person was still there or whether he lived alone. I went on the tone of his voice, which was calm, instead of working through the questions.",
      whatIDid:
        'When it came back to me, I listened to my own call with my supervisor, rang the man to apologise and explain what would happen next, and wrote it up for the quality team.',
      whatILearned:
        'I work through the full risk questions on every call now, however calm the caller sounds. My supervisor has audited twenty of my calls since and they were all graded correctly.',
      roleConnection:
        'The control room here covers a lot of rural areas where people live alone, so I know that discipline matters.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-phd-student-data-overwritten-story',
    profession: 'PhD researcher',
    source: 'own',
    story: {
      whatHappened:
        'I overwrote six months of raw microscopy data on the lab server with a processed version, and we had to redo two experiments, which pushed my thesis submission back a term.',
      whyItHappened:
        'My processing script saved to the same folder name as the raw data. I had written it in a hurry and never ran it on a copy first.',
      whatIDid:
        'I told my supervisor the same day, checked with IT whether there was a snapshot (there was only one for the last month), and rescheduled the microscope bookings with the facility manager.',
      whatILearned: 'I learned that backups are really important.',
      roleConnection: '',
    },
    mustFlag: ['generic-lesson', 'no-role-connection'],
    mustNotFlag: ['blame', 'passive-action', 'vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  },
  {
    id: 'rvt-dairy-farmer-weather-story',
    profession: 'dairy farmer',
    source: 'own',
    story: {
      whatHappened: 'We ran short of winter silage in February and had to buy in about £9,000 of feed.',
      whyItHappened:
        'It was a terrible summer, we only got two cuts instead of three, and the contractor let us down on the second cut as well. Then feed prices went through the roof.',
      whatIDid: 'I bought what we needed and cut back on the heifers.',
      whatILearned: "Farming's at the mercy of the weather, always has been.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-dairy-farmer-weather-owned-story',
    profession: 'dairy farmer',
    source: 'own',
    story: {
      whatHappened: 'We ran short of winter silage in February and had to buy in about £9,000 of feed.',
      whyItHappened:
        "We had a poor summer and only got two cuts, but I never did a feed budget in the autumn. I went on how full the clamp looked, which I'd always done, and didn't add up what the herd would actually eat.",
      whatIDid:
        'Once I saw the gap in January I sat down with our nutritionist, worked out what we needed to the tonne, bought forward before prices rose further and sold six cull cows early.',
      whatILearned:
        'I do a written feed budget every October now and check it again at Christmas. The last two winters we finished with a small surplus.',
      roleConnection: 'Your farm is a bigger herd on a tighter margin, so that budgeting is where I would start.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'not-learned',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rvt-museum-curator-loan-story',
    profession: 'museum curator',
    source: 'own',
    story: {
      whatHappened:
        'A loaned painting arrived for our exhibition and the lender’s courier refused to let it go on the wall for three days, because the gallery humidity was outside the agreed range. We opened with a blank space and a printed apology.',
      whyItHappened:
        "I'd signed off the loan agreement without sending it to our conservator, so I never noticed the humidity figure was tighter than our standard.",
      whatIDid:
        "I apologised to the lender's registrar, worked with our facilities team to put a portable humidifier and logger in the room, and shared the readings every hour until the courier was satisfied.",
      whatILearned:
        'Every loan agreement now goes to the conservator before I sign it, and I keep a short table of each lender’s conditions on the exhibition file. We have done seven loans since with no delay.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'no-impact',
      'unsafe-failure',
      'humblebrag',
    ],
  },
  {
    id: 'rvt-charity-fundraiser-gift-aid-story',
    profession: 'charity fundraiser',
    source: 'own',
    story: {
      whatHappened:
        'I claimed Gift Aid on about 300 donations from a sponsored walk where we did not have valid declarations.',
      whyItHappened:
        "The forms didn't have the right wording, but that's because the template came from head office. I just used what I was given.",
      whatIDid: 'Finance repaid the claim when the auditors found it.',
      whatILearned: 'Head office should check their templates.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-photographer-memory-card-story-casual',
    profession: 'wedding photographer',
    source: 'own',
    story: {
      whatHappened: 'lost about 40 mins of a wedding reception, the first dance included, when a memory card corrupted',
      whyItHappened:
        "i was shooting single slot because my dual slot body was in for repair and i didn't hire a backup. totally my call",
      whatIDid:
        'told the couple straight away at the end of the night, refunded a third of the fee, and restaged the first dance for them a month later at their venue for free',
      whatILearned:
        'never shoot single slot now, if my main body is out i hire one. did 31 weddings last year all dual slot',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'no-impact',
      'indifference',
    ],
  },
  {
    id: 'rvt-environmental-officer-sampling-story',
    profession: 'environmental health officer',
    source: 'own',
    story: {
      whatHappened:
        'I closed an investigation into a takeaway after one routine inspection, and three weeks later two customers were ill from the same premises.',
      whyItHappened:
        "The owner told me the probe thermometer had been replaced and I took his word for it. I didn't ask to see it or check the fridge temperatures myself.",
      whatIDid:
        'I revisited the next morning with my team leader, served a hygiene improvement notice, and sampled the food. I wrote my part into the outbreak report honestly.',
      whatILearned: 'I learned to verify, not trust.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'vague-failure', 'humblebrag'],
  },
  {
    id: 'rvt-graphic-designer-typo-brochure-story-esl',
    profession: 'graphic designer',
    source: 'own',
    story: {
      whatHappened:
        'I sent a brochure to print with the phone number of the client wrong, one digit, and 5,000 copies were printed.',
      whyItHappened:
        'I typed the number again from the email, I did not copy and paste it, and I did not ask the client to proof the final PDF because they were slow to answer.',
      whatIDid:
        'When the client saw it I called the printer the same day, paid for reprint from my own money and asked them for priority. The client received the new brochures three days later.',
      whatILearned:
        'Now I always copy contact details directly and the client must sign the final PDF before print, even if it takes longer. I do this for every job since two years.',
      roleConnection:
        'In your studio you do many print jobs for small businesses, and this process is very useful there.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
      'unsafe-failure',
    ],
  },
  {
    id: 'rvt-zookeeper-gate-story',
    profession: 'zookeeper',
    source: 'own',
    story: {
      whatHappened:
        'I left a service gate between two paddocks unbolted and a young zebra got into the giraffe enclosure, where she was kicked and needed stitches.',
      whyItHappened:
        'I was interrupted by a visitor question halfway through my locking-up check and restarted from the wrong gate.',
      whatIDid:
        'I radioed the duty manager and the vet straight away, we separated the animals, and I wrote the incident report that afternoon, including the interruption.',
      whatILearned:
        'Now if I am interrupted during locking up, I start the whole round again from the first gate, and I tick each one on the card. I suggested the tick card to the team and it is now used on every section.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-transport-planner-half-term-story',
    profession: 'transport planner',
    source: 'own',
    story: {
      whatHappened:
        'A traffic model I built for a new junction underestimated peak queues by about 30%, and the scheme had to be redesigned after public consultation, costing around £45,000 and four months.',
      whyItHappened:
        "I used survey counts from a week that turned out to be half term. I could argue the survey firm should have flagged it, but it was my job to check the dates before I used them, and I didn't.",
      whatIDid:
        'I told the project manager as soon as a resident’s objection made me recheck, commissioned new counts, and re-ran the model. I presented the corrected results to the consultation panel myself.',
      whatILearned:
        'Every count I use now gets a calendar check against school holidays and events, and I put the survey dates on the front page of every model report. Nine reports since, no rework.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'no-impact',
      'humblebrag',
    ],
  },
  {
    id: 'rvt-librarian-only-what-happened-story',
    profession: 'school librarian',
    source: 'own',
    story: {
      whatHappened: 'I ordered the wrong edition of the GCSE set text for the whole of Year 10, 180 copies.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'blame', 'opening-too-long'],
  },
];
