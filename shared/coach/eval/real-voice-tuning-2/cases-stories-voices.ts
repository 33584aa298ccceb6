/** Whole answers in second-language English and casual forum voice. */
import type { EvalCase } from '../eval-case';

export const voiceStories: EvalCase[] = [
  {
    id: 'rvt-civil-engineer-drawings-story-esl',
    profession: 'site engineer',
    source: 'own',
    story: {
      whatHappened:
        'In my previous company in India I issued the setting-out for a column grid from the old revision of the drawing, and eight footings were cast 300mm out of position. We had to break them and recast, about ten days delay.',
      whyItHappened:
        'I printed the drawings on Monday and did not check the register before setting out on Thursday. The new revision came on Wednesday by email and I did not open it because I was on site full day.',
      whatIDid:
        'When the surveyor found it I informed my project manager the same hour, stopped the concreting of the next footings and prepared a recovery plan with the contractor. I also explained to the client representative that the mistake was from our side.',
      whatILearned:
        'Now before any setting-out I check the drawing register on the day, not the printed copy, and I write the revision number on the setting-out sheet. I did this in my last two projects and we had no repeat.',
      roleConnection:
        'Your company is doing fast-track commercial buildings where drawings change often, so this check is very useful there.',
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
    ],
  },
  {
    id: 'rvt-nurse-aide-blame-story-esl',
    profession: 'nursing aide',
    source: 'own',
    story: {
      whatHappened: 'One patient in my ward had pressure sore on the heel which became worse during one week.',
      whyItHappened:
        'The night staff did not turn him as they should, and the family also did not want the special mattress because it was noisy. In the day I always did my part.',
      whatIDid: 'I informed the nurse and she called the tissue viability team.',
      whatILearned: 'Every shift must do their job, not only some people.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-hr-assistant-payslips-story-esl',
    profession: 'HR assistant',
    source: 'own',
    story: {
      whatHappened:
        'I sent payslips by email to 40 employees, but the mail merge was wrong and each person received the payslip of the next person in the list.',
      whyItHappened:
        'I changed the order of the Excel list after I prepared the merge and I did not do a test to myself before sending.',
      whatIDid:
        'I am very sorry to say that I was panic and I did not tell my manager until next morning, I hoped people will not open it in the evening.',
      whatILearned: 'I learned that I must always test before sending. I am still worried every time I press send.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'blame', 'indifference', 'vague-failure'],
  },
  {
    id: 'rvt-restaurant-owner-perfect-story-esl',
    profession: 'restaurant owner',
    source: 'own',
    story: {
      whatHappened:
        'My failure maybe is that I want everything perfect. When I opened my second restaurant I did all myself, the menu, the decoration, the staff training.',
      whyItHappened: 'Because nobody can do it with the same passion as me, this is the truth.',
      whatIDid: 'I worked eighteen hours per day for three months until it was running perfect.',
      whatILearned: 'I learned that I must trust my team more.',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'self-flagellating', 'indifference'],
  },
  {
    id: 'rvt-accountant-vat-germany-story-esl',
    profession: 'accountant',
    source: 'own',
    story: {
      whatHappened:
        'I filed a quarterly VAT return for a client with the reverse charge on EU services booked wrong, and the tax office sent a correction with 1,200 euro interest.',
      whyItHappened:
        'I was new with this client and I used the booking rules from my previous company without checking his contracts. I assumed all services were domestic.',
      whatIDid:
        'I explained the error to my manager and to the client on the same day, prepared the corrected return and proposed that our firm pays the interest, which my manager accepted.',
      whatILearned:
        'For every new client I now read the main contracts before the first return and I make a list of cross-border services. I did this for six new clients since and all returns were correct.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-it-support-generic-story-esl',
    profession: 'IT helpdesk analyst',
    source: 'own',
    story: {
      whatHappened: 'Once I closed a ticket of a user before the problem was really fixed.',
      whyItHappened: 'There was a lot of tickets that day and the target was very high.',
      whatIDid: 'The ticket was reopened and it was resolved later.',
      whatILearned: 'I learned that customer satisfaction is more important than numbers.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 'rvt-kitchen-porter-chemicals-story-esl',
    profession: 'kitchen porter',
    source: 'own',
    story: {
      whatHappened:
        'I put oven cleaner in an unlabelled spray bottle and a new commis used it on the stainless steel prep table, next to the salad.',
      whyItHappened:
        'The original bottle was leaking so I changed it, and I thought I will write the label later. I forgot.',
      whatIDid:
        'When I saw, I told the sous chef immediately. We threw away all the salad and the prep from that table, cleaned it twice, and I wrote the label and told all the team what was in the bottle.',
      whatILearned:
        'Now I never decant a chemical without labelling it first, and I asked the manager to order proper labelled bottles. They arrived the next week and we use them always.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
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
    id: 'rvt-warehouse-lad-stock-casual-story',
    profession: 'warehouse operative',
    source: 'own',
    story: {
      whatHappened:
        'put away a whole trailer of stock in the wrong locations one night, like 26 pallets, pickers couldnt find anything next morning',
      whyItHappened:
        "wasn't really my fault, the RF gun kept freezing and team leader said just put it anywhere and scan later",
      whatIDid: 'helped find them next day',
      whatILearned: 'always scan as you go I guess',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-sound-engineer-gig-casual-story',
    profession: 'live sound engineer',
    source: 'own',
    story: {
      whatHappened:
        "headline band's vocal mic died 2 songs in at a 900 cap gig and it took me nearly 4 mins to get a spare patched. crowd was not happy",
      whyItHappened:
        "I hadn't put a spare vocal mic on a live channel at soundcheck, which is like basic stuff. I was running late and skipped it",
      whatIDid:
        'got a spare on the spare channel, apologised to the band after, and told the promoter it was my call that caused the gap',
      whatILearned:
        'every show now has a hot spare for lead vocal on its own channel, ready to go. done that for about 60 shows since and used it twice',
      roleConnection: 'your venue does 4-5 shows a week so that kind of routine is exactly what keeps things going',
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
    ],
  },
  {
    id: 'rvt-carer-agency-didnt-care-casual-story',
    profession: 'agency care worker',
    source: 'own',
    story: {
      whatHappened: "didn't do the fluid chart for a resident for a whole shift",
      whyItHappened:
        "tbh I wasn't that bothered, it was my first and last shift at that home, agency sent me there as a one off",
      whatIDid: 'nothing really, found out later from the agency that the home complained',
      whatILearned: '',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'missing-part', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 'rvt-esports-coach-self-flag-casual-story',
    profession: 'esports coach',
    source: 'own',
    story: {
      whatHappened:
        'my team got knocked out of the regional qualifier 2-0 by a team we should have beaten, cost us the sponsor bonus',
      whyItHappened:
        "I changed our strats the week before because I got cocky after scrims went well, and the players didn't have time to learn them",
      whatIDid: 'owned it in the team call afterwards, said the strat change was on me',
      whatILearned:
        "honestly I still think about it every day, I feel like a fraud calling myself a coach and I'm terrified of the next qualifier",
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'indifference', 'vague-failure'],
  },
  {
    id: 'rvt-courier-photo-casual-story',
    profession: 'parcel courier',
    source: 'own',
    story: {
      whatHappened:
        'marked a parcel as delivered and left it behind a bin cos nobody answered, and it got nicked. customer had to wait 2 weeks for a replacement laptop',
      whyItHappened:
        "I was 40 drops behind and just wanted it off the van. didn't take a proper photo or try a neighbour",
      whatIDid: "depot manager called me in, I told him straight what I'd done and I rang the customer to apologise",
      whatILearned:
        "now if nobody's in it goes to a neighbour or back on the van, no bins. and the photo has to show the door number. had zero 'not received' claims in the last 6 months",
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
    id: 'rvt-merch-seller-vague-casual-story',
    profession: 'market stall trader',
    source: 'own',
    story: {
      whatHappened: 'had a rough patch with the stall a while back',
      whyItHappened: 'just one of those things',
      whatIDid: 'rode it out',
      whatILearned: 'you gotta keep going no matter what',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'vague-cause', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'opening-too-long', 'unsafe-failure'],
  },
  {
    id: 'rvt-snowboard-instructor-casual-story',
    profession: 'snowboard instructor',
    source: 'own',
    story: {
      whatHappened:
        'took a beginner group onto a red run on day 2 because they were keen, one of them fell and dislocated her shoulder',
      whyItHappened:
        'they were all begging to go up and I wanted them to like me, so I ignored the progression plan. my call',
      whatIDid:
        'called ski patrol, stayed with her till the blood wagon came, went to the clinic after her lesson group was sorted with another instructor, and wrote the incident report that night',
      whatILearned:
        'I stick to the progression plan now no matter how keen people are, and I tell groups on day 1 what they need to show me before a red. no injuries in my groups the last two seasons',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure'],
  },
];
