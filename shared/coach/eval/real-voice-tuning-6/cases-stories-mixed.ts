/**
 * Whole stories that do most things well and slip on one or two: a strong account with a
 * lesson left as a slogan, an owned cause next to a shrug, a real change next to a
 * self-punishing line, an honest unsafe failure told well.
 */
import type { EvalCase } from '../eval-case';
import { story } from '../make-case';

export const mixedStories: EvalCase[] = [
  story(
    't6-sm-engineer-slogan',
    'civil engineer',
    [
      'I signed off a drainage design that undersized one culvert, and the road flooded in the first heavy storm, closing it for two days.',
      'I used the rainfall figures from an older standard because they were already in my spreadsheet, and I did not check whether they had been updated.',
      'I reported it to the client myself, redid the calculation with the current data and designed a larger culvert that was installed within a month.',
      'I learned the importance of staying up to date with standards.',
      'Your drainage team works to the same standards, so I would bring that care.',
    ],
    ['generic-lesson', 'no-change-evidence'],
    ['blame', 'defensive-tone', 'passive-action', 'vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'indifference', 'missing-part', 'no-role-connection'],
  ),
  story(
    't6-sm-retail-shrug-lesson',
    'retail supervisor',
    [
      'I forgot to lock the stockroom at close one evening, and we lost about £600 of stock overnight.',
      'I was rushing to get out and I skipped the closing checklist, which was my responsibility as the key holder.',
      'I called the area manager that night, reported it to the police and checked the CCTV with security the next morning.',
      'It is what it is, you cannot get everything right every day.',
      'You need a reliable key holder and I know what that means.',
    ],
    ['indifference', 'not-learned', 'no-change-evidence'],
    ['blame', 'defensive-tone', 'passive-action', 'vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'missing-part', 'no-role-connection'],
  ),
  story(
    't6-sm-designer-selfflag',
    'UX designer',
    [
      'I shipped a checkout redesign that moved the promo code field, and conversions dropped 8% in the first week.',
      'I tested the design with five users but none of them used promo codes, and I did not look at the analytics for how many customers did.',
      'I rolled the field back within two days, told the team it was my miss, and set up a proper A/B test.',
      'I was so stupid, I should have seen it. Now I check the analytics for every element before I move or remove it.',
      'Your product has a lot of returning customers, so I know this matters here.',
    ],
    ['self-flagellating'],
    ['blame', 'defensive-tone', 'passive-action', 'vague-failure', 'no-impact', 'generic-lesson', 'no-change-evidence', 'not-learned', 'indifference', 'humblebrag', 'missing-part', 'no-role-connection'],
  ),
  story(
    't6-sm-nurse-unsafe-well',
    'ward nurse',
    [
      'I gave a patient a dose of antibiotic she was allergic to; the allergy was on her wristband and I did not look. She developed a rash within the hour.',
      'I checked the drug chart but not the wristband, because the chart had no allergy written on it and I assumed it was complete.',
      'I stopped the infusion, called the doctor, stayed with the patient until she was stable, told her what had happened, and completed the incident report that shift.',
      'I now check the wristband and ask the patient about allergies myself before every first dose, even if the chart is blank, and I raised the chart gap with our ward manager so the admission form was changed.',
      'Your unit gives a lot of IV antibiotics, so this is a habit I bring with me.',
    ],
    ['unsafe-failure'],
    ['blame', 'defensive-tone', 'passive-action', 'vague-failure', 'no-impact', 'generic-lesson', 'no-change-evidence', 'not-learned', 'indifference', 'self-flagellating', 'humblebrag', 'missing-part', 'no-role-connection'],
  ),
  story(
    't6-sm-sales-defensive-cause',
    'account manager',
    [
      'I lost our second-largest client, worth about £90,000 a year, when they did not renew.',
      'In fairness, I was covering two territories that year and nobody could have given every account full attention. I did what I could with the time I had.',
      'I asked the client for an exit call, listened to their reasons and wrote them up for my director.',
      'Now I have a quarterly review with every account over £50,000, booked at the start of the year, whatever else is going on.',
      'You have a small number of large accounts, which is where I work best.',
    ],
    ['defensive-tone'],
    ['blame', 'passive-action', 'vague-failure', 'no-impact', 'generic-lesson', 'no-change-evidence', 'not-learned', 'indifference', 'self-flagellating', 'humblebrag', 'missing-part', 'no-role-connection'],
  ),
];
