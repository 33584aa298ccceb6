/**
 * Real-voice stories, media, creative and independent work: journalists, translators,
 * photographers, copywriters, editors, trainers, salon staff, security, founders,
 * engineers.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesF: EvalCase[] = [
  {
    id: 'rv-journalist-wrong-defendant',
    profession: 'journalist',
    source: 'own',
    story: {
      whatHappened:
        'I published a court report that named the wrong man as the defendant — same surname, different first name — and it was live for three hours before his solicitor called the newsroom.',
      whyItHappened:
        "I took the first name from my notes instead of the court list, and I didn't check it against the charge sheet because I was racing to beat a rival site.",
      whatIDid:
        'I told my editor as soon as the call came in, we took it down within ten minutes, and I drafted the correction and apology that ran on the site and in print. I sat in on the call with our lawyer so I could answer questions about my notes.',
      whatILearned:
        "Names in any court or crime story now get checked against two official sources before I file, and I put the source next to every name in my copy so the sub can see it. I've filed a few hundred court stories that way since.",
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
      'no-impact',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-translator-hydraulics-manual',
    profession: 'freelance translator',
    source: 'own',
    story: {
      whatHappened:
        'I am freelance translator. Last year I accepted a 15,000-word technical manual with 5 days deadline, and I delivered 2 days late, the client had to move the printing and they did not give me more work after.',
      whyItHappened:
        'I calculated only the words and not the time for the terminology, this manual had many specific terms for hydraulic machines and I had to research a lot. I said yes too fast because I did not want to lose the client.',
      whatIDid:
        'On day three I understood I cannot finish, but I did not tell the client until the last day, I hoped to catch up. Then I wrote to them, apologised and sent the first half so the layout team could start.',
      whatILearned:
        'The lesson for me is: say early when you are late. Now if I see on day two I am behind, I write the client the same day with a new date. And for technical texts I do a sample of 500 words first to measure my speed before I say yes.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-photographer-single-card',
    profession: 'wedding photographer',
    source: 'own',
    story: {
      whatHappened:
        "I lost about a third of a couple's wedding photos — the whole ceremony — when a memory card corrupted and I hadn't backed it up.",
      whyItHappened:
        'I only shot to one card that day because my second camera body was in for repair, and I put off copying the cards until I got home.',
      whatIDid:
        'I told the couple the next morning, before they heard it from anyone else. I paid for a data recovery service, which got back maybe half of the ceremony shots, refunded a third of the fee, and offered them a free anniversary shoot.',
      whatILearned:
        "I never shoot a paid job without dual card slots now, and I back up at the venue on a laptop during the meal. I've done 60-something weddings since without losing a frame.",
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
      'no-impact',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-copywriter-forty-taglines',
    profession: 'copywriter',
    source: 'own',
    story: {
      whatHappened:
        'Honestly I think my failure is that I care too much about the words. On a campaign for a skincare brand I rewrote the tagline 40 times and we still launched on time, but I was exhausted.',
      whyItHappened: "I'm a bit of a perfectionist.",
      whatIDid: 'I pushed through and delivered.',
      whatILearned: "I've learned to accept that not everyone will care as much as I do.",
    },
    mustFlag: ['humblebrag', 'no-impact', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'unsafe-failure', 'missing-part', 'passive-action', 'indifference', 'opening-too-long'],
  },
  {
    id: 'rv-video-editor-temp-track',
    profession: 'video editor',
    source: 'own',
    story: {
      whatHappened:
        "so I exported the final cut of a client's product launch video with a temp music track still on it, it went out on their socials and got hit with a copyright claim within an hour, muted on youtube and pulled off insta",
      whyItHappened:
        "I'd been using a placeholder track while they decided on music, they picked the licensed one, and I swapped it in the project but exported from the old sequence. I didn't watch the export back before sending, which I normally do.",
      whatIDid:
        "I messaged the client's social person straight away, re-exported with the licensed track, and stayed on a call with her while she reuploaded. I also filed the dispute on youtube for them since I knew the process.",
      whatILearned:
        'now I name sequences FINAL_SENT with the date and delete the older ones before export, and I watch every export start to end, no skipping. done that for every deliverable since. you guys do a lot of quick-turn social content so I figure that habit counts for a lot here',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv-personal-trainer-deadlift-strain',
    profession: 'personal trainer',
    source: 'own',
    story: {
      whatHappened: 'I had a client strain her lower back on a deadlift in one of my sessions.',
      whyItHappened: 'She lifted heavier than she should have.',
      whatIDid: 'The session was stopped and she was told to rest and see a physio.',
      whatILearned: 'Form is everything.',
    },
    mustFlag: ['no-impact', 'blame', 'passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['opening-too-long', 'vague-failure', 'humblebrag', 'missing-part', 'self-flagellating'],
  },
  {
    id: 'rv-hairdresser-bleach-timer',
    profession: 'hairdresser',
    source: 'own',
    story: {
      whatHappened:
        "I'm colouring a regular client and I leave the bleach on too long because I get chatting with the next client. Her hair snaps at the crown, a patch about the size of a coin, and she has to wear it short for months.",
      whyItHappened:
        "I don't set a timer because I think I know her hair, I've done it for three years. And I start a consultation with someone else in the middle of her processing.",
      whatIDid:
        "I tell her straight away what happened, I don't charge her, and I book her in free for treatments every three weeks until it grows. I also tell the salon owner that evening.",
      whatILearned:
        "I set a timer for every single colour now, even toners, and I don't start a new client while anyone is processing. The salon made that a rule for everyone after I told them.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-security-guard-skipped-patrols',
    profession: 'security guard',
    source: 'own',
    story: {
      whatHappened:
        'Working nights as a security guard at an office block I skipped two of my patrols and there was a break-in at the loading bay, they took about £8k of laptops.',
      whyItHappened:
        "It was a dead-end job to be honest and I didn't really care much about it, nothing ever happened there.",
      whatIDid: 'The police came and I gave a statement.',
      whatILearned: "I guess that's why they pay someone to walk round.",
    },
    mustFlag: ['unsafe-failure', 'indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'missing-part', 'self-flagellating'],
  },
  {
    id: 'rv-founder-meal-kit-expansion',
    profession: 'startup founder',
    source: 'own',
    story: {
      whatHappened:
        "So I co-founded a meal-kit startup straight after my MBA with two friends from the course. We raised a small pre-seed round of about £400k from angels, mostly people we knew, and we launched in two London postcodes first. The early numbers looked really good, customers loved it, we got some press, and we decided to expand to five more areas. I was the CEO so I owned that decision. Within four months we'd burned through the money and had to shut down, and nine people lost their jobs.",
      whyItHappened:
        "I read our retention as product-market fit when most of our early customers were friends of friends using a 50% discount. I didn't split retention by acquisition channel until it was too late, and I expanded before paid customers had proven they'd stay.",
      whatIDid:
        'When I saw we had three months of cash I told the team and the investors the same week, rather than trying to raise quietly. I spent the last month finding roles for the team — seven of the nine had jobs before we closed — and wrote a full post-mortem for the angels.',
      whatILearned:
        "In my current role I won't sign off on any expansion until we've seen three months of retention from customers who paid full price, split by channel, and I push for that in every planning meeting. It's made me unpopular at times, but it stopped us opening a second warehouse last year that we'd have regretted.",
    },
    mustFlag: ['opening-too-long', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'defensive-tone',
      'indifference',
    ],
  },
  {
    id: 'rv-graduate-engineer-soil-values',
    profession: 'civil engineer',
    source: 'own',
    story: {
      whatHappened:
        'In my second year as graduate engineer, I made an error in the load calculation for a retaining wall, I used the wrong soil parameter. The checker found it, but only after the drawings were issued to the contractor, so we had to reissue and the pour was delayed by 10 days.',
      whyItHappened:
        'I copied the soil values from a similar project instead of from the ground investigation report of this site. I thought the soils were the same because the sites are only 3 km apart.',
      whatIDid:
        "I informed my senior engineer the same day the checker told me, and I redid the full calculation using the site report. I also called the contractor's engineer to explain the change and what was affected so they could re-plan the rebar delivery.",
      whatILearned: 'I learned to always be careful with assumptions.',
    },
    mustFlag: ['generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'missing-part',
      'self-flagellating',
      'unsafe-failure',
    ],
  },
  {
    id: 'rv-operations-manager-crushed-boxes',
    profession: 'operations manager',
    source: 'own',
    story: {
      whatHappened:
        'I switched our packaging supplier to save 11% and the new boxes crushed in transit — about 1,100 damaged orders over six weeks, and our refund rate doubled.',
      whyItHappened:
        "- I approved the switch on price and a spec sheet\n- I didn't run a drop test or a trial batch\n- I skipped asking the warehouse team, who handle the boxes every day",
      whatIDid:
        '- Paused the new boxes the day the damage report came in and went back to the old supplier on a short contract\n- Called our five biggest wholesale customers myself\n- Ran proper drop tests on three alternatives with the warehouse leads',
      whatILearned:
        "- No supplier change now without a 200-unit trial shipped to real addresses\n- Warehouse leads sign off anything they'll touch\n- We've changed two suppliers since that way, with no spike in damage\n- Your role covers procurement for three sites, and that trial step is the first thing I'd put in place",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-call-centre-agent-missing-note',
    profession: 'call centre agent',
    source: 'own',
    story: {
      whatHappened:
        'I worked in call centre for a phone company. One time I promised a customer that his bill will be corrected, but I did not put the note in the system. He called four more times in two weeks and finally he cancel his contract.',
      whyItHappened:
        'I was very much stressed that day because we had a new target for call time and I was trying to be fast, so I closed the call before I wrote the note.',
      whatIDid:
        'When my team leader showed me the complaint I called the customer back myself and apologised, but he already decided to go. I asked my team leader to listen my calls for one week to check my notes.',
      whatILearned:
        'This was a good learning for me. Now I write the note while I am still talking with customer, not after, even if the call is longer. My call time went up a little bit, but my repeat calls went down.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'not-learned',
      'self-flagellating',
    ],
  },
];
