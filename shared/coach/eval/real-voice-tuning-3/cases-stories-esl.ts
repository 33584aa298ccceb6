/**
 * Whole stories in second-language English (dropped articles, odd tenses, literal idioms,
 * "kindly", "itself", present for past). The grammar is never the weakness; the labels
 * are about what is said.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const eslStories: EvalCase[] = [
  {
    id: 't3-se-care-assistant-night',
    profession: 'nursing home care assistant',
    source: 'own',
    story: {
      whatHappened:
        'Before in my work in the nursing home, I have a mistake with one of the resident, it was in the night shift.',
      whyItHappened: 'Because that time we are only two staff for 30 residents.',
      whatIDid: 'I inform my senior and she is the one who handle it.',
      whatILearned: 'I learn that always be careful and be patient to the residents.',
      roleConnection: 'I am a caring person so I think I am suitable in this job.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'passive-action', 'generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'indifference', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-se-backend-dev-migration',
    profession: 'backend developer',
    source: 'own',
    story: {
      whatHappened:
        'I merged a database migration that locked the orders table for 12 minutes during the lunch peak, and about 900 orders failed at checkout.',
      whyItHappened:
        'I tested the migration on my local database with small data, and I did not think about the lock on a big table. I did not ask the DBA to review because I thought it is a small change.',
      whatIDid:
        'When the alerts came I asked the on-call to kill the migration, then I wrote a new version that adds the column without the lock, and I ran it at night with the DBA watching.',
      whatILearned:
        'I understand that for big tables I must consider the lock behaviour and test with production-size data.',
      roleConnection: 'Your system also has very big tables and many users at peak time.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
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
    id: 't3-se-electrician-previous-installer',
    profession: 'installation electrician',
    source: 'own',
    story: {
      whatHappened:
        'In one house we install the new consumer unit and after two days the customer call because the RCD trip every night, they have no fridge in the night and they lost food.',
      whyItHappened:
        'The problem was the old wiring of the customer in the garden shed, it was very bad. This is not from our work, the previous electrician make this.',
      whatIDid: 'My boss go there and find the fault.',
      whatILearned: 'That old installations always have surprises.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'defensive-tone', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-se-hotel-receptionist-wrong-key',
    profession: 'hotel receptionist',
    source: 'own',
    story: {
      whatHappened:
        'I gave the key of room 312 to a guest who was in room 213, and he went inside while the other guest was sleeping. Nobody was hurt, but the lady was very scared and she left the hotel the same day.',
      whyItHappened:
        'I was checking in a group of 20 people at the same time, and I wrote the number on the key card holder from memory, I did not look at the screen again. I inverted the numbers.',
      whatIDid:
        'When she called reception I went up with the duty manager, we apologised and moved her to a suite, and I wrote the incident report. The manager refunded her two nights and I called her the next day to apologise again personally.',
      whatILearned:
        'Now I read the room number from the screen aloud to the guest when I give the key, and for groups I prepare the keys with the names before they arrive. In four years it never happened again.',
      roleConnection:
        'Your hotel has many groups and conferences, so I know how fast check-in must be, and how careful.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-se-ward-nurse-fall',
    profession: 'ward nurse',
    source: 'own',
    story: {
      whatHappened:
        'During my night duty one patient fell from the bed and got a cut on the forehead, he needed two stitches.',
      whyItHappened:
        "Actually the bed rails were not raised by the previous shift staff and the patient's attendant also went home without informing. I was managing 12 patients alone so I could not be everywhere.",
      whatIDid: 'I informed the duty doctor, did the dressing and filled the incident form.',
      whatILearned: 'That handover should be done properly by all the staff.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'defensive-tone', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'opening-too-long',
      'passive-action',
    ],
  },
  {
    id: 't3-se-ap-accountant-duplicate',
    profession: 'accounts payable accountant',
    source: 'own',
    story: {
      whatHappened:
        'I paid one supplier invoice two times, 14,300 lei, because it came once by email and once by post and I registered both.',
      whyItHappened:
        'I did not check in the system if the invoice number already exists before I registered the paper one.',
      whatIDid:
        'When I saw it in the supplier reconciliation at the end of the month, I called the supplier and they returned the money the next week. I told my chief accountant.',
      whatILearned: 'I understood that the duplicate check is very important in accounts payable.',
      roleConnection: 'For this position I will process many invoices, so I know this risk.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
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
    id: 't3-se-chef-de-partie-tomorrow',
    profession: 'chef de partie',
    source: 'own',
    story: {
      whatHappened:
        "One evening I forget to take the fish out of the freezer for the next day, so at lunch we don't have sea bass, 15 clients ask for it and we say no.",
      whyItHappened: 'I was tired, long service.',
      whatIDid: 'Nothing, next day I take it out.',
      whatILearned: 'Is kitchen, these things are normal, tomorrow is another day.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'not-learned', 'passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-se-automotive-engineer-thorough',
    profession: 'automotive validation engineer',
    source: 'own',
    story: {
      whatHappened:
        'My biggest failure was probably that I was too thorough. In my last project I tested every component three times more than required, so the validation phase took two weeks longer than planned, but the quality was excellent and we had zero field failures.',
      whyItHappened: 'I have very high quality standards, this is how I was trained in Germany.',
      whatIDid: 'I explained to the project manager why the extra testing was necessary.',
      whatILearned:
        'That sometimes other people do not have the same standards, and I must explain better why quality is important.',
      roleConnection: 'In your company quality is also very important, so I think my standards will fit well.',
    },
    mustFlag: ['humblebrag'],
    mustNotFlag: ['unsafe-failure', 'self-flagellating', 'indifference', 'missing-part', 'opening-too-long'],
  },
  {
    id: 't3-se-pharmacy-assistant-afraid',
    profession: 'pharmacy counter assistant',
    source: 'own',
    story: {
      whatHappened:
        'I gave a customer the wrong strength of paracetamol syrup for his baby, the 250 instead of the 120. The pharmacist saw it when she did the counselling and she changed it before he left.',
      whyItHappened: 'The two boxes are the same colour and I took it from the shelf without reading the strength.',
      whatIDid:
        'I apologised to the customer and to the pharmacist, and then I was crying in the back room, I felt I am a danger for the patients.',
      whatILearned:
        'Until now I am afraid every time I give a medicine for children, I check five times and still I am scared. Maybe I am not good for this job.',
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
    mustNotFlag: [
      'unsafe-failure',
      'vague-failure',
      'blame',
      'defensive-tone',
      'humblebrag',
      'indifference',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-se-warehouse-supervisor-overtime',
    profession: 'warehouse supervisor',
    source: 'own',
    story: {
      whatHappened:
        "I approved overtime for my team on four Saturdays without checking the budget, and we overspent the quarter's labour budget by about 18%, which the operations manager only found in the monthly report.",
      whyItHappened:
        'I was focused on clearing the backlog and I assumed the overtime was covered because my predecessor always did it. I did not ask.',
      whatIDid:
        'I went to the operations manager immediately the report came out and accepted it was my decision, and together we reworked the rota for the next quarter so we could clear the backlog with earlier starts instead of Saturday overtime.',
      whatILearned:
        'Since then I check the labour budget every Friday before I approve any overtime, and I copy the operations manager on every overtime request. We came in under budget for the next three quarters.',
      roleConnection: 'Your site is growing fast, and overtime decisions will come up every week.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-se-primary-teacher-inhaler',
    profession: 'Year 4 teacher',
    source: 'own',
    story: {
      whatHappened:
        'In my first year in England my Year 4 class went on a trip to the museum and I forgot the medical bag with the inhaler of one child with asthma. We realised at the museum, and the school sent a TA with the bag by taxi, 45 minutes later.',
      whyItHappened: 'It was a combination of many things that day, the new system and the stress of the first trip.',
      whatIDid:
        'I called the school office as soon as we noticed, and I stayed next to the child the whole time until the bag arrived.',
      whatILearned: 'I learned that the medical bags are the priority on every trip.',
      roleConnection: 'I am applying for a Year 4 class again, and trips are part of the curriculum.',
    },
    mustFlag: ['vague-cause', 'no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'not-learned',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-se-bank-teller-camera',
    profession: 'bank teller',
    source: 'own',
    story: {
      whatHappened:
        'When I work in a bank in Ho Chi Minh City, I have one problem with the cash at the end of the day.',
      whyItHappened: 'Maybe I count wrong.',
      whatIDid: 'After, the supervisor check the camera and the problem is fixed.',
      whatILearned: 'I learn to be more careful with money.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long', 'blame'],
  },
  {
    id: 't3-se-project-engineer-rebar-cover',
    profession: 'construction project engineer',
    source: 'own',
    story: {
      whatHappened:
        'I approved the rebar drawings for a basement wall with the wrong concrete cover, 25 mm instead of 50, and it was poured like that; the structural engineer found it at inspection and we had to add a protective coating to 60 metres of wall, about 14,000 euro and one week.',
      whyItHappened:
        'I checked the bar sizes and spacing but not the cover, because on the previous project the cover was 25 and I did not read the new specification for below-ground walls.',
      whatIDid:
        'When the engineer reported it I told the site manager it was my approval, prepared the remedial proposal with the engineer the same week, and checked every other drawing I approved on that project; two more walls were not yet poured and I corrected them.',
      whatILearned:
        'Now I use a checklist from the specification for every drawing approval, and cover is the first line. On the next project I trained the two junior engineers with it.',
      roleConnection:
        'Your projects have many basements and below-ground structures, so cover will be in every approval.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-se-call-agent-hold',
    profession: 'contact centre agent',
    source: 'own',
    story: {
      whatHappened:
        'I put a customer on hold and forgot him for 25 minutes, then the call dropped and he complained on social media, it became a little bit viral.',
      whyItHappened: 'I was chatting with my teammate about the schedule.',
      whatIDid: 'My team leader handled the complaint.',
      whatILearned: 'Not really, honestly it happens to everybody in the call centre.',
      roleConnection: '',
    },
    mustFlag: ['passive-action', 'not-learned', 'indifference', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'blame'],
  },
  {
    id: 't3-se-dental-hygienist-history',
    profession: 'dental hygienist',
    source: 'own',
    story: {
      whatHappened:
        "I did not update a patient's medical history at her appointment, and she had started a blood thinner.",
      whyItHappened:
        "She said 'no changes' at reception and I did not ask again in the chair, because we were running late.",
      whatIDid:
        'When the dentist saw the new prescription in a hospital letter two weeks later, I called her to apologise and we updated the record together on the phone.',
      whatILearned:
        'Now I ask every patient in the chair about new medicines, even if reception already asked, and I write the date I asked in the notes.',
      roleConnection: 'Your clinic has many older patients, and many take blood thinners.',
    },
    mustFlag: ['no-impact'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-se-personal-trainer-embarrassed',
    profession: 'personal trainer',
    source: 'own',
    story: {
      whatHappened:
        'I programmed deadlifts too heavy for a new client in her second week, 60 kg when she was ready for maybe 40, and she strained her lower back and could not train for three weeks.',
      whyItHappened:
        'She was strong on the other exercises and I followed my excitement, not the progression plan I wrote for her.',
      whatIDid:
        'I was so embarrassed, but I called her the same day, stopped the deadlifts, asked a physio friend to look at her, and did not charge her for the next four sessions.',
      whatILearned:
        'Now I never increase more than 10% a week for new clients, even when they look strong, and I write the weights in the app so the client sees the plan too.',
      roleConnection: 'Your gym has many beginners in the small group classes, so progression is very important.',
    },
    mustFlag: [],
    mustNotFlag: [
      'self-flagellating',
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-se-postdoc-mycoplasma',
    profession: 'postdoctoral research scientist',
    source: 'own',
    story: {
      whatHappened:
        'In my postdoc I lost six months of cell line work because the cells were contaminated with mycoplasma, and we had to throw away all the stocks and repeat the experiments for the paper.',
      whyItHappened: 'Contamination is a common problem in all labs, it can come from anywhere.',
      whatIDid: 'The lab manager organised new cells from the supplier and everything was started again.',
      whatILearned: 'That contamination is a big risk in cell culture.',
      roleConnection: 'I have strong experience in cell culture.',
    },
    mustFlag: ['vague-cause', 'passive-action'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
    ],
  },
  {
    id: 't3-se-truck-mechanic-caliper',
    profession: 'truck mechanic',
    source: 'own',
    story: {
      whatHappened:
        'I changed the brake pads on a delivery truck and forgot to torque one caliper bolt, and the driver heard a noise after 20 km and came back. Nobody was hurt, but the truck was off the road for a day and the disc was damaged, a 400 euro part.',
      whyItHappened:
        'I was called to another job in the middle, and when I came back I continued from the wrong step. I did not use the job sheet, I worked from memory.',
      whatIDid:
        'When he came back I stopped the truck immediately, checked all four corners myself, replaced the disc, and told the workshop manager it was my mistake before he asked.',
      whatILearned:
        'Now if I am interrupted I start again from the beginning of the job sheet, and I mark every torque on the sheet with my initials. The manager made this the rule for all brake jobs.',
      roleConnection: 'Your workshop does fleet maintenance with a lot of interruptions, so I know this situation.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-se-housekeeping-supervisor-slow',
    profession: 'housekeeping supervisor',
    source: 'own',
    story: {
      whatHappened:
        'A VIP guest arrived and the room was not ready, he waited 40 minutes in the lobby, and the general manager was very angry.',
      whyItHappened:
        'My room attendant was slow that day, she is always slow, I told the manager many times we need better staff.',
      whatIDid: 'I cleaned the room myself in the end.',
      whatILearned: 'That I need better people in my team.',
      roleConnection: 'I am a very strict supervisor, I will make sure the standards are high.',
    },
    mustFlag: ['blame', 'not-learned'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
      'passive-action',
    ],
  },
  {
    id: 't3-se-it-pm-escalation',
    profession: 'IT delivery manager',
    source: 'own',
    story: {
      whatHappened:
        'In my previous assignment, the go-live of one module for a UK insurance client got delayed and there was an escalation from the client side.',
      whyItHappened: "There were some dependencies on the client's infra team.",
      whatIDid: 'I had multiple calls with the stakeholders and we managed to do the go-live in the next sprint.',
      whatILearned: 'Proper stakeholder management and communication are very critical for project success.',
      roleConnection: 'I will bring these learnings to your organisation.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'missing-part'],
  },
];
