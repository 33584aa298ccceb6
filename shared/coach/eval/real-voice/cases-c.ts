/**
 * Real-voice stories, business: sales, retail, banking, finance, property, recruiting,
 * consulting, marketing.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesC: EvalCase[] = [
  {
    id: 'rv-sales-rep-burned-territory',
    profession: 'sales representative',
    source: 'own',
    story: {
      whatHappened: 'I missed quota two quarters in a row at my last SaaS job, ended up at like 68% for the year.',
      whyItHappened:
        "Tbh I got handed a territory that had been burned by the last rep, marketing wasn't sending any decent leads, and they changed the comp plan halfway through.",
      whatIDid: 'I kept grinding and just tried to make as many calls as possible.',
      whatILearned: "Sales is a numbers game and you can't control everything.",
    },
    mustFlag: ['blame', 'generic-lesson', 'not-learned', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'missing-part',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-account-executive-lost-renewal',
    profession: 'account executive',
    source: 'own',
    story: {
      whatHappened:
        "I lost a £180k renewal with our biggest logistics customer, a deal I'd told my director was 90% certain two weeks before it went to a competitor.",
      whyItHappened:
        "I'd only ever talked to our champion, the ops manager, and I didn't notice the CFO had started asking about cost. I took 'it's fine, just paperwork' at face value instead of asking who else was signing.",
      whatIDid:
        'I asked the customer for a loss review call and they agreed; I learned the CFO had never seen our ROI numbers. I wrote it up for the sales team, took my forecast miss to the director in person, and rebuilt my pipeline notes for every account over £50k with the actual signers listed.',
      whatILearned:
        "Now I don't forecast anything above 50% until I've spoken to whoever signs the cheque, and I book a 'who else needs to say yes' call in every deal's second month. My forecast accuracy went from about 60% to 85% over the next year.",
      roleConnection:
        "You're selling into finance teams, so that multi-threading habit is something I'd use from week one.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-retail-manager-christmas-rota',
    profession: 'assistant store manager',
    source: 'own',
    story: {
      whatHappened:
        'As assistant store manager I made the Christmas rota and I put only two people on the tills on the last Saturday before Christmas. The queue was going out of the door and we estimated we lost around 3,000 euro in walk-outs that day.',
      whyItHappened:
        'I copied the rota from a normal Saturday and I forgot that the head office had a promotion that day. I did not check the marketing calendar before I made it.',
      whatIDid:
        'When I saw the queue I called two colleagues who were off and offered them extra hours, and I went on the third till myself until they arrived. After, I explained to the store manager what happened.',
      whatILearned:
        'Now I always have the marketing calendar open when I do the rota, and I put one extra person on call for every promotion day. It worked well for Easter and for summer sales.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-store-associate-order-mistake',
    profession: 'retail associate',
    source: 'own',
    story: {
      whatHappened: "I once made a mistake with a customer's order.",
      whyItHappened: "I wasn't paying attention.",
      whatIDid: 'My manager fixed it.',
      whatILearned: 'Double check everything.',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['opening-too-long', 'missing-part', 'humblebrag', 'unsafe-failure', 'self-flagellating', 'blame'],
  },
  {
    id: 'rv-bank-teller-fake-id',
    profession: 'bank teller',
    source: 'own',
    story: {
      whatHappened:
        'When I worked as bank teller I paid out 2,500 dollars to a person with a fake ID. The real customer came one week later and the bank had to refund him, and I had a written warning.',
      whyItHappened:
        'The queue was very long and the supervisor was telling us to go faster. The ID looked normal to me.',
      whatIDid: 'I wrote the report for the security team and I told them everything I remember about the person.',
      whatILearned: 'I learned that I must follow the procedure always, even if there is pressure.',
    },
    mustFlag: [
      'unsafe-failure',
      'blame',
      'defensive-tone',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['vague-failure', 'no-impact', 'passive-action', 'humblebrag', 'missing-part', 'indifference'],
  },
  {
    id: 'rv-accountant-vat-migration',
    profession: 'accountant',
    source: 'own',
    story: {
      whatHappened:
        'I missed a quarterly VAT filing for one of our clients, a small restaurant, by nine days, and they got a £400 penalty plus interest.',
      whyItHappened:
        "I'd moved the client's deadlines into a new practice management tool and typed the quarter-end as March instead of February. I never cross-checked the imported dates against the tax authority's account.",
      whatIDid:
        'I called the owner the day I noticed, told her it was my error, and the firm paid the penalty. I filed the return that afternoon and then checked every other client I’d migrated — I found two more wrong dates and fixed them before they cost anyone.',
      whatILearned:
        'After any data migration I now reconcile every deadline against the tax authority’s own portal before I switch the old system off. I’ve done that on two migrations since. I know your firm is moving platforms next year, and that’s exactly the kind of check I’d want to own.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv-auditor-first-in-charge',
    profession: 'auditor',
    source: 'own',
    story: {
      whatHappened:
        "I joined a mid-tier audit firm straight out of university and spent my first two busy seasons on manufacturing clients. In my third year I was made in-charge for the first time, on a family-owned packaging company with about £30m turnover. The engagement partner was new to the client as well, and the previous senior had left the firm, so there was very little handover. The client's finance director was also new and was implementing a new ERP system during the year. We had a tight window because the bank needed signed accounts for a refinancing. On that job I under-planned the inventory work, and we signed off four weeks late, which delayed the client's refinancing.",
      whyItHappened:
        "I planned the stock count from the prior-year file without allowing for the new ERP, and when the count didn't reconcile I kept trying to fix it myself for two weeks instead of raising it with the partner.",
      whatIDid:
        'When I finally went to the partner I brought a written summary of the gap and a proposal to bring in a second senior for the inventory roll-forward. I also phoned the FD myself to explain the new timetable and kept him updated every Friday until we signed.',
      whatILearned:
        "I now flag any reconciliation I can't close within two days to the manager, with numbers, and I plan system-change years from scratch instead of rolling forward. I've used that on five engagements since and none has slipped.",
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
    ],
  },
  {
    id: 'rv-estate-agent-low-valuation',
    profession: 'estate agent',
    source: 'own',
    story: {
      whatHappened:
        'A sale I was handling fell through the week before exchange and my vendor lost the house they were buying.',
      whyItHappened:
        "To be fair, the buyer's mortgage valuation came in low, which nobody could have predicted, and I had chased the solicitors every single day. I really don't think there was anything more I could have done.",
      whatIDid: 'I put the house straight back on the market and found another buyer within a month.',
      whatILearned: 'It was frustrating, but it reminded me that some things are out of your control in this business.',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'passive-action', 'humblebrag', 'missing-part', 'unsafe-failure'],
  },
  {
    id: 'rv-customer-success-key-account',
    profession: 'customer success manager',
    source: 'own',
    story: {
      whatHappened:
        "In one of my previous roles, I had an experience where a key account relationship didn't go as planned.",
      whyItHappened:
        "Looking back, I think I could have been more proactive in understanding the client's evolving needs.",
      whatIDid:
        'I took ownership of the situation, set up a series of check-ins, and worked closely with the client to rebuild trust.',
      whatILearned:
        'I learned that proactive communication and relationship-building are the foundation of customer success.',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: [
      'blame',
      'passive-action',
      'opening-too-long',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'missing-part',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-recruiter-skipped-reference',
    profession: 'recruiter',
    source: 'own',
    story: {
      whatHappened:
        "I placed a warehouse supervisor with a logistics client who quit after three weeks, and the client had to restart a search they'd been running for two months.",
      whyItHappened:
        "I skipped a second reference because the candidate's first one was glowing and the client was pushing for a start date. The second reference would have told me he'd left his last two roles within a month.",
      whatIDid:
        "I called the client the day he resigned, offered a free replacement search, and personally shortlisted three people within a week. In the debrief with my manager I took it on myself rather than pointing at the client's timeline.",
      whatILearned:
        "I never submit a candidate now without two completed references, whatever the deadline, and I tell clients that up front so it doesn't look like a delay. Our 90-day fall-off on my desk dropped from 1 in 6 to about 1 in 20 last year. That's the sort of quality number I'd want to be measured on in this role.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-hr-manager-response-rate',
    profession: 'HR manager',
    source: 'own',
    story: {
      whatHappened:
        "My biggest failure was probably our engagement survey last year — we only got a 78% response rate when I'd set a goal of 90%, and it was still the highest the company had ever had.",
      whyItHappened: 'I set really ambitious goals for myself, probably more than I should.',
      whatIDid: 'I presented the results to the board and they were really pleased.',
      whatILearned: "I learned to celebrate the wins even when I don't hit my own impossibly high standards.",
    },
    mustFlag: ['humblebrag', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'passive-action',
      'unsafe-failure',
      'self-flagellating',
      'missing-part',
      'indifference',
      'opening-too-long',
    ],
  },
  {
    id: 'rv-consultant-board-pack-figure',
    profession: 'management consultant',
    source: 'own',
    story: {
      whatHappened:
        "I sent a client's board pack with last year's market-size figure on the summary slide — £1.2bn instead of £850m — and their CEO quoted it to investors the next day.",
      whyItHappened:
        "I'd reused the summary slide from an earlier draft and updated the chart but not the headline number above it. I didn't do a final read of the pack against the model.",
      whatIDid:
        'I was mortified, but I rang the engagement manager within the hour and we called the CEO together that afternoon with a corrected slide and a short note he could send to the investors. I offered to walk their CFO through the model line by line, which he took me up on.',
      whatILearned:
        "Every number in a deck now gets a source tag that links to a cell in the model, and I do a last read of headline numbers only, away from my desk, before anything goes out. I've done that for every deliverable for the last two years.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-marketing-coordinator-wrong-segment',
    profession: 'marketing coordinator',
    source: 'own',
    story: {
      whatHappened:
        "I sent a 'welcome back, here's 30% off' email meant for lapsed customers to our whole list of 52,000, including people who'd bought the week before at full price.",
      whyItHappened:
        'I picked the wrong saved segment — they had almost identical names — and I skipped the test send to myself because I was trying to hit a 9am slot.',
      whatIDid:
        'Customer service got about 300 emails asking for refunds of the difference and the company decided to honour it.',
      whatILearned: 'I learned to slow down and always double-check before hitting send.',
    },
    mustFlag: ['passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'humblebrag',
      'missing-part',
      'self-flagellating',
      'unsafe-failure',
    ],
  },
];
