/**
 * Real-voice stories, education: classroom teachers, assistants, tutors, lecturers,
 * students, coaches.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesD: EvalCase[] = [
  {
    id: 'rv-teacher-students-not-getting-it',
    profession: 'maths teacher',
    source: 'own',
    story: {
      whatHappened: 'My first year teaching Year 9 maths, about a third of my class failed the end of term assessment.',
      whyItHappened:
        "The students just weren't getting it, a lot of them hadn't been taught the basics properly in Year 8 and behaviour in that group was awful.",
      whatIDid: 'I set extra homework and kept a few of them back at lunch.',
      whatILearned: 'I learned a lot about patience.',
    },
    mustFlag: ['blame', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'missing-part',
      'self-flagellating',
      'opening-too-long',
      'indifference',
    ],
  },
  {
    id: 'rv-teacher-routines-first-lesson',
    profession: 'English teacher',
    source: 'own',
    story: {
      whatHappened:
        'In my first year I lose a Year 10 English class completely in the first half-term; by October a quarter of them have stopped handing in homework and my head of department is sitting in on every lesson.',
      whyItHappened:
        "I'd planned beautiful lessons and skipped the boring bit — routines. I never taught them how I wanted them to come in, sit, start. So every lesson starts with five minutes of me negotiating.",
      whatIDid:
        "I ask my head of department if I can watch two experienced teachers with the same group, and I copy their entry routine almost word for word. I restart the class after half-term with a seating plan and a starter task on the board every single lesson, and I phone the parents of the six who'd stopped handing work in.",
      whatILearned:
        "So now, the first time I meet a class I spend the whole lesson on routines — where to sit, how to start, what happens when they finish — before I teach any content. I've done that with eleven classes since, and I haven't had to rescue one.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-teaching-assistant-park-headcount',
    profession: 'teaching assistant',
    source: 'own',
    story: {
      whatHappened:
        'When I was teaching assistant in a primary school, I counted the children wrong after the park trip and one boy stayed behind in the park for 20 minutes before a parent found him and brought him to the school.',
      whyItHappened:
        'I counted heads in the line instead of checking the names with the list, and two children swapped groups.',
      whatIDid:
        "I told the class teacher and the head immediately when the parent arrived. I helped to call the boy's mother and I wrote the incident form the same afternoon.",
      whatILearned:
        'After that day I always do the name check from the register at every place we leave, not the head count, and I ask a second adult to do it also. We did many trips after that without any problem.',
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
      'self-flagellating',
      'indifference',
    ],
  },
  {
    id: 'rv-tutor-chemistry-grade',
    profession: 'private tutor',
    source: 'own',
    story: {
      whatHappened: "one time a student i tutored for her A level chemistry got a D and she'd been predicted a B",
      whyItHappened: '',
      whatIDid: '',
      whatILearned: 'it taught me that everyone learns differently and you have to adapt',
    },
    mustFlag: ['missing-part', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'opening-too-long', 'humblebrag', 'unsafe-failure'],
  },
  {
    id: 'rv-lecturer-unsolvable-question',
    profession: 'university lecturer',
    source: 'own',
    story: {
      whatHappened:
        "I set a second-year statistics exam with a question that couldn't be solved as written — I'd changed one value in the final edit — and 140 students spent up to 20 minutes on it before an invigilator raised it.",
      whyItHappened:
        "I made a late edit to make the numbers 'nicer' and didn't re-solve the question myself afterwards. The moderator had checked the earlier version, not the one that went to print.",
      whatIDid:
        'I went to the exam hall as soon as I was called, announced the question would be marked out of the remaining parts, and emailed all the students that evening explaining what had happened and how it would be scaled. I asked the exam board to review the scaling before marks were released.',
      whatILearned:
        "I no longer edit anything after moderation; if I must, the moderator re-checks the final PDF, not a draft. Since then I also sit every exam I write, timed, the week before it's printed. I've done that for six papers now.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-nursery-worker-dairy-snack',
    profession: 'nursery practitioner',
    source: 'own',
    story: {
      whatHappened:
        'At the nursery I gave a little girl with a dairy allergy a yoghurt at snack time. She came out in hives and her mum had to take her to A&E, luckily she was fine.',
      whyItHappened:
        "I was covering another room and didn't look at the allergy board on that room's wall. I assumed the kids in there had the same snacks as mine.",
      whatIDid:
        'I told the room leader straight away, we gave her the antihistamine from her care plan and I phoned her mum myself. I stayed late to write up what happened for the manager.',
      whatILearned:
        "I check the allergy board before snack in every room I'm in, even if I'm only there for an hour, and I suggested we put photos of the allergic children on the snack trolley itself. We've done that ever since.",
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
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-librarian-digital-skills-series',
    profession: 'librarian',
    source: 'own',
    story: {
      whatHappened:
        'I organised a digital skills workshop series for older residents and over six sessions we averaged three attendees, with funding for thirty places.',
      whyItHappened:
        "I advertised it on our website and social media — the two places that audience was least likely to see — and I didn't talk to the day centres or GP surgeries before designing it.",
      whatIDid:
        "After the second session I went to two day centres and asked people directly why they weren't coming; most hadn't heard of it, and the ones who had thought it'd be too fast. I rewrote the remaining sessions as one-to-one drop-ins and put posters in the surgery waiting rooms.",
      whatILearned: 'I learned the importance of knowing your audience.',
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
      'unsafe-failure',
      'indifference',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-esl-teacher-b2-listening',
    profession: 'ESL teacher',
    source: 'own',
    story: {
      whatHappened:
        'I teach English for adults in a language school in Madrid. In my first year I prepared a group for the B2 exam and only four of eleven students passed, the school normally has around 70% pass.',
      whyItHappened:
        "I focused very much on grammar because it's what I like to teach, and I gave only two practice exams with time limit. The students were not ready for the listening part with the speed.",
      whatIDid:
        'I asked the director for the results per section and I saw listening was the problem for almost everybody. I offered free listening sessions on Saturday for the students who wanted to take the exam again in June, seven of them came.',
      whatILearned:
        'Now I start timed practice exams from the first month, one every two weeks, and I look at results per section, not only the total. In the next two groups the pass was 9 of 12 and 10 of 11.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-school-administrator-term-dates',
    profession: 'school administrator',
    source: 'own',
    story: {
      whatHappened:
        'I sent the wrong term dates to all parents in the school newsletter, about 600 families, and a lot of them booked holidays around it.',
      whyItHappened: "I used last year's template and didn't update the dates section.",
      whatIDid: 'A correction was sent out the next day and the head dealt with the complaints.',
      whatILearned:
        'Now when I do the newsletter I have a checklist with every date on it and I get the office manager to check it against the calendar before it goes.',
    },
    mustFlag: ['passive-action', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'unsafe-failure',
    ],
  },
  {
    id: 'rv-business-student-late-group-report',
    profession: 'business student',
    source: 'own',
    story: {
      whatHappened:
        "In my second year I led a group project for a marketing module and we submitted two days late, which capped the whole group's mark at 40%.",
      whyItHappened:
        "I split the report into five sections and gave one to each person, but I never set an internal deadline for putting it together. I thought everyone would just send their bit by the due date and I'd merge it in an evening, and two people's sections needed rewriting.",
      whatIDid:
        'I emailed the module leader the morning of the deadline to explain and ask what our options were, then I apologised to the group and spent the weekend merging and rewriting with the two who were still around.',
      whatILearned:
        "In my placement year I made sure to set an internal deadline three days before every real one, and I merged drafts as they came in instead of at the end. We didn't miss a single deliverable in the twelve months. That's something I'd bring to this graduate scheme, where I know a lot of the first year is team projects.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-football-coach-sore-knee',
    profession: 'youth football coach',
    source: 'own',
    story: {
      whatHappened:
        "I coached an under-14 girls' team and I played our best defender with a knee she'd said was sore. She tore a ligament in the second half and missed the rest of the season.",
      whyItHappened: "It was a cup semi-final and I wanted to win it. I told myself she'd be fine.",
      whatIDid:
        'I went with her parents to the hospital and later met with the club welfare officer to go through what happened.',
      whatILearned:
        "I'm honestly still so ashamed of it. I think about her every time I pick a team and I don't know if I'll ever forgive myself.",
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'no-impact',
      'indifference',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-primary-teacher-sats-bullets',
    profession: 'primary teacher',
    source: 'own',
    story: {
      whatHappened: '- Year 6 SATs reading results dropped from 81% to 64% in the year I took over the class',
      whyItHappened:
        "- I didn't follow the reading scheme the previous teacher used\n- Lots of new children joined mid-year\n- Staffing issues in the department",
      whatIDid: '- Spoke to the English lead\n- Started guided reading groups\n- Extra interventions after Easter',
      whatILearned: '- Consistency is key\n- Communication with colleagues\n- Never assume',
    },
    mustFlag: ['generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'humblebrag',
      'missing-part',
      'unsafe-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-teacher-unopened-mark-scheme',
    profession: 'secondary teacher',
    source: 'own',
    story: {
      whatHappened:
        'I marked a batch of 28 GCSE coursework pieces against the old mark scheme, and every grade had to be redone three days before the submission deadline.',
      whyItHappened:
        "Our department shared the old scheme on the drive, but the exam board had emailed the new one to me directly in September and I didn't open the attachment. That one's on me.",
      whatIDid:
        "I told my head of department the same afternoon, re-marked all 28 over two evenings, and asked a colleague to moderate a sample so we weren't rushing blind.",
      whatILearned:
        "I now read every exam board update the week it arrives and put the key change in our department meeting notes. I've also replaced the old files on the shared drive so nobody else makes the same mistake.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
];
