/**
 * Whole stories with the weaknesses hardest to catch in other people's phrasing: vague
 * failures, shrugs, defensiveness and blame in plain description, unsafe failures told as small
 * or kept quiet, lessons about other people, self-punishment, and a rambling spoken answer.
 */
import type { EvalCase } from '../eval-case';
import { story } from '../make-case';

export const weakStories: EvalCase[] = [
  story(
    't7-sw-barista-indifferent',
    'barista',
    [
      'I mixed up a couple of orders one morning at the café.',
      'It was really busy and the new girl kept calling the names out wrong.',
      'Not much really, the customers all got their drinks in the end.',
      "It's hospitality, these things happen every shift.",
      '',
    ],
    ['vague-failure', 'no-impact', 'blame', 'passive-action', 'indifference', 'not-learned', 'no-role-connection'],
    ['humblebrag', 'self-flagellating', 'unsafe-failure'],
  ),
  story(
    't7-sw-nurse-late-antibiotics',
    'staff nurse',
    [
      "I gave a patient his 10 o'clock IV antibiotics about two hours late, nothing major.",
      'I had seven patients and two admissions at once, and to be honest any nurse would have been late in that situation.',
      'I gave it as soon as I could and wrote the time in the notes.',
      'Staffing on that ward needs to be looked at by management.',
      'I work well under pressure.',
    ],
    ['unsafe-failure', 'defensive-tone', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't7-sw-dev-esl-blame',
    'mobile developer',
    [
      'In my last company the release of the mobile app was delayed three weeks and the client was very angry with us.',
      "The QA team didn't test properly and the backend team change the API without telling us.",
      'I wait for them to fix the API, and after that we release.',
      'I learned other teams must communicate better.',
      'I am a good team player.',
    ],
    ['blame', 'passive-action', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  ),
  story(
    't7-sw-teacher-selfflag',
    'secondary teacher',
    [
      'My Year 11 set got the worst mock results in the department, and nine of them had their predicted grades lowered afterwards.',
      "I'm just not a good enough teacher, I think. I don't have whatever the others have.",
      'I stayed up every night rewriting lessons and barely slept, and I kept apologising to my head of department.',
      'I learned I need to work much harder than everyone else to make up for it.',
      'Your school has high standards and I want to prove I can meet them.',
    ],
    ['self-flagellating', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'blame', 'vague-failure', 'no-impact', 'indifference'],
  ),
  story(
    't7-sw-retail-vague',
    'electronics sales assistant',
    [
      "I had an issue with a customer's order once when I worked at the electronics store.",
      'There was a mix-up with the system.',
      'We sorted it out and the customer was happy in the end.',
      'Always double check everything.',
      'Customer service is important in every job.',
    ],
    ['vague-failure', 'no-impact', 'vague-cause', 'passive-action', 'generic-lesson', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'unsafe-failure', 'indifference'],
  ),
  story(
    't7-sw-dispenser-unsafe-small',
    'pharmacy dispenser',
    [
      'I handed out the wrong strength of blood pressure tablets, 10 mg instead of 5 mg, just a minor slip.',
      'The two boxes look almost the same and they are kept right next to each other on the shelf.',
      'The patient came back a week later feeling dizzy and the pharmacist swapped them over.',
      'That the company should store those boxes apart.',
      'I have five years of dispensing experience.',
    ],
    ['unsafe-failure', 'passive-action', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't7-sw-events-humblebrag',
    'events planner',
    [
      'My biggest failure is probably that I take on too much, because I care so much about every event being perfect.',
      'I just have really high standards and I find it hard to say no.',
      'I stayed late and made sure everything was flawless anyway.',
      "I've learned that not everyone works to the same standard as me.",
      "You'll always get 110% from me.",
    ],
    ['humblebrag', 'vague-failure', 'no-impact', 'not-learned', 'no-change-evidence'],
    ['self-flagellating', 'unsafe-failure'],
  ),
  story(
    't7-sw-energy-speech',
    'energy company advisor',
    [
      'ok so it was when I was on the phones at the energy company and I gave a customer the wrong info about her bill, like I told her she was in credit and she was actually about £300 behind',
      'the system showed it wrong and honestly the training they gave us was like two days so nobody really knew the screens',
      'she rang back really angry and my team leader dealt with it and I think she got a goodwill credit or something',
      'I guess just to you know be careful with what you tell customers',
      '',
    ],
    ['blame', 'passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't7-sw-scaffold-hidden',
    'site supervisor',
    [
      'A scaffold board came loose on the second lift while a labourer was walking on it, luckily he only twisted his ankle.',
      "The scaffolders had not tied it in properly, that's their job, not mine.",
      "I got it fixed that afternoon and we kept it out of the accident book so it wouldn't hold the job up.",
      'Scaffolders need checking more often.',
      'I always get my jobs finished on time.',
    ],
    ['unsafe-failure', 'blame', 'defensive-tone', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure'],
  ),
  story(
    't7-sw-student-group',
    'graduate applicant',
    [
      'I failed my second-year group project at university, we got 38 and needed 40 to pass.',
      'Two people in my group never turned up to meetings and one guy copied his section off the internet.',
      "I didn't really bother fighting it, I just resat it over the summer.",
      "Group projects are pointless, you're always either carrying someone or being carried.",
      'I want a job where I can work independently.',
    ],
    ['blame', 'indifference', 'not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact', 'unsafe-failure'],
  ),
  story(
    't7-sw-hr-salaries',
    'HR administrator',
    [
      "I attached the wrong file to an email and it went to the whole department, it had everyone's salaries and national insurance numbers in it, not ideal.",
      'Outlook auto-filled the distribution list.',
      'IT recalled the email for me and that was the end of it.',
      "That you can't trust auto-fill.",
      '',
    ],
    ['unsafe-failure', 'passive-action', 'not-learned', 'no-change-evidence', 'no-role-connection'],
    ['humblebrag', 'self-flagellating', 'vague-failure', 'no-impact'],
  ),
];
