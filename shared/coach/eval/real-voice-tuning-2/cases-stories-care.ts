/** Whole answers from health, care, childcare and education, in many voices. */
import type { EvalCase } from '../eval-case';

export const careStories: EvalCase[] = [
  {
    id: 'rvt-midwife-ctg-escalation-story',
    profession: 'community midwife',
    source: 'own',
    story: {
      whatHappened:
        'At a home birth I waited about forty minutes longer than I should have before calling for transfer when the baby’s heart rate was dipping after contractions.',
      whyItHappened:
        'The mother really wanted to stay at home and I let that pull on my judgement. I kept telling myself the next contraction would look better, instead of following the escalation criteria I knew.',
      whatIDid:
        'When I did call, I rang the ambulance and the labour ward coordinator together, explained clearly to the parents why we were going, and handed over in person. Afterwards I asked my supervisor for a debrief and wrote a reflection for my revalidation.',
      whatILearned: 'I learned that I need to escalate on the criteria, not on how the room feels.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'humblebrag', 'vague-failure'],
  },
  {
    id: 'rvt-care-coordinator-visits-missed-story-esl',
    profession: 'home care coordinator',
    source: 'own',
    story: {
      whatHappened:
        'Two of our clients did not get their lunchtime visit for three days, because I did not put them back on the rota after their hospital stay.',
      whyItHappened:
        'The system removes clients when they go to hospital, and when the hospital called to say they are home, I wrote it in my notebook but not in the system. This was my mistake.',
      whatIDid:
        'When the daughter of one client called, I checked both clients the same hour, I sent carers immediately, and I visited the two families myself to apologise. I reported it to my manager and to the local authority as we must.',
      whatILearned:
        'Now I never write discharge calls in a notebook, I put them in the system while I am on the phone. Every Friday I also compare the hospital list with the rota. Since this we had around twenty discharges and no missed visit.',
      roleConnection:
        'Your agency works with the hospital discharge team every day, so I know how important this step is for you.',
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
      'no-impact',
    ],
  },
  {
    id: 'rvt-hca-obs-by-the-book-story',
    profession: 'healthcare assistant',
    source: 'own',
    story: {
      whatHappened:
        "A patient's blood pressure was low on my obs round and the nurse didn't see it until two hours later.",
      whyItHappened:
        "I'd done everything by the book. I wrote it on the chart like we're supposed to. It's not my job to chase the nurses, they're meant to check the charts.",
      whatIDid: 'I carried on with the round.',
      whatILearned: 'Not really sure what I could have done differently, I followed the process.',
      roleConnection: '',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-hca-obs-escalated-story',
    profession: 'healthcare assistant',
    source: 'own',
    story: {
      whatHappened:
        "I recorded a low blood pressure on a patient's chart and went on with my round instead of telling the nurse, and she didn't see it for two hours.",
      whyItHappened:
        "I'd written it down properly, but I assumed writing it down was enough. I didn't know the early warning score meant I should say it out loud to someone, and I didn't ask.",
      whatIDid:
        'When I realised, I went straight to the nurse in charge and told her what I had seen and when. She reviewed the patient and called the doctor, and I asked her afterwards to go through the escalation chart with me.',
      whatILearned:
        'Anything that scores on the chart now gets said to a nurse face to face before I move to the next bed. I keep the score card in my pocket, and I showed it to the two new HCAs on my ward.',
      roleConnection: 'This is an acute medical ward, so that habit is one I would use every shift.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'defensive-tone',
      'blame',
      'not-learned',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rvt-nursery-manager-ratio-owned-story',
    profession: 'nursery manager',
    source: 'own',
    story: {
      whatHappened:
        'During an Ofsted inspection we were found out of ratio in the baby room for about twenty minutes, and our grade dropped from good to requires improvement.',
      whyItHappened:
        'Two staff were off sick, which happens, but I had built the lunch-break rota with no slack at all. I had known for months that one absence would break it and I kept putting off the fix because agency cover is expensive.',
      whatIDid:
        'I owned it in the feedback meeting, told parents in a letter the same week what had happened and what we were changing, and moved a room leader into a floating role from the next Monday.',
      whatILearned:
        'We now have a floater on every shift, paid for by cutting one agency day a week, and I check ratios against the sickness log every morning. We were re-inspected eight months later and went back to good.',
      roleConnection:
        'You run three settings with shared staff, and that floating role is something I would want to look at across all three.',
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
      'no-impact',
    ],
  },
  {
    id: 'rvt-dentist-consent-story',
    profession: 'associate dentist',
    source: 'own',
    story: {
      whatHappened:
        'I extracted a tooth for a patient without written consent, only verbal, and she later complained that she had not understood she could have kept it with a root canal.',
      whyItHappened: 'The list was running late and I skipped the consent form. Everyone does it on busy days.',
      whatIDid: 'The practice manager dealt with the complaint and the patient was offered a refund.',
      whatILearned: 'Paperwork matters.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-senco-reports-late-story',
    profession: 'SENCo',
    source: 'own',
    story: {
      whatHappened:
        'I submitted three EHCP annual review reports to the local authority after the statutory deadline, and one family’s review had to be rescheduled, which delayed their child’s move to a specialist placement by a term.',
      whyItHappened:
        "I was covering two classes that half term as well, and honestly the local authority's own timescales are a joke, they're late all the time and nobody says anything to them.",
      whatIDid: 'I finished the reports as soon as the cover ended and sent them in.',
      whatILearned: "I learned you can't do two jobs at once.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-pe-teacher-football-injury-story-casual',
    profession: 'PE teacher',
    source: 'own',
    story: {
      whatHappened: 'kid broke his wrist in a year 9 football lesson when the goal wasnt weighted down and it tipped',
      whyItHappened:
        "site team are meant to check the goals, it's literally on their list. i'd also only been at the school a month",
      whatIDid: 'first aid, called parents, filled in the accident form',
      whatILearned: 'freak accident really. those things happen in PE',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-occupational-therapist-home-visit-story',
    profession: 'occupational therapist',
    source: 'own',
    story: {
      whatHappened:
        'I recommended a perching stool for a patient’s kitchen that was too high for her, and her discharge was delayed by four days while we swapped it.',
      whyItHappened:
        'I measured her on the ward chair and not in standing at her own worktop, because the home visit ran short.',
      whatIDid:
        'I went back out with the right stool, measured her properly at home, and told the ward team and her son the delay was down to my assessment.',
      whatILearned: 'I learned that the home environment should always come first in an assessment.',
      roleConnection: '',
    },
    mustFlag: ['no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'passive-action', 'vague-failure', 'no-impact', 'self-flagellating'],
  },
  {
    id: 'rvt-paramedic-handover-self-blame-story',
    profession: 'paramedic',
    source: 'own',
    story: {
      whatHappened:
        'At a busy A&E handover I forgot to mention that my patient had been given aspirin on scene, and the team almost gave him a second dose.',
      whyItHappened:
        'There were five crews queueing and I rushed the handover from memory instead of from the patient report form.',
      whatIDid:
        'The nurse asked me as I was leaving and I corrected it on the spot. But I kept replaying it for weeks. I felt like a danger to people and I nearly handed my notice in.',
      whatILearned: "I'm honestly still scared every time I hand over. I don't trust my memory at all any more.",
      roleConnection: '',
    },
    mustFlag: ['self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'indifference', 'humblebrag', 'vague-failure'],
  },
  {
    id: 'rvt-youth-worker-trip-consent-story',
    profession: 'youth worker',
    source: 'own',
    story: {
      whatHappened:
        'I took a group of twelve teenagers to a climbing wall and found out on the day that two of them had no signed parental consent.',
      whyItHappened: 'I had delegated consent forms to a volunteer and never checked the pile myself before we left.',
      whatIDid:
        'I phoned both sets of parents from the car park; one gave consent by text and the other asked us to bring her son back, so a second leader drove him home.',
      whatILearned:
        'I now check every consent form myself the day before and take photos of them. Since then we have run nine trips without a gap.',
      roleConnection: 'Your project runs a trip every half term, so this is a check I would own from the start.',
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
      'humblebrag',
      'self-flagellating',
    ],
  },
  {
    id: 'rvt-lecturer-marking-vague-story',
    profession: 'college lecturer',
    source: 'own',
    story: {
      whatHappened: 'I had a bad term with my marking once.',
      whyItHappened: 'It was a perfect storm really, lots going on.',
      whatIDid: 'Things got back on track by the end of the year.',
      whatILearned: 'I learned to manage my time more effectively.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'vague-cause', 'passive-action', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'opening-too-long', 'unsafe-failure'],
  },
  {
    id: 'rvt-radiographer-wrong-side-caught-story-esl',
    profession: 'diagnostic radiographer',
    source: 'own',
    story: {
      whatHappened:
        'I set up an X-ray of the left knee when the request was for the right knee. The patient said "it is the other one" before I made the exposure, so nothing happened to her, but I was very shocked.',
      whyItHappened:
        'I read the request on the screen too fast and I did not ask the patient to tell me which side, I told her.',
      whatIDid:
        'I stopped, apologised, checked the request again with her and did the correct side. After, I told my superintendent and reported it as near miss.',
      whatILearned:
        'Now I always ask the patient to point to the side and say it, I do not say it for them. I shared the near miss in our team meeting so the students also learn it.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'unsafe-failure',
      'blame',
      'passive-action',
      'no-change-evidence',
      'self-flagellating',
      'vague-failure',
    ],
  },
  {
    id: 'rvt-childminder-humblebrag-story',
    profession: 'childminder',
    source: 'own',
    story: {
      whatHappened:
        'I think my failure is that I give too much of myself. Parents always ask if I can take their kids for extra hours and I can never say no.',
      whyItHappened: "I just love the children too much. I'd rather be tired than let a family down.",
      whatIDid: 'My partner told me I needed a day off so I took a Sunday.',
      whatILearned: 'I have to set boundaries, even though it is hard when you care this much.',
      roleConnection: '',
    },
    mustFlag: ['humblebrag', 'no-role-connection'],
    mustNotFlag: ['unsafe-failure', 'blame', 'indifference'],
  },
];
