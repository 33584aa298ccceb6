/**
 * Whole stories with the problems the coach exists to catch, often several at once.
 */
import type { EvalCase } from './eval-case';

export const weakStoryCases: EvalCase[] = [
  {
    id: 'weak-marketing-blame-campaign',
    profession: 'marketing manager',
    source: 'own',
    story: {
      whatHappened: 'Our spring campaign underperformed.',
      whyItHappened:
        'The agency didn’t deliver the creative on time and the sales team never followed up on the leads we generated.',
      whatIDid: 'The campaign was eventually wrapped up and the leads were handed over.',
      whatILearned: 'Communication is key, and I learned to plan better.',
    },
    mustFlag: ['no-impact', 'blame', 'passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['missing-part', 'humblebrag', 'unsafe-failure', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 'weak-warehouse-defensive',
    profession: 'warehouse lead',
    source: 'own',
    story: {
      whatHappened:
        'During peak season we shipped around 1,400 orders with the wrong return labels, and customers couldn’t send items back for two weeks.',
      whyItHappened:
        'To be fair, the label template was changed by IT without telling anyone. The instructions we got were unclear, and it wasn’t really my call to check the labels.',
      whatIDid: 'I told my team to keep packing and raised a ticket with IT.',
      whatILearned: 'Honestly I’m not sure what I’d do differently.',
    },
    mustFlag: ['defensive-tone', 'not-learned', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'unsafe-failure', 'vague-failure', 'no-impact', 'missing-part', 'passive-action'],
  },
  {
    id: 'weak-lawyer-filing',
    profession: 'lawyer',
    source: 'own',
    story: {
      whatHappened:
        'I missed a court filing deadline for a client’s appeal because I had the wrong date in my diary, and the appeal was struck out.',
      whyItHappened: 'I didn’t check the date against the court’s order when I entered it.',
      whatIDid: 'I told the supervising partner immediately and we applied for an extension the same day.',
      whatILearned: 'I now diarise every court deadline twice, with a colleague checking the second entry.',
      roleConnection: 'Your firm handles a lot of appellate work, where dates are everything.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'no-change-evidence',
      'generic-lesson',
      'no-role-connection',
      'humblebrag',
      'missing-part',
    ],
  },
  {
    id: 'weak-designer-perfectionist',
    profession: 'brand designer',
    source: 'own',
    story: {
      whatHappened:
        'My biggest failure is that I’m a perfectionist, so I spent three extra weeks polishing a brand refresh the client had already approved.',
      whyItHappened: 'I just care too much about getting every detail right.',
      whatIDid: 'I delivered it in the end and the client loved it.',
      whatILearned: 'I feel terrible about it still, and I’m worried I’ll do the same thing again on the next project.',
    },
    mustFlag: ['humblebrag', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'unsafe-failure', 'indifference', 'missing-part'],
  },
  {
    id: 'weak-developer-indifferent',
    profession: 'software engineer',
    source: 'own',
    story: {
      whatHappened: 'I was on a team that shipped a reporting feature nobody used.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: 'I didn’t really care about that project, to be honest, so I didn’t learn much.',
    },
    mustFlag: ['missing-part', 'indifference', 'not-learned'],
    mustNotFlag: ['humblebrag', 'unsafe-failure', 'self-flagellating'],
  },
  {
    id: 'weak-retail-vague',
    profession: 'retail manager',
    source: 'own',
    story: {
      whatHappened: 'Things went a bit wrong with a store opening I was involved in.',
      whyItHappened: 'There were a lot of moving parts and it just didn’t come together.',
      whatIDid: 'It was all handled in the end.',
      whatILearned: 'I learned a lot and it was a valuable lesson.',
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
    mustNotFlag: ['blame', 'unsafe-failure', 'humblebrag', 'missing-part'],
  },
  {
    id: 'weak-pharmacist-fax',
    profession: 'pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'I faxed a patient’s full medication history to the wrong GP surgery, so staff with no reason to see her records had them for a day.',
      whyItHappened: 'I picked the surgery from an autocomplete list and didn’t read the address back before sending.',
      whatIDid:
        'I reported it to our data protection lead within the hour, contacted the surgery to have the fax destroyed, and called the patient to apologise.',
      whatILearned:
        'Since then I confirm the full address aloud with a colleague before sending any patient information, and we changed the default fax list to show the postcode.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: ['blame', 'passive-action', 'generic-lesson', 'no-change-evidence', 'defensive-tone', 'missing-part'],
  },
  {
    id: 'weak-event-planner-caterer',
    profession: 'event planner',
    source: 'own',
    story: {
      whatHappened:
        'I was the lead planner for a 400-person industry conference in Manchester. We had booked the venue a year ahead. The catering company was new to us. On the day, lunch arrived ninety minutes late and the afternoon sessions had to be cut.',
      whyItHappened:
        'The caterer didn’t confirm the delivery time and the venue never told us their loading bay was closed that day.',
      whatIDid: 'I apologised to delegates from the stage and rearranged the afternoon sessions.',
      whatILearned: 'I now call every supplier 48 hours before an event to confirm timings and access.',
      roleConnection: 'Your events team runs conferences of a similar size.',
    },
    mustFlag: ['opening-too-long', 'blame'],
    mustNotFlag: [
      'no-impact',
      'vague-failure',
      'passive-action',
      'no-change-evidence',
      'no-role-connection',
      'generic-lesson',
    ],
  },
  {
    id: 'weak-support-lead-empty',
    profession: 'customer support lead',
    source: 'own',
    story: {
      whatHappened:
        'I changed our refund macro and 230 customers were told they would get refunds they were not eligible for.',
      whyItHappened: 'TBD',
      whatIDid: '',
      whatILearned: '',
    },
    mustFlag: ['missing-part'],
    mustNotFlag: ['no-impact', 'vague-failure', 'blame', 'no-change-evidence', 'generic-lesson', 'passive-action'],
  },
  {
    id: 'weak-consultant-self-punishing',
    profession: 'management consultant',
    source: 'own',
    story: {
      whatHappened:
        'I presented a cost model to a client’s board with a formula error that overstated savings by £2 million, and the partner had to walk it back in the meeting.',
      whyItHappened:
        'I built the model alone overnight and never had anyone check it. I’m an idiot for not asking for a review.',
      whatIDid:
        'I fixed the model that evening and sent the partner a corrected version with a note explaining the error.',
      whatILearned: 'I can’t believe I let that happen, and I’m still scared I’ll do it again on a big deck.',
    },
    mustFlag: ['self-flagellating', 'no-change-evidence'],
    mustNotFlag: ['blame', 'unsafe-failure', 'passive-action', 'humblebrag', 'missing-part'],
  },
];
