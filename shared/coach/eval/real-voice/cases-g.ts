/**
 * Real-voice stories, office and clinical support roles, plus answers that skip a beat
 * entirely (no cause, no action, or no lesson given).
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesG: EvalCase[] = [
  {
    id: 'rv-financial-adviser-double-booked',
    profession: 'financial adviser',
    source: 'own',
    story: {
      whatHappened:
        "I forgot a quarterly review meeting with one of our wealth management clients — I was in the office but I'd double-booked myself — and he moved his £2m portfolio to another firm a month later.",
      whyItHappened: "I'd accepted an internal meeting on top of it and my calendar showed both, I just didn't look.",
      whatIDid:
        "I called him that afternoon to apologise and offered to come to his house that week. He was polite but he'd made his mind up.",
      whatILearned: 'I learned to manage my calendar better.',
    },
    mustFlag: ['unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'humblebrag',
      'missing-part',
      'defensive-tone',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-bookkeeper-duplicate-invoice',
    profession: 'bookkeeper',
    source: 'own',
    story: {
      whatHappened:
        'I paid a supplier invoice twice for a client — £6,400 — because the supplier had sent it once by post and once by email.',
      whyItHappened:
        "I logged the emailed copy without searching for the invoice number first; our software doesn't warn you about duplicates unless the amounts and dates both match, and the dates were different.",
      whatIDid:
        'I spotted it at the month-end reconciliation, told the client that day and emailed the supplier with both remittances. They refunded it within a week.',
      whatILearned: '',
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-ward-manager-august-leave',
    profession: 'ward manager',
    source: 'own',
    story: {
      whatHappened:
        'As a new ward manager I approved annual leave for three senior nurses in the same fortnight in August, and for ten days we ran nights with agency staff who didn’t know the ward. We had two falls in that period and our patient experience scores dropped noticeably.',
      whyItHappened:
        'I approved requests as they came in, first come first served, without looking at the skill mix they’d leave behind. I wanted to be seen as fair and flexible in my first months.',
      whatIDid:
        'When I saw the rota for that fortnight I asked two of the three if they could move a week, offered them first pick at Christmas in return, and one agreed. I worked four of the nights myself and met the agency nurses at the start of each shift to brief them on our high-falls-risk patients.',
      whatILearned:
        'I now approve leave against a skill-mix grid, so at least two band 6s are on every shift, and I publish the grid so the team can see why a request is or isn’t possible. I’ve run leave that way for three summers. I understand your ward has a high proportion of newly qualified staff, which makes that kind of planning even more important.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv-clinic-receptionist-deleted-day',
    profession: 'clinic receptionist',
    source: 'own',
    story: {
      whatHappened:
        "ok this is gonna be long sorry. so I was a receptionist at a physio and sports massage place for about a year, it was my first proper job after uni, I'd done bar work before that. the owner was lovely but super disorganised and the booking system was ancient, like it crashed every other day, and we had three part time receptionists who all did things slightly differently. there was also no proper training, I basically shadowed the girl who was leaving for two days and that was it. so anyway one monday I accidentally deleted a whole day of bookings when I was trying to move one appointment, like 22 appointments just gone, and I didn't notice till people started turning up",
      whyItHappened:
        "honestly the system was awful and nobody ever showed me how to move appointments properly. I don't think it's fair that it all landed on me.",
      whatIDid: 'the owner ended up ringing everyone and we squeezed in who we could and the rest got rebooked.',
      whatILearned:
        "I felt terrible for weeks, I still cringe thinking about it, and I don't really know what I'd do differently tbh because the system was the problem.",
    },
    mustFlag: [
      'opening-too-long',
      'blame',
      'defensive-tone',
      'passive-action',
      'self-flagellating',
      'not-learned',
      'no-role-connection',
    ],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'missing-part', 'unsafe-failure'],
  },
  {
    id: 'rv-supply-chain-analyst-weekly-column',
    profession: 'supply chain analyst',
    source: 'own',
    story: {
      whatHappened:
        "It's my first month owning the reorder model for our spare-parts business, and I set the safety stock for a fast-moving filter from the wrong column. We stock out for nine days and about 70 service engineers can't complete jobs.",
      whyItHappened:
        "I copy the parameters from a spreadsheet someone else built and I don't trace where each number comes from. The column I use is monthly demand, not weekly.",
      whatIDid:
        'I find the mistake myself when the stock-out alert fires, I tell my manager within the hour with the fix, and I phone the supplier to expedite two pallets by air. I also send the service managers a daily update until stock lands.',
      whatILearned:
        "Since then I document the source of every parameter I inherit before I change anything, and I've rebuilt the reorder model with labelled units on every column. Two other analysts use that version now.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-project-manager-star-office-move',
    profession: 'project manager',
    source: 'own',
    story: {
      whatHappened:
        "Situation: I was the project manager for an office relocation for 180 staff. Task: deliver the move over a single weekend with zero downtime. Result: on Monday morning the phones and Wi-Fi were down on two floors until 2pm, so about 90 people couldn't work for half a day.",
      whyItHappened:
        "I accepted the IT vendor's confirmation that the network was 'ready' without booking a test visit on the Sunday, because I wanted to keep the weekend costs down.",
      whatIDid:
        'Action: I was on site from 6am Monday. I set up the meeting rooms on the working floor as a temporary workspace, sent hourly updates to the department heads, and stayed with the vendor’s engineer until both floors were live.',
      whatILearned:
        "Learning: every move plan I run now includes a full test day with real devices 48 hours before go-live, budgeted in from the start. I've run three moves since with that step and none had Monday-morning issues.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-florist-wrong-venue',
    profession: 'florist',
    source: 'own',
    story: {
      whatHappened:
        'I delivered the flowers for a wedding to the wrong venue — the couple had two venues with similar names on the order — and the ceremony started without any flowers at all. We got them there about 40 minutes late for the reception.',
      whyItHappened:
        "There was a lot going on that weekend, we had three weddings, and the order form was confusing. I don't think anyone could have got it right.",
      whatIDid: 'I refunded the ceremony part of the order and sent the couple a bouquet after the honeymoon.',
      whatILearned:
        'I now ring every couple the week before to read the delivery addresses back to them, and I got the order form redesigned so each venue has its own line with a postcode.',
    },
    mustFlag: ['blame', 'defensive-tone', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'not-learned',
    ],
  },
  {
    id: 'rv-payroll-specialist-pension-deadline',
    profession: 'payroll specialist',
    source: 'own',
    story: {
      whatHappened:
        'I missed the deadline for submitting pension contributions for our 340 employees by six days, and the company got a warning letter from the regulator.',
      whyItHappened:
        'I was on holiday and I thought my colleague was covering it, but I never actually confirmed with her.',
      whatIDid:
        'When I came back I submitted it the same morning and wrote to the regulator explaining the cause and the fix, with my manager copied.',
      whatILearned:
        "Now any handover of a statutory deadline is written, with the date, and I don't leave until the person has replied to confirm. I've also put all our statutory dates in a shared team calendar with two reminders.",
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
    ],
  },
  {
    id: 'rv-nurse-nil-by-mouth-handover',
    profession: 'nurse',
    source: 'own',
    story: {
      whatHappened:
        'I forgot to hand over that a patient was nil by mouth for theatre and the day staff gave him breakfast, so his surgery got pushed to the next day.',
      whyItHappened: '',
      whatIDid: '',
      whatILearned: 'Handover is so important.',
    },
    mustFlag: ['missing-part', 'unsafe-failure', 'generic-lesson', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'opening-too-long'],
  },
  {
    id: 'rv-freelance-developer-black-friday',
    profession: 'freelance web developer',
    source: 'own',
    story: {
      whatHappened:
        'I quoted a client two weeks for an online shop and it took me seven, which meant they missed their Black Friday launch.',
      whyItHappened:
        "I'd never built a shop with their payment provider before and I quoted as if I had. I didn't spike the integration before giving a number.",
      whatIDid:
        "I told them as soon as I knew it would slip, which was week three, and I didn't charge for the extra five weeks.",
      whatILearned: '',
      roleConnection:
        "I'd love to be on a team where estimates get challenged before they go out, which is part of why I'm applying for an in-house role.",
    },
    mustFlag: ['missing-part'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'humblebrag',
      'no-role-connection',
      'unsafe-failure',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-dietitian-renal-template',
    profession: 'dietitian',
    source: 'own',
    story: {
      whatHappened:
        'In the hospital I wrote a meal plan for a diabetic patient but I used the template for the renal diet, so for two days he got food with too few carbohydrates and his sugars were low in the mornings.',
      whyItHappened: '',
      whatIDid:
        'When the nurse told me about the low sugars I checked my plan and I saw the mistake. I told the consultant and I corrected the plan the same hour, and I visited the patient to explain.',
      whatILearned:
        'Since then I always read the template title aloud and check it with the diagnosis before I save. For this job in your diabetes clinic, this is the first check I will do every day.',
    },
    mustFlag: ['missing-part', 'unsafe-failure'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
      'blame',
      'humblebrag',
    ],
  },
  {
    id: 'rv-ux-researcher-default-panel',
    profession: 'UX researcher',
    source: 'own',
    story: {
      whatHappened:
        "I ran a usability study for a banking app with eight participants who all turned out to be existing customers under 35, and we shipped a navigation change that confused older users — support calls about 'missing' features went up 25% in the first month.",
      whyItHappened:
        "I used the recruitment agency's default panel to get the study done in a week and didn't write a screener for age or tech confidence. I knew our user base skewed older and I didn't push for it.",
      whatIDid:
        'When the support numbers came in I went to the product lead with the recruitment gap and proposed a follow-up study with ten users over 60. I ran it within two weeks and we put the old entry points back as shortcuts.',
      whatILearned:
        "I write a screener for every study now, matched to the real user mix from analytics, even when it adds a week. I've run fourteen studies that way. Your job description mentions accessibility research for older customers, which is exactly where I want to go deeper.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-bartender-regular-fell',
    profession: 'bartender',
    source: 'own',
    story: {
      whatHappened:
        'served a guy who was clearly already drunk, he fell on the stairs on the way out and cut his head open, ambulance came',
      whyItHappened: "he was a regular and i didn't want to be the one to cut him off",
      whatIDid: 'i called the ambulance and stayed with him, told my manager everything that night',
      whatILearned: '',
    },
    mustFlag: ['missing-part', 'unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'passive-action',
      'humblebrag',
      'opening-too-long',
      'vague-cause',
    ],
  },
];
