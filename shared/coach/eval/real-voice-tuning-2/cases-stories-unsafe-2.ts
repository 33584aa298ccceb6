/** More whole answers about unsafe failures, and look-alikes that were caught in time or are not safety matters. */
import type { EvalCase } from '../eval-case';

export const unsafeStories2: EvalCase[] = [
  {
    id: 'rvt-office-it-shared-password-story',
    profession: 'office IT administrator',
    source: 'own',
    story: {
      whatHappened:
        'At a twelve-person architecture firm I gave everyone the same admin password for the file server so they could install plugins without waiting for me.',
      whyItHappened:
        "It was a small company and honestly nobody there cared about security, so I didn't see why I should be the one making life hard for everyone.",
      whatIDid: "When an ex-employee logged in after he'd left, the partners found out and I changed the password.",
      whatILearned: 'I learned the importance of security awareness.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'indifference', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-hr-coordinator-salary-sheet-story',
    profession: 'HR coordinator',
    source: 'own',
    story: {
      whatHappened:
        "I attached the full salary spreadsheet instead of the org chart to an all-staff email about the new team structure. About 200 people could see everyone's pay.",
      whyItHappened:
        'Both files were called structure-final on my desktop. I was rushing to get it out before a meeting.',
      whatIDid:
        'I recalled it, told my director within minutes and helped IT pull it from mailboxes. But honestly I was a wreck. I felt like the most stupid person in the building and I still feel sick thinking about it.',
      whatILearned:
        "I'm terrified of attachments now. I check every email about five times and I still don't trust myself.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: ['blame', 'indifference', 'humblebrag', 'vague-failure', 'passive-action'],
  },
  {
    id: 'rvt-bus-driver-diversion-story',
    profession: 'bus driver',
    source: 'own',
    story: {
      whatHappened:
        'I took the wrong turn on a temporary diversion during roadworks and my bus got to the interchange 25 minutes late, so about forty passengers missed the last train connection.',
      whyItHappened:
        "I'd read the diversion notice at the start of my shift but didn't drive the route on my break like the older drivers did. I assumed the signs on the road would be enough.",
      whatIDid:
        'I radioed control as soon as I realised, and they arranged a replacement minibus for the train passengers. I apologised to people as they got off and took down the details of two passengers who wanted to complain, so the office could call them back.',
      whatILearned:
        'Now when there is a diversion I walk or drive it on my break before I do it with passengers. I did that for the three diversions we had this winter and had no problems.',
      roleConnection:
        'Your routes go through the city centre where roadworks change every week, so I think that habit matters even more here.',
    },
    mustFlag: [],
    mustNotFlag: [
      'unsafe-failure',
      'blame',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rvt-biomedical-scientist-reagent-caught-story',
    profession: 'biomedical scientist',
    source: 'own',
    story: {
      whatHappened:
        'I loaded a new lot of reagent on the chemistry analyser without running the lot-to-lot check, and the morning run of about 120 samples had to be repeated. Nothing was reported, but results went out three hours late to the wards.',
      whyItHappened:
        "I'd skipped the check because the previous lots had always matched and we were behind after a night with two analysers down. That was my decision, not the process.",
      whatIDid:
        'The QC flagged a shift before validation, so I stopped the run, told the duty biochemist, ran the lot check and repeated the batch. I emailed the ward managers to explain the delay and rang the two wards with urgent requests directly.',
      whatILearned:
        "The lot-to-lot check is not optional when we're busy; busy is when it matters. I now log every new lot on the board before it goes on and I've added the check to the shift handover sheet.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'vague-failure', 'no-impact'],
  },
  {
    id: 'rvt-teaching-assistant-museum-count-story',
    profession: 'teaching assistant',
    source: 'own',
    story: {
      whatHappened:
        'On a Year 3 museum trip I counted the group onto the coach as 29 when one boy was still in the toilets. We were about to pull away when the museum staff brought him out, so he was on his own for around fifteen minutes.',
      whyItHappened:
        "I counted heads instead of checking names against the register, and I counted a parent helper's own child twice.",
      whatIDid:
        'I told the class teacher as soon as he was back on the coach, and we told the head when we got back to school. I rang his mum with the teacher that afternoon to explain before he told her himself.',
      whatILearned:
        'Since then I do a name check with the register at every move on a trip, not a head count, and the school has made that part of the trip risk assessment.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: ['blame', 'defensive-tone', 'passive-action', 'no-change-evidence', 'self-flagellating'],
  },
  {
    id: 'rvt-pharmacist-caught-at-check-story',
    profession: 'hospital pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'I clinically screened a discharge prescription and missed that the warfarin dose had been transcribed as 5mg instead of 0.5mg. The technician caught it at the final accuracy check, so it never left the pharmacy, but the patient waited an extra ninety minutes for her medicines.',
      whyItHappened:
        "I was screening from the summary screen, where the decimal was easy to miss, and I didn't open the full drug history because the ward was chasing.",
      whatIDid:
        "I corrected it with the prescriber, thanked the technician and logged it as a near miss. I phoned the ward to explain the delay, and at our weekly huddle I talked the team through how I'd missed it.",
      whatILearned:
        'I open the full history for every anticoagulant now, whatever the pressure, and I asked IT to make decimal doses show in bold on the summary screen. That change went live in the autumn.',
      roleConnection:
        'This role covers the anticoagulation clinic, so that screening habit is directly what I would be using every day.',
    },
    mustFlag: [],
    mustNotFlag: [
      'unsafe-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rvt-roofing-foreman-harness-story',
    profession: 'roofing foreman',
    source: 'own',
    story: {
      whatHappened:
        'I let one of my lads go up on a pitched roof without clipping on because the anchor was awkward to reach. He slipped, slid to the gutter and it held, luckily.',
      whyItHappened:
        "He'd been roofing twenty years. I wasn't that bothered, it's not like he was an apprentice, and we were losing light.",
      whatIDid: 'We got him down, he was fine, and we carried on the next day.',
      whatILearned: "You can't babysit grown men. He knows the risks.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'indifference', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
];
