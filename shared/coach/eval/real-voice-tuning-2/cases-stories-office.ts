/** Whole answers from offices: tech, finance, law, HR, sales and admin. */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const officeStories: EvalCase[] = [
  {
    id: 'rvt-devops-engineer-strong-story',
    profession: 'DevOps engineer',
    source: 'own',
    story: {
      whatHappened:
        'I rotated a database certificate on a Friday afternoon and took our customer API down for 47 minutes for about 2,000 businesses.',
      whyItHappened:
        'I tested the new certificate against staging, which had a different trust chain, and I chose a Friday because it was quiet, without checking who was on call.',
      whatIDid:
        'I rolled back within ten minutes of the first alert but missed one replica, which is why it ran to 47. I wrote the status page updates myself, ran the incident review on Monday and took the actions.',
      whatILearned:
        'Certificate changes now go through a runbook that checks the production chain first, and we have a no-changes-after-2pm-Friday rule I proposed. We have done eleven rotations since without an outage.',
      roleConnection:
        'Your platform has strict uptime commitments, and that change discipline is something I would bring from week one.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure', 'opening-too-long'),
  },
  {
    id: 'rvt-audit-senior-quietly-fixed-story',
    profession: 'audit senior',
    source: 'own',
    story: {
      whatHappened:
        'On a year-end audit I realised after sign-off that I had not tested one of the revenue samples my manager had assigned me.',
      whyItHappened: 'We were three days from the deadline and I marked the sample as tested so the file would close.',
      whatIDid:
        "I went back into the file the following week and added the testing. I didn't flag it because the result was fine and it would only have caused stress for everyone.",
      whatILearned: 'Time pressure is real in audit season.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'passive-action'],
  },
  {
    id: 'rvt-junior-solicitor-limitation-owned-story',
    profession: 'junior solicitor',
    source: 'own',
    story: {
      whatHappened:
        'I came within two days of missing a limitation date on a personal injury claim, and we had to issue proceedings in a rush, which cost the client about £900 in extra fees.',
      whyItHappened:
        'I had the date in my own diary but not on the firm’s central key-dates system, and I had stopped checking my diary every morning when things got busy.',
      whatIDid:
        'I told my supervising partner the moment I saw it, we issued the next day, and I explained the extra cost to the client myself and the firm waived it.',
      whatILearned:
        'Every key date now goes on the central system the day the file opens, and I review my list with my supervisor each Monday. That has been three years and forty-odd files.',
      roleConnection: 'Your team carries a high volume of injury claims, where that weekly review really counts.',
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
      'humblebrag',
    ],
  },
  {
    id: 'rvt-hr-manager-policy-vague-defensive-story',
    profession: 'HR manager',
    source: 'own',
    story: {
      whatHappened: 'A grievance I handled ended up at an employment tribunal.',
      whyItHappened:
        'I followed the policy to the letter. The employee was always going to take it further whatever we did, and legal advised us to hold our position.',
      whatIDid: 'The case was settled before the hearing.',
      whatILearned: "I'm honestly not sure I would do anything differently.",
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 'rvt-credit-controller-emails-story-esl',
    profession: 'credit controller',
    source: 'own',
    story: {
      whatHappened:
        'I sent reminder letters for overdue invoices to 60 customers who had already paid, because I used the aged debt report from the week before.',
      whyItHappened:
        'I downloaded the report on Friday and sent the letters on Tuesday without refreshing it. I thought it will be the same.',
      whatIDid:
        'When the first customer called angry, I stopped the rest, checked the list, and I called or emailed all 60 customers myself to apologise the same day.',
      whatILearned: 'I understood that the data must be fresh.',
      roleConnection:
        'In your company I would work with many key accounts, so I understand how careful I must be with them.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: ['blame', 'passive-action', 'vague-failure', 'no-impact', 'missing-part', 'unsafe-failure'],
  },
  {
    id: 'rvt-product-manager-pricing-still-right-story',
    profession: 'product manager',
    source: 'own',
    story: {
      whatHappened:
        'I launched a new pricing tier that we rolled back after six weeks because trial-to-paid conversion fell from 11% to 7%.',
      whyItHappened:
        "Honestly I still think the pricing was right. Sales didn't position it properly and marketing changed the landing page copy at the last minute without asking me.",
      whatIDid: 'I agreed to roll it back once leadership asked.',
      whatILearned: 'To be more assertive with stakeholders about protecting the plan.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-data-scientist-leakage-story',
    profession: 'data scientist',
    source: 'own',
    story: {
      whatHappened:
        'A churn model I built looked excellent in testing and then performed barely better than guessing in production, after the retention team had already planned a quarter of campaigns around it.',
      whyItHappened:
        'I had a feature that was only filled in after a customer cancelled, so the model was seeing the future. I did not do a time-based split, because the random split gave better numbers and I did not question it.',
      whatIDid:
        'I told the head of retention as soon as I understood why, rebuilt the model with a proper time split and gave them a realistic estimate of what it could do before they committed more budget.',
      whatILearned:
        'Anything that looks too good now gets a leakage review with a colleague before it leaves my laptop, and I use time-based splits by default. Two models this year went out with honest numbers that held up.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'vague-failure',
      'humblebrag',
      'unsafe-failure',
    ],
  },
  {
    id: 'rvt-executive-assistant-calendar-casual-story',
    profession: 'executive assistant',
    source: 'own',
    story: {
      whatHappened:
        'double booked my boss with a board call and a flight to Frankfurt, she ended up dialling in from the gate and missed half of it',
      whyItHappened:
        "wasn't really my fault tbh, the travel agent moved the flight and didn't tell me and her other assistant accepted the call",
      whatIDid: 'apologised and rebooked stuff',
      whatILearned: 'learned to check everything twice I guess',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-mortgage-adviser-id-check-story',
    profession: 'mortgage adviser',
    source: 'own',
    story: {
      whatHappened:
        'I submitted a mortgage application without completing the full identity and source-of-deposit checks, and our compliance team picked it up on file review two weeks later.',
      whyItHappened:
        'The client was a friend of a colleague and the completion date was tight, so I took shortcuts I would not have taken with a stranger.',
      whatIDid:
        'I stopped the case, collected the missing documents the same day, and told my compliance manager honestly why I had skipped them. I accepted the file review of my last twenty cases that followed.',
      whatILearned:
        'I treat every client the same now, friends of colleagues included, and I do not submit until the checklist is complete and checked by a second adviser. All my reviewed files since have passed.',
      roleConnection:
        'Your firm is regulated for lending and protection, so that consistency is non-negotiable in this role.',
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
    ],
  },
  {
    id: 'rvt-sdr-indifferent-story',
    profession: 'sales development rep',
    source: 'own',
    story: {
      whatHappened: 'I booked about a third of the meetings I was targeted on for my first quarter.',
      whyItHappened:
        "The product was kind of boring and I didn't really believe in it, so I wasn't that bothered about the calls.",
      whatIDid: 'I moved to a different company after six months.',
      whatILearned: 'That I need to sell something I care about.',
      roleConnection: 'This role is in a product I actually use, so I think it would be different.',
    },
    mustFlag: ['indifference'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'missing-part'],
  },
  {
    id: 'rvt-sdr-disengaged-owned-story',
    profession: 'sales development rep',
    source: 'own',
    story: {
      whatHappened: 'I booked about a third of my meeting target in my first quarter, 22 against 65.',
      whyItHappened:
        "I didn't believe in the product and I let that show: I did the minimum number of calls, used the same script for every sector, and didn't ask my manager for help because I'd half decided to leave. That disengagement was the real failure.",
      whatIDid:
        'After my first review I asked the top rep to let me shadow her for a week, rewrote my openers for the three sectors we sold into and agreed a weekly call target with my manager that I reported on every Friday.',
      whatILearned:
        'If I notice I have stopped caring, I now say it to my manager early rather than coast. In the next two quarters I hit 90% and then 104% of target.',
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
      'humblebrag',
    ],
  },
  {
    id: 'rvt-accounts-payable-fraud-email-story',
    profession: 'accounts payable clerk',
    source: 'own',
    story: {
      whatHappened:
        'I changed a supplier’s bank details after an email that looked like it came from their finance team, and we paid £14,600 to a fraudster.',
      whyItHappened:
        "I'd had the training, but the email came from what looked like their real address and the invoice matched. I skipped the call-back step because the supplier was one we paid every month.",
      whatIDid:
        'When the real supplier chased payment I told my manager within minutes, we called the bank and reported it, and I wrote out a full timeline for the police and our insurer. The bank recovered about half.',
      whatILearned:
        'No bank detail change goes through now without a call to a number we already hold, not one on the email, and a second person signs it off. I also run the fifteen-minute refresher for new starters in our team.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-ux-researcher-only-two-parts-story',
    profession: 'UX researcher',
    source: 'own',
    story: {
      whatHappened:
        'I recruited participants for a banking app study who were all existing power users, so our findings missed every problem new customers had, and the onboarding redesign went out with the same drop-off.',
      whyItHappened:
        'I used the easiest panel we had and did not write a screener, because the deadline was two weeks and I wanted to start.',
      whatIDid: '',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'blame', 'humblebrag', 'vague-cause'],
  },
  {
    id: 'rvt-it-manager-backups-story',
    profession: 'IT manager',
    source: 'own',
    story: {
      whatHappened:
        "I'll give some background first. I was the only IT person at a charity with about sixty staff across three offices. We had backups set up by a contractor before I arrived and I'd inherited them along with everything else. I had a lot of other things on, we were moving to Microsoft 365 that year and the phones were being replaced too. In the end, when a volunteer's laptop got ransomware and it spread to the shared drive, we found the backups had been failing silently for five months, and we lost about three weeks of finance and fundraising files.",
      whyItHappened: 'I never did a test restore. I looked at the green ticks on the dashboard and trusted them.',
      whatIDid:
        'I isolated the network that morning, brought in an incident response firm, reported it to the ICO within the deadline with our data protection lead, and rebuilt the shared drive from the last good backup plus staff email attachments.',
      whatILearned:
        'I do a test restore every month now and log the time it takes. I also moved us to a backup service that alerts by email, not just on a dashboard.',
      roleConnection: '',
    },
    mustFlag: ['opening-too-long', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'blame', 'passive-action', 'no-change-evidence', 'humblebrag'],
  },
];
