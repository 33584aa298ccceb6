/**
 * More second-language answers, as single parts and whole stories, covering the same kinds
 * and near misses as the rest of the set.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const eslVoiceCases: EvalCase[] = [
  {
    id: 't3-ev-open-vague-reservation',
    profession: 'hotel reservations clerk',
    source: 'own',
    part: 'whatHappened',
    text: 'In my last job in the hotel I had one situation with a reservation of an important client, it was in August, high season.',
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: ['opening-too-long', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-ev-cause-many-factors',
    profession: 'logistics analyst',
    source: 'own',
    part: 'whyItHappened',
    text: 'It was many factors, the pressure, the system, the team, everything together.',
    mustFlag: ['vague-cause'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-ev-cause-worktop-owned',
    profession: 'kitchen fitter',
    source: 'own',
    part: 'whyItHappened',
    text: 'I did not measure the wall again before I cut the worktop, I used the measure from the drawing, and the wall was not straight.',
    mustFlag: [],
    mustNotFlag: ['vague-cause', 'blame', 'defensive-tone'],
  },
  {
    id: 't3-ev-did-supervisor-solved',
    profession: 'department store sales assistant',
    source: 'own',
    part: 'whatIDid',
    text: 'The supervisor solved the problem with the client and after it was ok.',
    mustFlag: ['passive-action'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-ev-did-express-part',
    profession: 'online electronics seller',
    source: 'own',
    part: 'whatIDid',
    text: 'I called the customer the same afternoon, I explained that it was my mistake, I sent the correct part by express, and I paid the shipping from my own bonus.',
    mustFlag: [],
    mustNotFlag: ['passive-action', 'indifference', 'self-flagellating'],
  },
  {
    id: 't3-ev-learn-generic-careful',
    profession: 'software support engineer',
    source: 'own',
    part: 'whatILearned',
    text: 'I learnt that one should always be very careful and have good communication with the team members.',
    mustFlag: ['generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-ev-learn-change-medicines',
    profession: 'care home nurse',
    source: 'own',
    part: 'whatILearned',
    text: 'Since this time, each evening before I leave I check the list of medicines for the next morning together with the night nurse, and we both sign. For one year now it is like this.',
    mustFlag: [],
    mustNotFlag: ['no-change-evidence', 'not-learned', 'generic-lesson'],
  },
  {
    id: 't3-ev-learn-nothing-special',
    profession: 'structural engineer',
    source: 'own',
    part: 'whatILearned',
    text: 'I think I did everything correctly, so I cannot say I learned something special.',
    mustFlag: ['not-learned'],
    mustNotFlag: ['generic-lesson', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 't3-ev-open-not-really-mine',
    profession: 'freight forwarder',
    source: 'own',
    part: 'whatHappened',
    text: 'I must say it was not really a failure from me, the client gave the wrong information, but officially it was on my name.',
    mustFlag: ['defensive-tone'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-ev-open-formula-unsafe',
    profession: 'nursery nurse',
    source: 'own',
    part: 'whatHappened',
    text: 'I gave the wrong milk formula to one baby in the nursery, the one with allergy to cow milk. He vomited and got a rash, and we called the parents and the doctor.',
    mustFlag: ['unsafe-failure'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'opening-too-long'],
  },
  {
    id: 't3-ev-night-filler-only-milk',
    profession: 'supermarket night filler',
    source: 'own',
    story: {
      whatHappened:
        'I put the new milk in front of the old milk on the shelf, so the old one expired and the store threw away around 200 bottles.',
      whyItHappened: 'It was faster like this.',
      whatIDid: 'Nothing, the manager told me.',
      whatILearned: 'It is only milk, the company is very big, it is not a problem for them.',
      roleConnection: '',
    },
    mustFlag: ['indifference', 'passive-action', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'blame',
    ],
  },
  {
    id: 't3-ev-vet-surgeon-dose',
    profession: 'veterinary surgeon',
    source: 'own',
    story: {
      whatHappened:
        'I sent a dog home after a spay with a painkiller dose calculated for 30 kg, but she was 13 kg. The owner called the next day because she was vomiting and very quiet, and we treated her on a drip for two days for NSAID toxicity. She recovered.',
      whyItHappened:
        'The owner has two dogs, and I opened the record of the bigger one. I did not weigh her on the day because she was weighed at the pre-op check, and I did not look at that number.',
      whatIDid:
        'I told the owner on the phone exactly what happened, admitted the dog the same hour, and we did not charge for the treatment. I reported it to our clinical director and we discussed it at the practice meeting.',
      whatILearned:
        'Now every animal is weighed on the day before any drug, and I write the weight on the prescription myself. We also changed the system so that records of two animals with the same owner show the photo.',
      roleConnection: 'Your hospital does many routine surgeries every day, so the weight check is in every case.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ev-tester-short-time',
    profession: 'software tester',
    source: 'own',
    story: {
      whatHappened: 'In my company one release had a bug that I did not find.',
      whyItHappened: 'Because the time for testing was short.',
      whatIDid: 'The developer fixed it in the hotfix.',
      whatILearned: 'I learned the importance of testing carefully.',
      roleConnection: 'I am a careful tester.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'passive-action', 'generic-lesson'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-ev-gardener-hedge',
    profession: 'jobbing gardener',
    source: 'own',
    story: {
      whatHappened:
        'I cut a hedge for a client too low, one metre instead of two. It was her privacy hedge, and now the neighbours can see everything; it needs maybe three years to grow back.',
      whyItHappened: 'I did not ask her the height before I started. I thought everybody wants it short and tidy.',
      whatIDid:
        'I told her it was my mistake, I did not take money for the job, and I offered to put a bamboo screen on the fence until the hedge grows. I did it the next week at my cost.',
      whatILearned:
        'Now before I cut anything I ask the client to show me the height with their hand, and I write it in my phone with a photo.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 't3-ev-hospital-domestic-not-my-job',
    profession: 'hospital domestic',
    source: 'own',
    story: {
      whatHappened:
        'The infection control team found that a side room I cleaned after an isolation patient was not cleaned with the chlorine solution, and the next patient was moved in before it was cleaned again.',
      whyItHappened:
        'The supervisor gave me the normal detergent trolley and did not tell me it was an isolation room. It is not my job to know which rooms are isolation.',
      whatIDid: 'The room was cleaned again by the rapid response team.',
      whatILearned: 'The supervisors must give clear information.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'defensive-tone', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-ev-tour-guide-bus-time',
    profession: 'tour guide',
    source: 'own',
    story: {
      whatHappened:
        'I told a group of 30 tourists the wrong time to come back to the bus in Salzburg, 15:00 instead of 14:30.',
      whyItHappened: 'I changed the plan that morning because of a street closure, and I said the old time from habit.',
      whatIDid:
        'When I saw only half the group at the bus at 14:30, I called the others through the WhatsApp group and went to the square to collect them.',
      whatILearned:
        'I understood that when I change the plan I must write the new time in the group chat, not only say it.',
      roleConnection: 'Your tours have many changes because of the city events, so I know this situation.',
    },
    mustFlag: ['no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
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
];
