/**
 * Whole stories about failures an interviewer would treat as disqualifying in the role
 * (clinical errors, safety incidents, data exposure, compliance breaches, vulnerable people
 * left unattended), told well and told badly, next to near misses caught in time and
 * ordinary business mistakes that only sound alarming.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const unsafeStories: EvalCase[] = [
  {
    id: 't3-su-conveyancing-fraud',
    profession: 'conveyancing paralegal',
    source: 'own',
    story: {
      whatHappened:
        "I sent £212,000 of completion money to a fraudster's account because I used bank details from an email that looked as if it came from the seller's solicitor.",
      whyItHappened:
        'We had a rule to confirm bank details by phone on a number from the Law Society directory, and I skipped it because the email came in an existing thread and completion was that afternoon.',
      whatIDid:
        "The moment the seller's solicitor said they hadn't received it I told the partner, we called our bank's fraud line within the hour, and I wrote a full timeline for the police and the insurers that evening. The bank recovered about £140,000.",
      whatILearned: 'I learned how sophisticated these frauds have become.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-su-scrub-nurse-count',
    profession: 'theatre scrub nurse',
    source: 'own',
    story: {
      whatHappened:
        'At the end of a laparoscopic case my swab count was one short, and I signed it as correct because I was sure it had been miscounted earlier. An X-ray the next day found the swab, and the patient needed a second operation.',
      whyItHappened:
        "I let the surgeon's impatience and my own certainty override the rule, and the count exists precisely for the moments when you're sure.",
      whatIDid:
        "When the X-ray came back I went straight to the theatre manager and told her I'd signed a count I knew was short. I gave a full statement to the investigation and met the patient's family with the consultant to apologise.",
      whatILearned:
        "I never sign a count that doesn't reconcile now; we stop and search, and X-ray if needed, whoever is waiting. I've since trained new scrub staff on exactly this, using my case, with the trust's permission.",
      roleConnection:
        "You're hiring a band 6 to lead a theatre team, and the count culture in a team comes from whoever leads it.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-su-forklift-near-miss',
    profession: 'warehouse forklift driver',
    source: 'own',
    story: {
      whatHappened:
        "I started reversing out of an aisle without looking over my shoulder and stopped about a metre from a picker who'd stepped out behind me. Nobody was hurt, and I reported it as a near miss that shift.",
      whyItHappened:
        "I was relying on the reversing alarm and the mirror instead of turning round, a habit I'd slipped into on quiet night shifts.",
      whatIDid:
        'I stopped, checked she was okay, and filled in the near-miss form myself before the end of the shift. I asked my team leader to use it in the next safety briefing, with my name on it.',
      whatILearned:
        "I turn my head fully every time I reverse now and sound the horn at every aisle end. I've done two years of nights since without another near miss.",
      roleConnection: "Your site mixes pedestrians and trucks, so this is the most important habit I'd bring.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('no-impact'),
  },
  {
    id: 't3-su-support-agent-esl-export',
    profession: 'customer support agent',
    source: 'own',
    story: {
      whatHappened:
        'I attached the wrong file to a customer email. It was an export with 2,300 customers’ names, phone numbers and order history, and I sent it to one customer.',
      whyItHappened:
        'I had two exports open for a report and I attached from the downloads folder without checking the file name.',
      whatIDid:
        'When I saw it a few minutes later I told my team leader immediately, we called the customer and asked him to delete it and confirm by email, and the company reported it to the data protection authority.',
      whatILearned:
        'Now I never keep exports in downloads; I save them in a restricted folder and delete them the same day, and I always open the attachment before I press send.',
      roleConnection: 'In this role I will handle customer data every day, so I know how serious this is.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-su-electrician-lockout',
    profession: 'maintenance electrician',
    source: 'own',
    story: {
      whatHappened:
        'I worked on a lighting circuit in a factory without locking it off, I just switched it at the panel, and an operator switched it back on while I was in the fitting. I got a shock, not serious, but I was off for two days.',
      whyItHappened:
        'Honestly lockout on a lighting circuit is overkill, everybody on that site did it the same way, and the padlocks were always missing from the board anyway.',
      whatIDid: 'I reported it in the end because my arm was hurting.',
      whatILearned: "I'd probably still not lock off a lighting circuit to be honest, but I'd put a sign on it.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'defensive-tone', 'not-learned', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-su-teacher-safeguarding-delay',
    profession: 'secondary school teacher',
    source: 'own',
    story: {
      whatHappened:
        "A Year 9 student told me something at the end of a lesson that should have gone to the safeguarding lead that day, and I didn't pass it on until the following Monday, four days later.",
      whyItHappened:
        "She asked me not to tell anyone, and I convinced myself I could check in with her first and report it properly afterwards. That wasn't my decision to make; the policy is same day, and I knew that.",
      whatIDid:
        "On the Monday I went to the DSL first thing, told her exactly what the student had said and when, and that I'd sat on it. I logged it on the system with the real date, not the Monday.",
      whatILearned: 'I learned how important it is to follow safeguarding procedures.',
      roleConnection: "Safeguarding is everyone's responsibility.",
    },
    mustFlag: ['unsafe-failure', 'generic-lesson'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
    ],
  },
  {
    id: 't3-su-commis-chef-nut-caught',
    profession: 'commis chef',
    source: 'own',
    story: {
      whatHappened:
        'I plated a risotto for a table with a nut allergy using the pesto that has pine nuts in it, and the sous chef caught it at the pass before it went out.',
      whyItHappened:
        "The allergy was on the ticket, but I was working from the standard spec in my head and didn't reread the ticket when I plated.",
      whatIDid:
        'I remade the dish from clean equipment with the sous chef watching, and told the head chef about it at the end of service.',
      whatILearned:
        'Now I read every ticket twice, when it prints and again when I plate, and for allergy tickets I use the purple board and purple tongs every time. Two years, no repeat.',
      roleConnection: "You do a lot of private dining with allergy lists, so I'd be plating for them every night.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('no-impact'),
  },
  {
    id: 't3-su-relationship-manager-kyc',
    profession: 'bank relationship manager',
    source: 'own',
    story: {
      whatHappened:
        'I opened a business account for a new client without completing the source-of-funds checks, because he was a referral from an existing client, and three months later the account was frozen in a money-laundering investigation.',
      whyItHappened:
        "He was introduced by one of my best clients and I wanted to show good service, so I told myself I'd finish the checks after the account was open. I never did.",
      whatIDid:
        "When compliance contacted me I told them straight away that the checks hadn't been done, gave them everything I had, and co-operated fully with the investigation. I was given a final written warning.",
      whatILearned:
        "I don't open anything now until the KYC file is signed off by compliance, however good the referral, and I've since become one of the people who checks other relationship managers' files before submission.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: allKindsExcept('unsafe-failure', 'no-role-connection'),
  },
  {
    id: 't3-su-bookshop-casual-ordinary',
    profession: 'bookshop assistant',
    source: 'own',
    story: {
      whatHappened:
        "ordered 200 copies of a local author's new book for her signing, we sold 31 on the night and sent the rest back, which cost us about £150 in returns postage and a grumpy rep",
      whyItHappened:
        'I based it on the last big signing we did, which was a celeb cook off the telly. not the same crowd lol',
      whatIDid:
        'sorted the returns, and asked the author to sign 40 extra to keep as signed copies, which we sold over christmas',
      whatILearned:
        'now for signings I ask the author or the publisher what they sold at their last event and order about 1.5x that. done 5 signings since, returns down to a box or two',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
      'unsafe-failure',
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-su-childminder-asleep',
    profession: 'childminder',
    source: 'own',
    story: {
      whatHappened:
        'I fell asleep on the sofa for about twenty minutes one afternoon with three toddlers in my care. One of them got into the kitchen and pulled the kettle lead; the kettle was cold, thank God, but it could have been boiling.',
      whyItHappened:
        "I'd been up most of the night with my own daughter, and I should have called the parents and closed for the afternoon.",
      whatIDid:
        'I told all three sets of parents that evening exactly what had happened, and I reported it to Ofsted myself the next day.',
      whatILearned:
        "I still can't forgive myself. I think about it every single day, and honestly I'm not sure I should be trusted with children.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'self-flagellating', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'indifference',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-su-sharepoint-permissions',
    profession: 'SharePoint administrator',
    source: 'own',
    story: {
      whatHappened:
        'I set the permissions on a new HR folder to everyone in the organisation instead of the HR group, and for eleven days 3,000 staff could open the disciplinary files in it, until someone in sales found it and reported it.',
      whyItHappened:
        "I copied the permissions from a template folder without looking at what the template had, because I'd set up a dozen folders from it that morning.",
      whatIDid:
        'I locked it down within five minutes of the report, pulled the access logs to see who had opened what (nine people, mostly by accident), and sat with the DPO to write the breach assessment the same day.',
      whatILearned:
        'I never copy permissions now; every new folder is built from the group list, and a second admin checks anything with HR or finance in the path before it goes live. We made that the team rule.',
      roleConnection:
        "You're moving everything into a new tenant this year, which is exactly when permissions get copied in a hurry.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-su-tailor-esl-wedding',
    profession: 'tailor',
    source: 'own',
    story: {
      whatHappened:
        'I shortened the trousers of a wedding suit 3 cm too much because I read my notes wrong, and the groom had to wear his own black trousers for the morning photos.',
      whyItHappened:
        'I wrote the measurement on a small paper and my 7 looked like a 1. I did not pin it on the customer again before I cut.',
      whatIDid:
        'I called him the same evening, I said it was my error, I made new trousers from the spare fabric in one day and brought them to the hotel for the ceremony, and I did not charge for the suit.',
      whatILearned:
        'Since that day I write all measurements in the computer, and I always pin on the customer one more time before I cut. I did this for maybe 500 alterations now.',
      roleConnection: 'Your shop does many wedding and event suits with short time, so I know the pressure.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-su-senior-carer-wrong-resident',
    profession: 'senior care assistant',
    source: 'own',
    story: {
      whatHappened:
        "I gave a resident another resident's evening medication, including a sedative, because they were sitting next to each other and I went by the seat instead of the photo on the MAR chart. He was very drowsy for most of the next day.",
      whyItHappened: "I'd done that round hundreds of times and the residents always sat in the same places.",
      whatIDid: 'The nurse called the GP and 111, and the family was informed.',
      whatILearned: 'Always check the photo.',
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'passive-action', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'blame', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-su-hospital-pharmacist-near-miss',
    profession: 'hospital pharmacist',
    source: 'own',
    story: {
      whatHappened:
        'I verified a discharge prescription for methotrexate as daily instead of weekly. The ward pharmacist picked it up at the discharge check, before the patient had taken any or left the ward.',
      whyItHappened:
        'The prescriber had picked the wrong default in the system, and I read the drug and the dose but not the frequency, because weekly methotrexate is so routine that I assumed it.',
      whatIDid:
        'When the ward pharmacist rang me I corrected the record, called the prescriber to explain the system default, and reported it on our incident system as a near miss.',
      whatILearned:
        'For methotrexate and every other once-weekly drug I now read the frequency aloud before I verify, and I pushed for an alert on that default in the prescribing system, which went live four months later.',
      roleConnection:
        "You're a busy teaching hospital with a lot of discharges, which is exactly where high-risk drugs slip through.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('no-impact'),
  },
  {
    id: 't3-su-dental-nurse-autoclave',
    profession: 'dental nurse',
    source: 'own',
    story: {
      whatHappened:
        'I put a tray of instruments back into use that had been through the washer-disinfector but not the autoclave, and they were used on two patients before the end-of-day log showed the missing cycle.',
      whyItHappened:
        "The autoclave had been loaded and I assumed it had run; I didn't check the cycle printout before unloading, which is our procedure.",
      whatIDid:
        'I told the practice manager immediately, we contacted both patients that evening, and the practice arranged blood tests and follow-up through occupational health. I completed the incident report and the retraining.',
      whatILearned: 'I learned that decontamination is not an area where assumptions are acceptable.',
      roleConnection: "Your practice has a strong decontamination record, and I'd want to contribute to that.",
    },
    mustFlag: ['unsafe-failure', 'no-change-evidence'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'opening-too-long',
      'vague-cause',
      'missing-part',
      'no-role-connection',
    ],
  },
  {
    id: 't3-su-fire-warden-training-ordinary',
    profession: 'health and safety coordinator',
    source: 'own',
    story: {
      whatHappened:
        'I booked the annual fire-warden training for the wrong week, so half our wardens were on leave and we had to run a second session, which cost another £900 and a morning of overtime.',
      whyItHappened:
        'I booked it from the old rota without checking the leave planner, which would have shown me eight of the sixteen were off that week.',
      whatIDid:
        'When the trainer confirmed numbers two days before, I moved the absent wardens to a second session the following month and named cover wardens for every floor in between.',
      whatILearned:
        "I check the leave planner before I book anything that needs more than five people now, and I send a calendar hold a month ahead. I've booked four training days since with full attendance.",
      roleConnection: 'You run compliance training across three sites, so the scheduling is half the job.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-su-hgv-hours-esl',
    profession: 'international HGV driver',
    source: 'own',
    story: {
      whatHappened:
        'I drove more than my legal hours one day, 11 hours instead of 9, because the delivery was far and I wanted to get home, and at a roadside check the police found it on the tachograph and I got a fine.',
      whyItHappened:
        'I planned to stop at the services but it was full of trucks, so I continued. I know this was my decision.',
      whatIDid: 'I paid the fine and I told my transport manager myself before he saw the report.',
      whatILearned:
        'Now I plan my break places before I start and I always have a second option, and if I cannot find a place I stop in a layby, I do not continue.',
      roleConnection: 'For your company I will do long distance in Europe, so the hours are very important.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-su-gas-engineer-landlord',
    profession: 'gas engineer',
    source: 'own',
    story: {
      whatHappened:
        "I left a boiler running at a rental property after I'd noticed the flue seal was cracked, and the tenant's CO alarm went off two days later.",
      whyItHappened: "The landlord didn't want to pay for me to come back and fix it, so it wasn't really up to me.",
      whatIDid: 'The landlord got someone else out.',
      whatILearned: "Landlords are tight. That's the trade.",
      roleConnection: '',
    },
    mustFlag: ['unsafe-failure', 'blame', 'passive-action', 'not-learned', 'indifference', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-su-biomedical-scientist-esl-near-miss',
    profession: 'biomedical scientist',
    source: 'own',
    story: {
      whatHappened:
        'I nearly reported a potassium result from a haemolysed sample: the analyser gave 6.8 and I had it ready to authorise, but I looked at the tube before clicking and it was red. We asked the ward for a new sample and it was 4.2.',
      whyItHappened:
        'The haemolysis flag on our analyser was switched off that week for maintenance, and I was used to the analyser telling me. I was checking the number, not the sample.',
      whatIDid:
        'I held the result, rang the ward to explain and ask for a repeat, and told the senior about the disabled flag so everybody on the shift would check the tubes by eye.',
      whatILearned:
        'Now I look at every tube with a high potassium before I authorise, flag or no flag, and I put a note on the analyser whenever a flag is switched off for maintenance. I do this for four years.',
      roleConnection: 'Your lab runs 24 hours with a small night team, so every scientist has to check like this.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('no-impact'),
  },
  {
    id: 't3-su-export-coordinator-esl-incoterm',
    profession: 'export sales coordinator',
    source: 'own',
    story: {
      whatHappened:
        'I sent a pro-forma invoice to a customer in Poland with the wrong Incoterm, DAP instead of EXW, so we paid the transport ourselves, 2,100 euro that we did not plan.',
      whyItHappened: 'I used the template of another customer and I did not change the delivery terms field.',
      whatIDid:
        'I told my manager the same day the forwarder sent the bill, and I called the customer to agree we share the cost this one time; he accepted 50%.',
      whatILearned:
        'Now I make every pro-forma from the customer master data, never from another customer’s template, and I check the Incoterm against the order confirmation before sending.',
      roleConnection: 'You export to many countries with different terms, so this is the daily risk.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
];
