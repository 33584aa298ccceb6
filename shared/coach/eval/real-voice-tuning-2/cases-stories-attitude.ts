/** Whole answers that brag, shrug or spiral, and answers that sound similar but are honest and forward-looking. */
import type { EvalCase } from '../eval-case';

export const attitudeStories: EvalCase[] = [
  {
    id: 'rvt-strategy-consultant-work-too-hard-story',
    profession: 'strategy consultant',
    source: 'own',
    story: {
      whatHappened:
        'My biggest failure is probably that I work too hard. On my last engagement I was regularly the last one out of the office, and the partner had to tell me to take my holiday.',
      whyItHappened:
        'I just hold myself to a higher standard than most people, and I find it hard to hand over work that isn’t perfect.',
      whatIDid: 'I took the holiday in the end, and the client still rated the project nine out of ten.',
      whatILearned: 'I learned that I need to trust others more, even if the quality drops a little.',
      roleConnection: 'I know this role is demanding, and that is exactly the kind of environment where I thrive.',
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference', 'missing-part'],
  },
  {
    id: 'rvt-icu-nurse-care-too-much-story',
    profession: 'ICU nurse',
    source: 'own',
    story: {
      whatHappened:
        'I would say my failure is that I get too attached to my patients and families. I always stay late to make sure everything is perfect for the next shift.',
      whyItHappened: "It's just who I am. I became a nurse because I care, and I can't switch that off.",
      whatIDid: 'My manager spoke to me about my overtime and I tried to leave on time more.',
      whatILearned: 'That I need to look after myself too so I can keep giving my best to patients.',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'indifference'],
  },
  {
    id: 'rvt-festival-steward-summer-job-story-casual',
    profession: 'festival steward',
    source: 'own',
    story: {
      whatHappened: 'got told off for leaving my post on one of the gates for like half an hour at a festival',
      whyItHappened: "it was only a summer job and my mates were at the main stage, wasn't that deep",
      whatIDid: 'came back when the supervisor radioed',
      whatILearned: 'not much tbh, it was a one-off gig',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'blame'],
  },
  {
    id: 'rvt-marketing-assistant-notice-story',
    profession: 'marketing assistant',
    source: 'own',
    story: {
      whatHappened:
        'I sent the monthly newsletter to 9,000 subscribers with a broken booking link, and the spring workshop only got four sign-ups that week instead of the usual forty.',
      whyItHappened:
        "I'd already handed in my notice and had mentally checked out. I didn't bother sending a test email to myself like I normally would.",
      whatIDid: 'Someone else fixed the link on the website, and I left the following Friday.',
      whatILearned: "It didn't really affect me since I was leaving anyway.",
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'blame'],
  },
  {
    id: 'rvt-marketing-assistant-notice-owned-story',
    profession: 'marketing assistant',
    source: 'own',
    story: {
      whatHappened:
        'In my last month at a gym chain I sent a newsletter to 9,000 members with a broken booking link, and the spring classes got about a tenth of the usual sign-ups that week.',
      whyItHappened:
        "I'd handed in my notice and I let my standards slip. I skipped the test send I always did, and that was a choice I made because I'd stopped thinking of it as my problem.",
      whatIDid:
        'When the manager flagged it the next morning I fixed the link, sent a short correction email with a discount code I cleared with her, and wrote up the test-send checklist properly for my replacement.',
      whatILearned:
        'Disengagement is a risk I have to watch in myself. Since then, on any handover I keep my own checklist going until the last day, and when I left my next job I did a handover pack that my manager still uses.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'indifference',
      'blame',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'no-impact',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-trainee-teacher-observation-story',
    profession: 'trainee teacher',
    source: 'own',
    story: {
      whatHappened:
        'My formal observation lesson with Year 8 fell apart and my mentor graded it as requires improvement.',
      whyItHappened: "I'm just not very good at behaviour management. I never have been.",
      whatIDid:
        'I went home and cried all evening. I felt like a complete fraud and for weeks I was dreading every lesson with that class.',
      whatILearned:
        "I'm still scared it'll happen again every time someone walks into my room. Maybe teaching isn't for me.",
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'indifference'],
  },
  {
    id: 'rvt-trainee-teacher-observation-owned-story',
    profession: 'trainee teacher',
    source: 'own',
    story: {
      whatHappened:
        'My formal observation lesson with Year 8 fell apart: the starter ran fifteen minutes over and by the main task half the class were off task. My mentor graded it as requires improvement.',
      whyItHappened:
        'I planned too much content and no clear routine for moving between tasks, so every transition became a negotiation.',
      whatIDid:
        'I was embarrassed, so that evening I asked my mentor to go through the lesson with me minute by minute. The next week I watched two experienced colleagues teach the same class and copied their entry and transition routines.',
      whatILearned:
        'Routines first, content second. Since then I script the first five minutes and every transition, and my next two observations with the same class were graded good.',
      roleConnection:
        'Your school has a shared behaviour routine across departments, which is the approach that turned things around for me.',
    },
    mustFlag: [],
    mustNotFlag: [
      'self-flagellating',
      'blame',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rvt-ecommerce-lead-only-35-story-polished',
    profession: 'e-commerce lead',
    source: 'own',
    story: {
      whatHappened:
        'The failure I reflect on most is the year our online revenue grew only 35% against a stretch target of 40%.',
      whyItHappened:
        'I set an ambitious target because I believe in pushing teams beyond what they think is possible, and we came remarkably close.',
      whatIDid:
        'I celebrated the growth with the team while being honest that we had fallen short of the stretch goal.',
      whatILearned: 'I learned that ambition has to be balanced with realism, although I would always rather aim high.',
      roleConnection: 'I would bring that same ambition to your growth plans.',
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference', 'missing-part', 'vague-failure'],
  },
  {
    id: 'rvt-ecommerce-lead-grew-but-overstocked-story',
    profession: 'e-commerce lead',
    source: 'own',
    story: {
      whatHappened:
        'Online revenue grew 35% that year, but I had bought stock for 60%, and we ended the year with £400k of winter coats we had to clear at cost.',
      whyItHappened:
        'I based the buy on our two best months and ignored the slower ones, and I overruled the planner who warned me.',
      whatIDid:
        'In January I told the MD the overstock was my call, set up a clearance plan with outlet partners, and moved the next season’s buy to monthly top-ups.',
      whatILearned:
        'I forecast from a full twelve months now and I ask the planner to sign off any buy more than 20% above last year. This season we finished within 5% of the plan.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: ['humblebrag', 'blame', 'passive-action', 'no-change-evidence', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-process-engineer-perfectionist-story-esl',
    profession: 'process engineer',
    source: 'own',
    story: {
      whatHappened:
        'My weak point is that I am a perfectionist. In my last company I spend too much time to make the documentation of the line very complete.',
      whyItHappened: 'Because for me quality is the first thing, I cannot accept something only 80% good.',
      whatIDid: 'My manager told me it was too much detail, so I made it shorter.',
      whatILearned: 'I learned to find the balance between perfect and fast.',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'vague-failure', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rvt-pharmacy-technician-cant-forgive-story',
    profession: 'pharmacy technician',
    source: 'own',
    story: {
      whatHappened:
        'I dispensed 10mg tablets instead of 2.5mg for an elderly patient’s blood pressure, and she was admitted after a fall two days later.',
      whyItHappened: 'The boxes were next to each other on the shelf and I picked from memory without scanning.',
      whatIDid:
        'When the hospital called I told my pharmacist immediately and we reported it. But honestly I fell apart. I was a total failure as far as I was concerned and I was off sick for two weeks.',
      whatILearned:
        "I still can't forgive myself. I don't think I'll ever be the same at work, I second-guess every single box.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'indifference', 'humblebrag', 'vague-failure'],
  },
  {
    id: 'rvt-insurance-temp-contract-story',
    profession: 'claims administrator',
    source: 'own',
    story: {
      whatHappened: 'I built up a backlog of about 150 unopened claim letters over a month at an insurance company.',
      whyItHappened:
        'It was a temp contract through an agency and I knew it was ending, so I did not really see the point of learning their system properly.',
      whatIDid: 'I told the team leader on my last day that there were letters in the tray.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'missing-part', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-hospital-porter-rushed-story-esl',
    profession: 'hospital porter',
    source: 'own',
    story: {
      whatHappened:
        'I took a patient to X-ray with the wrong notes, so the radiographer nearly scanned the wrong leg. She checked the wristband and stopped it before the scan.',
      whyItHappened:
        'I took the notes from the bed before, not from the bed of the patient. I was in a hurry and I did not check the name on the folder with the wristband.',
      whatIDid:
        'I felt very bad, so I went back straight away to the ward with the radiographer, found the right notes and told the ward sister what I did. I filled the form for near miss with her.',
      whatILearned:
        'Now I check name and date of birth on the notes and the wristband before I leave the bay, every time. I showed this to the two new porters in my team.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'unsafe-failure',
      'self-flagellating',
      'blame',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
    ],
  },
  {
    id: 'rvt-service-desk-lead-take-on-too-much-real-story',
    profession: 'service desk lead',
    source: 'own',
    story: {
      whatHappened:
        'I took on too much during our office move: I kept the desk rota, the move plan and the new phone system myself, and the phones went live two weeks late with 30 people on mobiles in the meantime.',
      whyItHappened:
        "I didn't want to ask my team to do extra when they were already stretched, so I said yes to everything and didn't tell my manager I was sinking until it was too late.",
      whatIDid:
        'When the phone date slipped I sat down with my manager, handed the phone rollout to one of my analysts with a clear plan, and sent a daily update to the floor managers until it was live.',
      whatILearned:
        'Saying yes to everything is not kindness to the team, it just moves the failure later. I now do a weekly capacity check with my manager and I have delegated two projects this year that I would once have kept.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'humblebrag',
      'blame',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'no-impact',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-operations-manager-relied-on-me-story-polished',
    profession: 'operations manager',
    source: 'own',
    story: {
      whatHappened:
        'Perhaps my greatest failure is that my team came to rely on me too much. When I went on leave for two weeks, productivity dipped noticeably.',
      whyItHappened:
        'I had become the person everyone turned to, because I always had the answers and I enjoyed supporting them.',
      whatIDid: 'On my return I made a point of coaching people to find answers themselves.',
      whatILearned: 'Great leaders create other leaders, not followers.',
      roleConnection: 'I am excited to bring that leadership philosophy to your team.',
    },
    mustFlag: ['humblebrag', 'generic-lesson'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference', 'missing-part'],
  },
];
