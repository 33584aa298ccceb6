/**
 * Real-voice stories, health and care. Written for this set in the way people actually
 * answer (forum shorthand, second-language English, career-site polish); no sentence is
 * taken from a source.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesA: EvalCase[] = [
  {
    id: 'rv-nurse-early-enoxaparin',
    profession: 'nurse',
    source: 'own',
    story: {
      whatHappened:
        'ok so mine was a med error. I gave a pt her evening enoxaparin with the 9am meds so she got it like 10 hours early, and then the evening dose had to be held so her anticoagulation was off for most of the day.',
      whyItHappened:
        'I pulled it from the MAR without looking at the time column because I was going down the list fast, I had 6 pts and one was going downhill.',
      whatIDid:
        'As soon as I realized I told my charge nurse and paged the resident, we got an order to hold the evening dose and I checked her for bleeding every hour till end of shift. I filled out the incident report myself that afternoon.',
      whatILearned: 'I learned to slow down with meds.',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'vague-failure',
      'humblebrag',
      'indifference',
      'missing-part',
      'vague-cause',
    ],
  },
  {
    id: 'rv-pharmacist-winter-stockout',
    profession: 'pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'Two years into managing a community pharmacy, I cut our weekly order to bring stock value down before an audit, and we ran out of amoxicillin over a bank holiday weekend. Twenty-three patients had to be sent to other pharmacies, some of them parents with sick kids.',
      whyItHappened:
        "I set the new order levels from the average of the previous three months, which were summer months, and I didn't look at what we'd dispensed the winter before. I was focused on the audit figure and didn't ask the dispensers, who would have told me winter is different.",
      whatIDid:
        "On the Saturday morning I phoned the three nearest pharmacies to check who had stock, and gave each patient a printed note with the address and opening hours so nobody was turned away with nothing. On the Tuesday I told my area manager what I'd done and why, and I reset the minimum levels for our top 40 lines by hand.",
      whatILearned:
        "Stock levels need a full year of data, not the last quarter. I now review minimums every October and every April against the same month the year before, and I ask the dispensing team to flag anything that feels low before I sign an order. We haven't turned a patient away for a stock-out in the eighteen months since.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-pharmacist-warfarin-strength',
    profession: 'pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'Early in my career I released a prescription for 5 mg warfarin tablets when the prescriber had written 0.5 mg. The patient took two doses before a community nurse spotted the mismatch during a home visit.',
      whyItHappened:
        'I did the final check from the label I had printed rather than from the original prescription, so I was checking my own error against itself.',
      whatIDid:
        "I phoned the patient's GP straight away and arranged an urgent INR test that afternoon, then visited the patient with the correct tablets and apologised in person. I reported it through our incident system the same day and talked it through with the superintendent.",
      whatILearned: 'I learned the importance of attention to detail and of following procedures.',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'vague-cause',
      'defensive-tone',
      'missing-part',
      'humblebrag',
      'indifference',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rv-dental-hygienist-xray-folder',
    profession: 'dental hygienist',
    source: 'own',
    story: {
      whatHappened:
        'In my first clinic, I forgot to send the x-ray of one patient to the dentist before his appointment, so the dentist could not do the treatment plan and the patient must come back one more time, he was taking day off from work for this.',
      whyItHappened:
        'I was new with the software and I saved the images in my own folder, not in the patient file. I did not ask how it works because I was shy to ask so many questions in the first week.',
      whatIDid:
        "When I see the problem I go to the dentist and I explain it was my mistake. I called the patient myself to apologise and we offered him early morning slot so he doesn't lose another day.",
      whatILearned:
        "This was big learning for me. From that day I always open the patient file and check the image is there before I finish with the patient, and when I don't know something in a new system I ask in the first day, not later.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-physio-knee-program-ramble',
    profession: 'physiotherapist',
    source: 'own',
    story: {
      whatHappened:
        "Um, so this was when I was about a year into working at a private clinic, mostly sports stuff, knees, shoulders, a lot of runners. We'd just switched over to a new booking system which was a whole thing, and the owner was away a lot that spring so we were kind of running ourselves. I was also doing my sports massage course on weekends so I was pretty stretched. The clinic had started taking post-surgical referrals from a local orthopaedic group, which was new for us. Anyway I had this patient, a guy in his fifties recovering from a knee replacement, really motivated, and I gave him a home exercise program that was honestly way too aggressive for where he was at. He ended up with a lot of swelling and had to miss two weeks of sessions, and his surgeon wasn't thrilled with us.",
      whyItHappened: '',
      whatIDid:
        "So when he came back in I apologised, like properly, and I rang the surgeon's secretary myself to explain. I cut the program back to three exercises and I saw him twice a week for free for the next month to keep an eye on the swelling.",
      whatILearned:
        "Honestly the biggest thing was don't assume, and communication with other providers is super important. I feel like I'm way more careful now.",
    },
    mustFlag: ['missing-part', 'opening-too-long', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'humblebrag',
      'indifference',
      'self-flagellating',
      'vague-failure',
      'no-impact',
    ],
  },
  {
    id: 'rv-paramedic-handover-fall',
    profession: 'paramedic',
    source: 'own',
    story: {
      whatHappened:
        "On a night shift last winter I hand over a patient at A&E and I leave out that he'd had a fall two days before. He's sent home that night and comes back 36 hours later with a bleed on the brain.",
      whyItHappened:
        "I'm doing the handover from memory because the printer in the truck is down, and I don't go back to my notes before I speak. The fall is on page two of my notes and I simply skip it.",
      whatIDid:
        "When I hear he's been readmitted I go to my team leader the same morning and tell her it's my omission. I write it up, I contact the receiving consultant to fill the gap, and I sit in on the review so I can answer questions directly.",
      whatILearned:
        "I use a written handover card now for every patient, even when I think I know the story cold, and I read from it line by line. Our station picked the card up for everyone after the review, and I've used it on every job since.",
      roleConnection:
        "Your service is moving to electronic handovers, and I'd like to help make sure nothing gets dropped in that switch.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv-vet-nurse-surgery-list',
    profession: 'veterinary nurse',
    source: 'own',
    story: {
      whatHappened: 'I messed up the surgery schedule once at the practice.',
      whyItHappened: 'It was a really busy week and a lot was going on.',
      whatIDid: 'It got sorted in the end and the vets were fine about it.',
      whatILearned: 'To be more organised.',
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
    mustNotFlag: ['opening-too-long', 'missing-part', 'humblebrag', 'unsafe-failure', 'blame', 'self-flagellating'],
  },
  {
    id: 'rv-care-worker-missed-visit',
    profession: 'home care worker',
    source: 'own',
    story: {
      whatHappened:
        "In my job as home carer I missed one evening visit to an old lady, she didn't get her tea and her tablets that night, the family find her in the morning very upset.",
      whyItHappened:
        'The rota was changed by the office and nobody tell me properly, it came only in the app. It was not really my fault, I was doing double shift already that week.',
      whatIDid: 'Next day I called the office and told them they must send the changes by phone.',
      whatILearned: 'I learned that the office must communicate better with carers.',
    },
    mustFlag: ['unsafe-failure', 'blame', 'defensive-tone', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['humblebrag', 'vague-failure', 'missing-part', 'self-flagellating', 'indifference', 'passive-action'],
  },
  {
    id: 'rv-social-worker-referral-delay',
    profession: 'social worker',
    source: 'own',
    story: {
      whatHappened:
        "In my second year in a child protection team, I sat on a school's concern about a nine-year-old for eight working days instead of the two our policy allows. By the time I visited, the family had moved and it took us another three weeks to find them.",
      whyItHappened:
        "I'd judged the referral as low risk from the first paragraph and put it behind three cases that felt more urgent. I didn't read the school's attachment, which mentioned an older sibling who had been on a plan before. That was my triage, and it was wrong.",
      whatIDid:
        'I told my manager that day, asked for the case to be reallocated to a duty worker with capacity, and spent the following week ringing schools and GP surgeries in the neighbouring authority until we traced the family. I also wrote the delay up for our learning review.',
      whatILearned:
        "I now read every attachment before I grade a referral, and I diary the two-day deadline the moment a case lands with me rather than when I open it. I've applied that to every referral since, around 140 of them, without a breach. Your team's duty model looks like it relies on exactly that kind of quick, disciplined triage.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv-lab-tech-old-plate-map',
    profession: 'lab technician',
    source: 'own',
    story: {
      whatHappened:
        'At my old lab job a whole batch of 48 blood samples got run under the wrong plate map and we had to redo the assay, cost about a week and a few grand in reagents.',
      whyItHappened:
        "The plate map I was given by the postdoc was the old version. She'd updated it and never sent the new one round.",
      whatIDid: 'The samples were rerun the following week once the right map turned up.',
      whatILearned: 'Always make sure you have the latest version of everything.',
    },
    mustFlag: ['blame', 'passive-action', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'opening-too-long', 'missing-part', 'humblebrag', 'self-flagellating'],
  },
  {
    id: 'rv-occupational-therapist-bath-lift',
    profession: 'occupational therapist',
    source: 'own',
    story: {
      whatHappened:
        "I recommended a bath lift for a client after a hip fracture without measuring her bath myself. It arrived, didn't fit, and she went five more weeks unable to bathe at home.",
      whyItHappened:
        "I took the bath size from her son over the phone to save a visit. I didn't check it, and I didn't ask whether the bath had a sloped end, which it did.",
      whatIDid:
        "- Went round the next morning and measured everything myself\n- Arranged a strip wash routine with her carers so she wasn't going without\n- Got the supplier to swap the model, and chased it twice a week until it came\n- Told my team lead and logged it as a delay caused by me",
      whatILearned:
        "- I never order equipment off second-hand measurements any more; I measure, or I get a photo with a tape measure in it\n- I added a 'bath shape' line to our assessment form, and the team has used it since March",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-medical-receptionist-wrong-patel',
    profession: 'medical receptionist',
    source: 'own',
    story: {
      whatHappened:
        'I emailed a patient’s test results to the wrong J. Patel in our system — there were four of them. The other patient opened it and rang us, quite upset, and the practice had to report it as a data breach.',
      whyItHappened:
        'I picked the name from the autocomplete list without checking the date of birth, which is the one thing we’re trained to check.',
      whatIDid:
        'I told the practice manager within ten minutes of the call. I rang the patient whose results they were to apologise and explain what would happen next, and I helped the manager fill in the breach report.',
      whatILearned:
        'I check date of birth and first line of address before anything leaves the building, every single time, and I stopped using autocomplete for patient emails altogether. I’ve sent a few thousand since without a repeat.',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'vague-cause',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'no-impact',
      'defensive-tone',
      'indifference',
    ],
  },
  {
    id: 'rv-nurse-urine-output-shame',
    profession: 'nurse',
    source: 'own',
    story: {
      whatHappened:
        "As a new grad I missed that a post-op patient's urine output had dropped for 6 hours. By the time the next shift flagged it his kidney function was way off and he spent 2 extra days in.",
      whyItHappened:
        "I charted the numbers but I didn't add them up across the shift, I was looking at each hour on its own.",
      whatIDid:
        "When I found out I went to my educator and told her I'd missed it. She went through fluid balance with me again and I asked to be signed off on it before I took post-ops again.",
      whatILearned:
        "Honestly I still think about it all the time. I felt like I wasn't cut out to be a nurse and some days I still feel that way, I'm terrified of it happening again.",
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'passive-action',
      'humblebrag',
      'indifference',
      'missing-part',
      'vague-failure',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-pharmacy-tech-too-thorough',
    profession: 'pharmacy technician',
    source: 'own',
    story: {
      whatHappened:
        "I guess my biggest failure is that I'm too thorough. At my last pharmacy I'd check every script three times, so I was always a bit slower than the other techs.",
      whyItHappened: 'I just really care about patient safety, probably more than most people.',
      whatIDid: "I kept doing it because I'd rather be slow than wrong.",
      whatILearned: "I learned that it's okay to hold yourself to a higher standard than everyone else.",
    },
    mustFlag: ['humblebrag', 'vague-failure', 'no-impact', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['blame', 'unsafe-failure', 'self-flagellating', 'missing-part', 'opening-too-long', 'indifference'],
  },
];
