/**
 * Whole stories: vague failures told with defensiveness, unsafe failures told as small with a
 * shrug, lessons about other people, a long second-language ramble; and strong stories (a serious
 * error told well keeps only `unsafe-failure` open) that must stay quiet.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const weakStories: EvalCase[] = [
  story(
    't8-sw-admin-vague-defensive',
    'office administrator',
    [
      "There was a period at my last job where things didn't go as planned with the filing side of things.",
      "In my defence, I was covering two roles at the time and I still got through more than anyone else in the office.",
      'I carried on and did my best with it.',
      'I learned that I work well under pressure.',
      '',
    ],
    ['vague-failure', 'no-impact', 'defensive-tone', 'passive-action', 'not-learned', 'no-change-evidence'],
    ['self-flagellating', 'unsafe-failure', 'blame'],
  ),
  story(
    't8-sw-carer-meds-shrug',
    'home carer',
    [
      "I missed a client's evening insulin once because I got the visit times mixed up, no big drama.",
      'The rota had changed that week and the app is confusing, to be fair everyone gets caught out by it.',
      'The next carer gave it when she came in the morning.',
      "These things happen in care, you can't be perfect all the time.",
      'I am a very caring person.',
    ],
    ['unsafe-failure', 'defensive-tone', 'passive-action', 'indifference', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't8-sw-retail-indifferent',
    'retail assistant',
    [
      'I messed up a click and collect order for a customer before Christmas.',
      "It was the busiest week of the year and honestly it wasn't my favourite job, so I wasn't too fussed.",
      'My supervisor sorted it out with the customer.',
      "Not a lot to be honest, it's retail, someone is always unhappy.",
      '',
    ],
    ['vague-failure', 'no-impact', 'indifference', 'passive-action', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'unsafe-failure'],
  ),
  story(
    't8-sw-engineer-technically',
    'civil engineer',
    [
      'A drainage design I signed off had to be redone after the council rejected it, which put the scheme back about six weeks.',
      'Technically my calculations met the standard we had always used; the council had changed their guidance and the new version was, frankly, over-cautious.',
      'I redid the calculations to the new guidance and resubmitted.',
      'I learned that councils can change the rules whenever they like.',
      'Your projects go through planning all the time, so I know how that works now.',
    ],
    ['defensive-tone', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact', 'unsafe-failure', 'passive-action'],
  ),
  story(
    't8-sw-esl-ramble-teacher',
    'English teacher',
    [
      'When I was teaching in the language school, I had one course which was not very successful, the students were not happy and some of them they complain to the director about my lessons.',
      'I think the complaints were not really fair, because I prepare all my lessons very carefully and I follow the book like the school ask. Maybe these students they expect something different.',
      'I speak with the director and I explain my method to her.',
      'I learned every group of students is different.',
      '',
    ],
    ['vague-failure', 'defensive-tone', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'unsafe-failure'],
  ),
  story(
    't8-sw-chef-allergen-small',
    'sous chef',
    [
      'Small mistake really, one of my commis sent a risotto with parmesan to a table where the guest had told us she was allergic to dairy, she had a bit of a reaction but she was fine.',
      'I had told the team the allergens at the briefing, so I had done my part, he just did not check the ticket.',
      'I spoke to him after service about the ticket.',
      'Junior staff need to read the tickets properly.',
      '',
    ],
    ['unsafe-failure', 'blame', 'defensive-tone', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't8-sw-hr-data-fine',
    'HR assistant',
    [
      "I sent one employee's disciplinary letter to another employee with the same surname. It was only one person who saw it, so not a huge deal.",
      'The two names were next to each other in the system, anyone could have picked the wrong one.',
      'I asked him to delete it and he said he would.',
      'I learned to be more careful.',
      'I am very organised and discreet.',
    ],
    ['unsafe-failure', 'defensive-tone', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't8-sw-student-felt',
    'computer science student',
    [
      'My final year project was the most stressful time of my life and I felt like a total failure for most of it.',
      'I think I just had a lot going on that year.',
      'I got it finished in the end.',
      'I learned a lot about myself.',
      '',
    ],
    ['vague-failure', 'no-impact', 'vague-cause', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'unsafe-failure', 'blame'],
  ),
];

export const strongStories: EvalCase[] = [
  story(
    't8-ss-carer-door',
    'care assistant',
    [
      'I left the back door of our dementia unit on the latch when I went out on my break, and a resident walked out and was found in the car park about ten minutes later, cold but unhurt.',
      'I had propped it so I could get back in without my fob, which I knew we were told never to do.',
      'I brought him in, told the nurse in charge straight away, wrote it up as an incident and rang his daughter myself before the end of the shift.',
      'I keep my fob on a lanyard now so there is never a reason to prop a door, and I check the back door every time I pass it. Our unit added the door to the hourly checks after I raised it.',
      'Keeping residents safe is the first thing in this role, and I have shown I can be honest when I fall short of it.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't8-ss-accounts-adjust',
    'assistant accountant',
    [
      "In my first month-end I forced a reconciliation to balance by posting £400 to a suspense account, and the auditors found it six weeks later.",
      "I wanted to close on time and didn't want to look slow, so I hid a difference I didn't understand instead of asking.",
      'When the auditors asked, I explained exactly what I had done, traced the £400 to a duplicated supplier payment with my manager and got it refunded.',
      "Now if something doesn't balance I write it on our open items list and tell my manager the same day, even if it means closing late. I've closed eighteen months since that way.",
      'You told me this team values clean audits, and that is how I work now.',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't8-ss-teacher-complaint-owned',
    'secondary teacher',
    [
      "A parent complained that her son's essays came back with a mark and no comments, and when my head of department checked she found the same for about a third of my Year 10 group.",
      'I had fallen behind on marking and started giving marks only, telling myself I would add the comments later, and I never did.',
      "I apologised to the parent, wrote proper feedback on the last three essays for the whole group within a week, and told my head of department how far behind I'd got.",
      'I now mark one set a night from a timetable I keep on my planner, and I write one comment to act on before I give any mark.',
      'Feedback students can act on is what your department is known for.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't8-ss-driver-tacho-lowercase',
    'HGV driver',
    [
      'so i drove about forty minutes over my hours one night to get back to the depot instead of stopping at the services, and it showed up on the tacho download',
      'i was tired and i wanted my own bed, and i told myself forty minutes was nothing, which was just wrong',
      'i told the transport manager before he found it, took the warning and did the drivers hours refresher the next week',
      'now i plan my break stops before i leave the yard and if the traffic is bad i ring in and stop, no arguing with myself',
      'you do a lot of night trunking so that discipline matters here',
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
];
