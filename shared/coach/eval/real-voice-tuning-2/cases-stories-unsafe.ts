/** Whole answers about unsafe failures: told with full accountability (still unsafe), hidden, or blamed on others. */
import type { EvalCase } from '../eval-case';

export const unsafeStories: EvalCase[] = [
  {
    id: 'rvt-vet-nurse-double-methadone-story',
    profession: 'veterinary nurse',
    source: 'own',
    story: {
      whatHappened:
        'I gave a post-op cat a second dose of methadone that the night nurse had already given, because I went from the verbal handover and not the hospital sheet. She was heavily sedated for most of the day and had to stay an extra night on fluids.',
      whyItHappened:
        "I'd heard \"due at eight\" in handover and didn't look at the initials already in the eight o'clock box. I'd got into the habit of trusting handover because it was usually right.",
      whatIDid:
        'I told the vet on duty straight away and we put her on fifteen-minute checks. I rang the owner myself before lunch to explain what had happened, and I filled in the significant event form that afternoon.',
      whatILearned:
        "I don't draw up any controlled drug now without reading the hospital sheet and the CD register side by side, even straight after a handover. I also suggested moving the drug column to the left edge of the sheet, and the practice changed the template that spring.",
      roleConnection:
        "Your hospital keeps a lot of patients in overnight, so that sheet-and-register check is a habit I'd bring on my first shift.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'not-learned',
      'missing-part',
      'no-role-connection',
      'vague-failure',
    ],
  },
  {
    id: 'rvt-forklift-driver-hid-upright-story',
    profession: 'forklift driver',
    source: 'own',
    story: {
      whatHappened:
        'clipped a racking upright with the counterbalance on nights and bent it. not massively but you could see it',
      whyItHappened:
        'was rushing to get a trailer loaded before the driver ran out of hours and took the corner too tight',
      whatIDid:
        "didn't report it tbh. put a full pallet in front of it so it wasnt obvious and figured maintenance would spot it on the monthly inspection anyway",
      whatILearned:
        'looking back I probably should of said something. it got found two weeks later and they had to empty the whole bay',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-dental-nurse-autocomplete-story-esl',
    profession: 'dental nurse',
    source: 'own',
    story: {
      whatHappened:
        "In my last practice I sent a referral letter with a patient's full medical history to the wrong email address. It went to another patient with the same first name.",
      whyItHappened:
        'I typed the first name and chose the address from the autocomplete without reading it. We were two nurses short that day, but it was my click and I did not check.',
      whatIDid:
        'I realised after ten minutes when the other patient replied to ask what it was. I told the practice manager immediately, we asked that patient to delete it and confirm in writing, and the manager reported it to our data protection lead. I phoned the first patient myself to apologise and explain.',
      whatILearned:
        'Now I never use autocomplete for patient emails, I copy the address from the record every time. I also asked that referrals go through the secure portal, and since last year the whole practice sends them that way.',
      roleConnection: 'I know your clinic sends many referrals to the hospital, so I can help keep that process safe.',
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
    ],
  },
  {
    id: 'rvt-nursery-assistant-incident-garden-story',
    profession: 'nursery assistant',
    source: 'own',
    story: {
      whatHappened: 'There was an incident in the garden once with one of the children.',
      whyItHappened:
        "We were really short that day and the ratios were basically impossible. I'd told the manager so many times that the afternoons weren't safe.",
      whatIDid: 'It got reported and the parents were spoken to at collection.',
      whatILearned: 'That nurseries need to staff properly, basically.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'blame', 'defensive-tone', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 'rvt-sous-chef-sesame-story-polished',
    profession: 'sous chef',
    source: 'own',
    story: {
      whatHappened:
        'During a Friday service I sent out a dressing finished with toasted sesame oil to a guest whose ticket flagged a sesame allergy. She had a reaction at the table and was taken to A&E as a precaution.',
      whyItHappened:
        'I had changed the dressing recipe that afternoon and had not updated the allergen matrix or told the pass. I was so focused on the new dish that I treated the paperwork as something for after service.',
      whatIDid:
        "I stopped the section, pulled every plate with that dressing, and briefed the front of house on exactly which dishes were affected. I went out to the guest's partner with the manager to explain, and the next morning I rang her myself and wrote up the incident for our head chef and the environmental health officer.",
      whatILearned:
        'No recipe changes on service days now, full stop. Any change gets its allergen sheet updated and signed by me and the head chef before it goes on the pass, and I run a two-minute allergen briefing at every lineup. We have changed eleven dishes that way since.',
      roleConnection:
        'You put a lot of weight on seasonal specials, and that change discipline is what I would bring to your kitchen.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'generic-lesson',
      'not-learned',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 'rvt-electrician-didnt-mention-story',
    profession: 'domestic electrician',
    source: 'own',
    story: {
      whatHappened:
        'On a rewire I forgot to reconnect the earth on one of the upstairs lighting circuits, and I found it myself a week later when I was back fitting the spots.',
      whyItHappened: 'End of a long day, I was boxing in and I just missed it.',
      whatIDid:
        "I fixed it there and then. I didn't mention it to the customer or put it on the certificate, because it was sorted and there was no point worrying her.",
      whatILearned: 'To be more careful at the end of the day.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'vague-failure', 'passive-action'],
  },
  {
    id: 'rvt-bookkeeper-client-late-vat-story',
    profession: 'self-employed bookkeeper',
    source: 'own',
    story: {
      whatHappened: 'A client got a late-filing penalty on their VAT return while I was doing their books.',
      whyItHappened:
        'The client sent me the receipts two days before the deadline in a carrier bag. Nobody could have processed three months of that in two days, and the software kept logging me out on top of that.',
      whatIDid: 'I filed it as soon as I could and told them the penalty was down to the late paperwork.',
      whatILearned: 'Some clients will never be organised.',
      roleConnection: '',
    },
    mustFlag: ['blame', 'unsafe-failure', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'self-flagellating', 'vague-failure'],
  },
  {
    id: 'rvt-senior-carer-wrong-resident-story-esl',
    profession: 'senior care assistant',
    source: 'own',
    story: {
      whatHappened:
        'On a morning round I gave Mrs A the tablets of Mrs B, because they were sitting next to each other in the lounge and I did not check the photo on the MAR chart. One of the tablets was for blood pressure and she became dizzy before lunch.',
      whyItHappened:
        'I broke my own rule. Normally I go room by room, but that day the residents were already in the lounge and I tried to be quick, so I went by memory and not by the photo.',
      whatIDid:
        'I saw it when I signed the chart, maybe five minutes later. I told the nurse in charge immediately, we called 111 and the GP, I stayed with Mrs A and did her blood pressure every half an hour, and I phoned her son myself. I wrote the incident report before I went home.',
      whatILearned:
        'Now I always take the resident to a quiet place or go to their room, and I check name, photo and date of birth before every tablet, even with people I know for years. I teach this to every new carer on my shift, three of them this year.',
      roleConnection:
        'Your home has many residents with dementia who sit together, so I know how important this check is there.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'no-change-evidence',
      'missing-part',
      'no-role-connection',
      'self-flagellating',
    ],
  },
];
