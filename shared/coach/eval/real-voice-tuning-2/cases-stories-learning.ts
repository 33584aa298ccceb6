/** Whole answers that turn on the lesson: fatalism, slogans, missing proof, rambles and strong answers told in different shapes. */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const learningStories: EvalCase[] = [
  {
    id: 'rvt-supply-planner-strong-story',
    profession: 'supply chain planner',
    source: 'own',
    story: {
      whatHappened:
        'I set the safety stock for our best-selling cereal bar too low before a supermarket promotion, and we were out of stock in 180 stores for nine days.',
      whyItHappened:
        "I used the promotional uplift from the previous year without checking that this promotion had a bigger discount and end-of-aisle space. I didn't ask the account manager what was different.",
      whatIDid:
        'I told my manager the morning the first store ran out, arranged overtime at the co-packer for two weekends, and agreed with the account manager which regions to refill first. I sent the customer a daily stock position until we recovered.',
      whatILearned:
        'Every promotion forecast I build now starts with a ten-minute call to the account manager about what is different this time, and I log the answer next to the number. I have done that for about thirty promotions since and we have not run out on one.',
      roleConnection:
        'Your business runs heavy retailer promotions, so that habit would be part of my first planning cycle with you.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('opening-too-long', 'unsafe-failure'),
  },
  {
    id: 'rvt-bar-manager-just-hospitality-story',
    profession: 'bar manager',
    source: 'own',
    story: {
      whatHappened:
        'On New Year’s Eve our card machines went down at 11pm and we had a queue out the door and about £3k in unpaid tabs by the morning.',
      whyItHappened: 'The payment provider had an outage. Happened to loads of bars that night.',
      whatIDid: 'I went cash only and tried to get tabs paid on the way out, but a lot of people just left.',
      whatILearned: "That's hospitality. Some nights are a write-off and you move on.",
      roleConnection: '',
    },
    mustFlag: ['not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'passive-action'],
  },
  {
    id: 'rvt-planning-officer-same-call-story',
    profession: 'council planning officer',
    source: 'own',
    story: {
      whatHappened:
        'I recommended approval for a block of flats that committee then refused, and the developer won on appeal with costs awarded against the council.',
      whyItHappened: 'Councillors went against the officer recommendation for political reasons.',
      whatIDid: 'I wrote the appeal statement defending the refusal as best I could.',
      whatILearned: "I'd make exactly the same recommendation tomorrow. My report was right.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-customer-success-vague-generic-story',
    profession: 'customer success manager',
    source: 'own',
    story: {
      whatHappened: 'There was a time I had a difficult client relationship that did not go as planned.',
      whyItHappened: 'There were some communication challenges on both sides.',
      whatIDid: 'We worked through it together as a team and things improved over time.',
      whatILearned: 'I learned the importance of proactive communication and managing expectations.',
      roleConnection: 'I believe these skills will help me succeed in this role.',
    },
    mustFlag: ['vague-failure', 'vague-cause', 'generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'missing-part'],
  },
  {
    id: 'rvt-admin-officer-no-impact-generic-story-esl',
    profession: 'school office administrator',
    source: 'own',
    story: {
      whatHappened: 'Last year in September I sent the letter for parents evening with the wrong date.',
      whyItHappened: 'I copied the letter from the year before and I did not change the date in the second paragraph.',
      whatIDid:
        'When the first parent called, I told the office manager and I sent a correction letter the same afternoon by email and text.',
      whatILearned: 'I learned that attention to detail is very important in administration.',
      roleConnection: '',
    },
    mustFlag: ['no-impact', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'blame', 'passive-action', 'humblebrag', 'unsafe-failure'],
  },
  {
    id: 'rvt-landscape-architect-ramble-story',
    profession: 'landscape architect',
    source: 'own',
    story: {
      whatHappened:
        "So this was at my second practice, we were a team of about nine and we did a lot of housing schemes for regional developers. I'd been there about three years and I was just starting to run my own jobs. This one was a scheme of 120 houses on the edge of a market town, quite a sensitive site because it backed onto a conservation area. The developer was one we had worked with a lot and the relationship was good. Anyway, I specified a tree mix for the main avenue that included a species the council's tree officer had specifically said in pre-app that she didn't want, and it got picked up at condition discharge, so we had to redo the planting plan and the nursery order, which cost the developer about £11k and a month.",
      whyItHappened:
        "I'd reused the planting schedule from a similar scheme and never went back to my pre-app notes. I was the one who had taken those notes.",
      whatIDid:
        'I told my director as soon as the officer emailed, rang the developer the same day to explain it was our error, and we agreed to absorb our redesign fee. I had the revised plan back to the council within a week.',
      whatILearned:
        'Now every pre-app meeting ends with me writing the officer’s red lines at the top of the project file, and the planting schedule gets checked against them before issue. We have issued around fifteen schedules that way since.',
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'passive-action', 'no-change-evidence', 'humblebrag'],
  },
  {
    id: 'rvt-freight-forwarder-only-two-parts-story',
    profession: 'freight forwarder',
    source: 'own',
    story: {
      whatHappened:
        'I booked a customer’s container on a vessel that skipped our port, and their stock for a store opening arrived eleven days late.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned:
        'Since then I check the carrier’s schedule advisories the day before every cut-off, not just at booking.',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'no-change-evidence', 'humblebrag', 'blame'],
  },
  {
    id: 'rvt-payroll-bullets-strong-story',
    profession: 'payroll administrator',
    source: 'own',
    story: {
      whatHappened:
        'I ran the March payroll with the old pension rate for 85 staff, so everyone was under-deducted and the employer contribution was wrong.',
      whyItHappened:
        '- I updated the rate in the test file and not in live\n- I did not run the comparison report because the totals looked normal\n- I had no second check on rate changes, by my choice',
      whatIDid:
        '- told the finance manager the same day\n- wrote to all 85 staff explaining what would change on the April payslip\n- calculated and paid the corrected contributions to the provider before their deadline\n- booked 10-minute drop-ins for anyone who wanted to talk it through',
      whatILearned:
        '- rate changes now go in live and test together, with a screenshot on file\n- comparison report run every month, no matter what the totals say\n- a colleague now signs off any rate change; we have done six since with no errors',
      roleConnection: 'Your team runs payroll for several hundred staff, so these checks would carry straight over.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'passive-action',
      'no-change-evidence',
      'generic-lesson',
      'not-learned',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
      'humblebrag',
    ],
  },
  {
    id: 'rvt-hairdresser-present-tense-story',
    profession: 'hairdresser',
    source: 'own',
    story: {
      whatHappened:
        'So it’s a Saturday, I’m doing a full head of bleach on a regular, and I leave it on ten minutes too long because I’m juggling two other clients. Her ends snap off and she needs four inches cut.',
      whyItHappened:
        "I've double-booked myself on purpose to fit her in, and I don't set a timer because I think I know her hair.",
      whatIDid:
        "I tell her straight away what I've done, I don't charge her, and I book her in for free treatments for the next three months. I ring her the following week to see how she is.",
      whatILearned:
        'I never double-book over a bleach now and I set a timer for every colour, even for clients I have done for years. She still comes to me.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'no-change-evidence',
      'humblebrag',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-logistics-supervisor-generic-esl-story',
    profession: 'logistics supervisor',
    source: 'own',
    story: {
      whatHappened:
        'In my company in Poland I planned the routes for our drivers and one week 14 deliveries to a pharmacy chain were late because I used the old delivery windows.',
      whyItHappened:
        'The customer changed the windows in the new contract and I did not read the contract annex, I only used the old plan in the system.',
      whatIDid: 'I called the customer, I apologised and I changed all the routes the same day with the drivers.',
      whatILearned: 'I learned that communication is the key and that I must be more careful and work harder.',
      roleConnection: '',
    },
    mustFlag: ['generic-lesson', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'passive-action', 'humblebrag'],
  },
  {
    id: 'rvt-council-housing-passive-story',
    profession: 'housing repairs coordinator',
    source: 'own',
    story: {
      whatHappened:
        'A tenant with a broken boiler was left without heating for six days in January because her job was logged as routine instead of urgent.',
      whyItHappened: 'I logged it from a voicemail and picked the wrong priority code from the dropdown.',
      whatIDid:
        'Once the complaint came in the job was upgraded, an engineer was sent out the next morning and heaters were delivered.',
      whatILearned:
        'Now I call back every heating or hot water voicemail before I log it, so I hear the situation myself.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'no-change-evidence', 'humblebrag'],
  },
  {
    id: 'rvt-court-interpreter-strong-story',
    profession: 'court interpreter',
    source: 'own',
    story: {
      whatHappened:
        'I interpreted a witness’s answer about a time as “after nine” when she had said “before nine”, and the hearing was adjourned for half a day while it was untangled.',
      whyItHappened:
        'I did not ask her to repeat herself when I was unsure, because I did not want to interrupt the flow in front of the judge.',
      whatIDid:
        'As soon as I realised, I told the judge through the clerk that I needed to correct my interpretation, explained the error on the record and stayed to check the rest of her evidence with counsel.',
      whatILearned:
        'Asking for a repetition is part of the job, not a weakness. I now ask for clarification whenever I am less than certain, and I brief witnesses beforehand that I may do this. I have done it in every hearing since.',
      roleConnection: 'Your service covers long criminal trials, where that discipline matters even more.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure', 'opening-too-long'),
  },
  {
    id: 'rvt-gp-wont-listen-story',
    profession: 'GP',
    source: 'own',
    story: {
      whatHappened:
        'A patient with type 2 diabetes I had been seeing for a year ended up in hospital with a foot ulcer that needed surgery.',
      whyItHappened:
        'He never followed the advice. I told him at every review to check his feet and cut down on sugar.',
      whatIDid: 'I referred him urgently once he showed me the ulcer.',
      whatILearned: "Some patients just won't listen, and there's a limit to what you can do in ten minutes.",
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-headhunter-win-some-story-casual',
    profession: 'executive headhunter',
    source: 'own',
    story: {
      whatHappened: 'placed a CFO who walked after 6 weeks, client wanted the fee back',
      whyItHappened: "honestly the guy interviewed great, no way of knowing. client's culture was a bit toxic too",
      whatIDid: 'ran a replacement search at no charge',
      whatILearned: 'win some lose some. you can do all the referencing in the world',
      roleConnection: '',
    },
    mustFlag: ['blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'passive-action'],
  },
  {
    id: 'rvt-qa-tester-since-then-story',
    profession: 'QA tester',
    source: 'own',
    story: {
      whatHappened:
        'I passed a release of our booking site that double-charged about 300 customers who used the back button on the payment page.',
      whyItHappened:
        'I tested the happy path thoroughly and never tried the browser back button, even though I had seen a similar bug on another project.',
      whatIDid:
        'When support raised it, I reproduced it within the hour, wrote up the exact steps for the developers and helped support build the list of affected customers for refunds.',
      whatILearned:
        'Since then my regression pack includes back, refresh and double-click on every payment step, and I added those to the team’s shared checklist. It has caught two similar bugs before release this year.',
      roleConnection:
        'You take payments in three currencies, so that checklist would be one of the first things I would propose.',
    },
    mustFlag: [],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'generic-lesson',
      'not-learned',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
      'humblebrag',
    ],
  },
];
