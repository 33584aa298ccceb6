/**
 * Whole stories for the smaller kinds: humblebrags and real numbers, self-punishment and
 * embarrassment that turns into action, passive recoveries and bullet lists without "I",
 * long wind-ups, missing parts, empty and one-line role connections, four-word shrugs.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const mixedStories: EvalCase[] = [
  {
    id: 't3-sm-design-lead-pitches',
    profession: 'design lead',
    source: 'own',
    story: {
      whatHappened:
        "My failure, if you can call it that, was agreeing to lead too many client pitches at once. We won four out of five that quarter, but the fifth, I'll admit, didn't get my full attention.",
      whyItHappened: 'People just kept coming to me because my pitches had a good track record.',
      whatIDid: 'I made sure the team on the fifth pitch had everything they needed.',
      whatILearned: "I learned I need to say no sometimes, even when I'm the best person for it.",
      roleConnection: "I think you'll find I'm someone people naturally rely on.",
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['blame', 'unsafe-failure', 'self-flagellating', 'indifference', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-sm-sdr-real-numbers',
    profession: 'sales development representative',
    source: 'own',
    story: {
      whatHappened:
        'I booked 40 meetings in my first quarter, the most on the team, but 31 of them no-showed or turned out unqualified, and the account executives stopped taking my meetings seriously; my manager moved two of my accounts to another SDR.',
      whyItHappened:
        'I was chasing the meeting count, which was what I was measured on, and I stopped asking the qualifying questions on budget and timing because they made prospects hesitate.',
      whatIDid:
        "I asked the two AEs who'd complained to sit in on a week of my calls, rewrote my script with the qualifying questions back in, and told my manager I'd rather book fewer meetings that held.",
      whatILearned:
        'I qualify on budget and timing on every call now, even if it loses the meeting. The next quarter I booked 22, and 17 became real opportunities.',
      roleConnection:
        "Your SDRs hand meetings straight to a small AE team, so every bad meeting costs someone's afternoon.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sm-junior-accountant-terrified',
    profession: 'junior management accountant',
    source: 'own',
    story: {
      whatHappened:
        "I posted a £48,000 accrual to the wrong cost centre at year-end, and the marketing director was told she'd overspent her budget and had to explain it to the board before we found the error.",
      whyItHappened:
        'I picked the cost centre from a dropdown without reading the description, and the two codes differ by one digit.',
      whatIDid:
        'I found it the following week, corrected it and told the financial controller, and I wrote to the marketing director to apologise.',
      whatILearned:
        "Honestly I was devastated. I still go over it in my head at night, I don't really trust myself with year-end any more, and I'm terrified of doing something like that again.",
      roleConnection: 'I know accuracy is critical in this role.',
    },
    mustFlag: ['self-flagellating'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'humblebrag',
      'indifference',
      'unsafe-failure',
      'vague-failure',
      'no-impact',
      'opening-too-long',
      'passive-action',
      'missing-part',
      'vague-cause',
    ],
  },
  {
    id: 't3-sm-hairdresser-tears-then-fix',
    profession: 'hairdresser',
    source: 'own',
    story: {
      whatHappened:
        "I left bleach on a client's hair ten minutes too long while I was on the phone, and it broke in two places at the front; she had to have four inches cut off.",
      whyItHappened:
        "I took a call from the salon owner because I didn't want to seem rude, and I hadn't set a timer because I always just know.",
      whatIDid:
        "I was honestly in tears, but I told her straight away what had happened, did a bond repair treatment, cut it into a style she liked and didn't charge her. I booked her next two treatments in for free.",
      whatILearned:
        "There's a timer on for every colour now, and I don't take calls with colour on. She's still my client four years later.",
      roleConnection: 'Your salon does a lot of colour correction, so timings are everything.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sm-account-manager-passive',
    profession: 'agency account manager',
    source: 'own',
    story: {
      whatHappened:
        "A client's retainer invoice went to the wrong billing contact three months running, and their finance team put our account on hold for non-payment, about £27,000 outstanding.",
      whyItHappened: "I'd updated the contact in our CRM but not in the billing system, which doesn't sync.",
      whatIDid:
        'Once it was noticed, the invoices were reissued, the account was taken off hold, and payment was received within the month.',
      whatILearned:
        "I update both systems on the same day now and screenshot the billing record into the CRM note, so anyone can see it's been done.",
      roleConnection: 'Your agency has over 80 retainer clients on separate billing, so this is a daily risk.',
    },
    mustFlag: ['passive-action'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sm-sound-tech-bullets',
    profession: 'event sound technician',
    source: 'own',
    story: {
      whatHappened:
        "I patched the wrong microphone channel for the keynote at a 1,200-person conference, so the CEO's first two minutes went out with no sound in the hall or on the livestream.",
      whyItHappened:
        "I relabelled the stage box that morning after a change and didn't re-run the line check afterwards.",
      whatIDid:
        "- spotted it on the desk meters within about 20 seconds\n- got the spare handheld onto the stage through the stage manager\n- re-patched during the first video break\n- told the production manager and the client's comms lead at the break, before they asked",
      whatILearned:
        '- a full line check after any re-patch, however small\n- labels on both ends of every cable, and a photo of the stage box before doors\n- about 60 shows since without a dead channel',
      roleConnection:
        'You run multi-room conferences with quick changeovers, which is exactly when re-patching happens.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sm-practice-manager-windup',
    profession: 'dental practice manager',
    source: 'own',
    story: {
      whatHappened:
        "So, a bit of background first. I'd been practice manager at a four-surgery dental practice for about two years, having come up through reception and then treatment coordination, so I knew the patients and the team really well. The practice had been owned by the same principal dentist for twenty years and she was selling to a corporate group, which meant a lot of change: new software, new policies, a new area manager visiting every couple of weeks, and a lot of anxiety in the team about what was going to happen. On top of that we were a hygienist short and I was covering some reception shifts myself. In the middle of all that, the practice's CQC registration had to be updated for the new provider, and that was on my list. I missed the deadline for the notification by three weeks, and we received a warning letter and had to explain the delay in writing.",
      whyItHappened:
        "I'd put it on a to-do list rather than in my diary with a date, and I assumed the group's compliance team would prompt me.",
      whatIDid:
        'The day the letter came I submitted the notification, rang the inspector’s office to explain, and told the new owners and the area manager that afternoon.',
      whatILearned:
        'Every regulatory deadline goes in my diary with a two-week and a one-week reminder now, and I keep a one-page compliance calendar on the wall where the whole team can see it.',
      roleConnection:
        "You're a growing group with practices joining every year, so registration changes would be regular for me.",
    },
    mustFlag: ['opening-too-long', 'unsafe-failure'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sm-florist-no-role',
    profession: 'florist',
    source: 'own',
    story: {
      whatHappened:
        'I delivered a funeral wreath to the wrong crematorium, two miles from the right one, and it arrived twenty minutes after the service had started; the family saw the empty stand.',
      whyItHappened:
        "I read the venue off the order form, where the customer had written the crematorium's old name, and I didn't check the funeral director's schedule, which I normally do.",
      whatIDid:
        'I drove it straight to the right chapel and had it placed before the committal, then rang the family the next morning to apologise and refund the order. I wrote to the funeral director as well.',
      whatILearned:
        "I check every funeral order against the funeral director's schedule now, by phone if it isn't online, and I put the postcode on the delivery label, not just the venue name.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 't3-sm-sous-chef-no-why',
    profession: 'sous chef (banqueting)',
    source: 'own',
    story: {
      whatHappened:
        "I ran the pass on a Saturday and sent a table of eight's main courses out before their starters, and they sent the mains back.",
      whyItHappened: '',
      whatIDid:
        'I apologised at the table myself, comped their starters and desserts, and refired the mains to follow the starters.',
      whatILearned:
        "I call every table's courses out loud as I fire them now, and the starters ticket has to be spiked before I'll accept a mains ticket for that table.",
      roleConnection: 'Your kitchen does big Saturday covers with a lot of large tables.',
    },
    mustFlag: ['missing-part'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sm-dispatch-clerk-esl-no-lesson',
    profession: 'dispatch clerk',
    source: 'own',
    story: {
      whatHappened:
        'I printed the shipping labels for 120 parcels with the address of the previous customer, and the courier took them before anybody saw.',
      whyItHappened: 'The system keeps the last address in the field and I did not clear it.',
      whatIDid:
        'I called the courier and they stopped 90 parcels at the hub; the other 30 we had to collect back from the wrong customer.',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'passive-action',
      'indifference',
    ],
  },
  {
    id: 't3-sm-junior-architect-no-action',
    profession: 'junior architect',
    source: 'own',
    story: {
      whatHappened:
        'I submitted a planning application with the site boundary drawn on the wrong side of a shared driveway; the neighbour objected and we had to withdraw and resubmit, which added eleven weeks.',
      whyItHappened:
        'I traced the boundary from an old survey instead of the Land Registry plan, because the survey was already in our drawing.',
      whatIDid: '',
      whatILearned:
        'I pull the Land Registry title plan for every application now and overlay it before I draw anything.',
      roleConnection:
        'Your practice does a lot of residential infill, where boundaries are tight and neighbours watch closely.',
    },
    mustFlag: ['missing-part'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
      'no-role-connection',
    ],
  },
  {
    id: 't3-sm-stock-assistant-four-words',
    profession: 'retail stock assistant',
    source: 'own',
    story: {
      whatHappened: 'messed up a delivery once',
      whyItHappened: 'dunno',
      whatIDid: 'fixed it',
      whatILearned: 'be more careful',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'blame'],
  },
  {
    id: 't3-sm-barista-trainer-present',
    profession: 'barista trainer',
    source: 'own',
    story: {
      whatHappened:
        "So picture it: I'm training a new starter, I show her how to clean the steam wand, and I leave it purging while I talk, and it sprays scalding water across the counter and catches her hand. Small burn, first aid, she's fine, but it goes in the accident book.",
      whyItHappened:
        "I'm showing off a bit, honestly, doing three things at once to look slick in front of the new person, and I point the wand out instead of into the drip tray.",
      whatIDid:
        'I get her hand under cold water straight away for twenty minutes, fill in the accident book with her, tell my manager before the end of the shift, and check in with her the next day.',
      whatILearned:
        "Now the wand always points into the tray when it purges, and when I train I do one thing at a time and talk after. I've trained about twenty starters since, no burns.",
      roleConnection: "You're opening three new sites this year, so I'd be training a lot of new baristas.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sm-lab-assistant-esl-nitrogen',
    profession: 'laboratory assistant',
    source: 'own',
    story: {
      whatHappened:
        'I did not close the liquid nitrogen tank properly after I took samples, and in the night the level went down and eight boxes of cell samples of another group warmed up; they lost two years of samples.',
      whyItHappened: 'I was in a hurry to catch my train.',
      whatIDid: 'The next day the problem was discovered by the other group and reported to the lab manager.',
      whatILearned: 'I learned to never be in a hurry with important things.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long', 'blame'],
  },
  {
    id: 't3-sm-private-client-solicitor',
    profession: 'private client solicitor',
    source: 'own',
    story: {
      whatHappened:
        "I'm a private client solicitor, mostly wills and probate. The failure was a will I drafted that left out a specific gift of a painting the client had mentioned in our meeting; it came to light after she died, when her niece asked about it, and the painting, worth about £6,000, went into the residue and to someone else.",
      whyItHappened:
        "I took my notes by hand in the meeting and drafted from memory a week later, and the painting was on the second page of my notes, which I didn't reread.",
      whatIDid:
        'When the niece contacted us I told my supervising partner and our insurers straight away, met her to explain exactly what had happened, and the firm settled her claim for the value of the painting.',
      whatILearned:
        "I draft from my notes the same day now, and before a will is signed I read the client a one-page summary of every gift and ask what's missing. Two clients have added things at that stage in the last year.",
      roleConnection:
        'Your private client team acts mostly for older clients with detailed wishes, which is exactly where one missed line matters.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sm-team-lead-midnight-reviews',
    profession: 'software team lead',
    source: 'own',
    story: {
      whatHappened:
        "I guess my failure is I hold the team to really high standards? Like, I review every PR myself, even at midnight, because I just can't let sloppy code through.",
      whyItHappened: 'I care a lot about quality, probably more than I should.',
      whatIDid: "I've started trying to delegate some reviews.",
      whatILearned: "That not everyone cares as much as I do, and that's okay.",
      roleConnection: "I think you'd get someone who really cares about the codebase.",
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'self-flagellating', 'indifference', 'missing-part'],
  },
  {
    id: 't3-sm-nanny-beach',
    profession: 'nanny',
    source: 'own',
    story: {
      whatHappened:
        "I lost sight of the four-year-old I was looking after on a busy beach for about ten minutes; a lifeguard found him at the water's edge.",
      whyItHappened: 'I was putting sun cream on his sister and looked away for longer than I thought.',
      whatIDid: 'The lifeguard brought him back and the parents were called.',
      whatILearned:
        "I'm a terrible person. I don't think I'll ever forgive myself, and I still have nightmares about it.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'passive-action', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'indifference', 'blame', 'opening-too-long'],
  },
  {
    id: 't3-sm-supply-analyst-all-bullets',
    profession: 'supply chain analyst',
    source: 'own',
    story: {
      whatHappened:
        "- forecast for a summer garden furniture line set at last year's level\n- heatwave in May, demand up 60%\n- we stocked out for five weeks in June, about £210k of lost sales",
      whyItHappened:
        "- I only used last year's sales, no weather or search data\n- I'd seen search trends rising in April and didn't act because they weren't in the model",
      whatIDid:
        '- raised an emergency order with the supplier in week one of the stockout\n- split incoming stock across the top 40 stores instead of all 180\n- wrote up the miss for the category review myself',
      whatILearned:
        '- a search-trend check in every seasonal forecast now\n- if trends move more than 20% I flag it to the buyer that week\n- last summer that check moved two lines up before the peak',
      roleConnection: '- your ranges are very seasonal\n- the forecasting team is small, so early signals matter',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sm-festival-security-lose-sleep',
    profession: 'event security supervisor',
    source: 'own',
    story: {
      whatHappened:
        'I under-staffed the exit gates at a festival by four stewards, and after the headline set the queue backed up for about 25 minutes; we had two crowd complaints and a near crush at gate C that the police noted in their report.',
      whyItHappened:
        "I used the previous year's gate plan without adjusting for the new stage position, which moved the crowd's natural exit towards gate C.",
      whatIDid:
        "As soon as I saw the queue I pulled four stewards from the car parks, opened the emergency gate next to C with the safety officer's agreement, and went to the gate myself to manage it. I wrote the debrief that night.",
      whatILearned:
        "I don't lose sleep over it now, but I've never reused a gate plan since: I redo the exit modelling whenever the site layout changes, and I walk the exit routes from the stage with the safety officer before doors.",
      roleConnection: 'Your festivals change layout every year, so the exit plan is never the same twice.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-sm-plasterer-short-role',
    profession: 'plasterer',
    source: 'own',
    story: {
      whatHappened:
        'skimmed a whole ceiling over a damp patch the customer had mentioned, and it blew within a month, so I had to hack it off and redo it, two days of my time for free',
      whyItHappened: "didn't put a damp meter on it because she said the leak was fixed, I took her word for it",
      whatIDid:
        'went back, took it back to the boards, waited till it read dry, re-boarded the bad bit and skimmed it again at no charge',
      whatILearned:
        'meter on every patch now before I touch it, whatever I get told, and I write the reading on the quote',
      roleConnection: 'same kind of old houses you do, lots of old leaks',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
