/**
 * Whole stories whose weakness is in the opening: failures never named, numbers and names
 * that are not consequences, specific errors with no stated effect; plus stories that
 * name the failure and its cost.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const vagueStories: EvalCase[] = [
  {
    id: 't3-sv-mortgage-adviser',
    profession: 'mortgage adviser',
    source: 'own',
    story: {
      whatHappened: "I made an error on a client's mortgage application a couple of years ago.",
      whyItHappened:
        "I was working from an old copy of the lender's criteria sheet that I'd saved to my desktop, instead of checking the lender portal each time.",
      whatIDid:
        'When the underwriter queried it I called the client the same day, told him it was my mistake, and resubmitted with the right income evidence within 48 hours.',
      whatILearned:
        "I deleted every saved criteria sheet off my laptop and I open the live portal for each case now. It's a couple of minutes slower and I haven't had a criteria query since.",
      roleConnection:
        "You work with a big panel of lenders, so criteria change all the time; working from live criteria is exactly the habit I'd bring here.",
    },
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-transport-planner-casual',
    profession: 'transport planner',
    source: 'own',
    story: {
      whatHappened:
        'there was an issue with one of our deliveries into a supermarket DC, this was like 2021, peak season',
      whyItHappened: "I'd planned the route off the old booking slot and didn't check the portal for the updated one",
      whatIDid: 'I rang the DC, got us a new slot for the next morning and rang the customer myself to tell them',
      whatILearned: 'now I check the booking portal the morning of every delivery, takes 2 mins',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
    ],
  },
  {
    id: 't3-sv-physio-sheet',
    profession: 'physiotherapist',
    source: 'own',
    story: {
      whatHappened:
        'I discharged a patient after a knee replacement with the wrong exercise sheet, the one for hip replacements.',
      whyItHappened:
        'Both sheets were in the same tray and I took one off the top without reading the heading, because I was running behind on my list and wanted to get him out.',
      whatIDid:
        'When I realised at the end of the day I rang him, apologised, talked him through the right exercises on the phone, and posted the correct sheet first class.',
      whatILearned:
        "I only hand out a sheet now after I've written the patient's name on it in front of them, which makes me look at the title every time.",
      roleConnection:
        "In a busy outpatient service like yours, the handouts are half the treatment, and I'd bring that habit with me.",
    },
    mustFlag: ['no-impact'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-barber-esl',
    profession: 'barber',
    source: 'own',
    story: {
      whatHappened:
        'Two years ago, on a Saturday, one regular customer, Mr. Hassan, I made a problem with his haircut.',
      whyItHappened: 'I was talking too much with the other customer waiting and I was not concentrate on the clipper.',
      whatIDid: 'I said sorry to him, I fix it the best I can, and I did not take money from him.',
      whatILearned:
        "Now on Saturday I don't talk while I do the clipper part, only after, and I ask the customer to check in the mirror before I finish.",
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-architectural-tech-polished',
    profession: 'architectural technologist',
    source: 'own',
    story: {
      whatHappened:
        'On a residential scheme early in my career, I was responsible for a drawing package that did not meet the standard the project required.',
      whyItHappened:
        "I was still learning the practice's CAD standards and didn't fully appreciate how much the contractor relied on our details.",
      whatIDid: 'I worked closely with the project architect to revise the package, and we reissued it.',
      whatILearned: 'I learned the importance of quality control and attention to detail.',
      roleConnection: "I'm keen to bring that learning to your practice.",
    },
    mustFlag: ['vague-failure', 'no-impact', 'generic-lesson'],
    mustNotFlag: [
      'blame',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'missing-part',
    ],
  },
  {
    id: 't3-sv-wedding-planner-flowers',
    profession: 'wedding planner',
    source: 'own',
    story: {
      whatHappened:
        'I gave the florist the wrong venue address for a wedding, so the table flowers went to the church instead of the reception hall, and 14 tables sat bare for the first hour of the meal.',
      whyItHappened:
        "I copied the address from the ceremony section of my planning sheet instead of the reception section, and that week I didn't send the florist the run sheet I normally send.",
      whatIDid:
        "I drove to the church myself, loaded the flowers into my car with the florist's driver and had them on the tables by the main course. The next day I rang the couple, apologised and refunded my fee for the day.",
      whatILearned:
        "Since then every supplier gets the same one-page run sheet, one address per line with times, and they have to reply to confirm it. I've done thirty-odd weddings that way.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
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
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-payroll-supervisor-numbers',
    profession: 'payroll supervisor',
    source: 'own',
    story: {
      whatHappened:
        'In April 2023, during our year-end, with about 1,200 employees on the system, I made an error in one of the payroll steps.',
      whyItHappened: 'I was rushing to meet the cut-off.',
      whatIDid: 'I reported it to my manager and we corrected it in the next run.',
      whatILearned: "I learned to take my time on year-end even when it's busy.",
      roleConnection: 'Payroll accuracy is obviously very important in this role as well.',
    },
    mustFlag: ['vague-failure', 'no-impact'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-sv-school-librarian',
    profession: 'school librarian',
    source: 'own',
    story: {
      whatHappened:
        'I ordered the Year 8 class set of their reading book in the abridged edition instead of the full text.',
      whyItHappened:
        "The two editions had the same cover, and I ordered by title from the supplier's search instead of by ISBN from the English department's list.",
      whatIDid: 'I phoned the supplier that morning and arranged a return and a reorder of the right edition.',
      whatILearned:
        "I order by ISBN only now, and I paste it straight from the department's email rather than retyping it.",
      roleConnection:
        'You mentioned the library handles all the class sets here, so ordering accuracy would be a big part of my week.',
    },
    mustFlag: ['no-impact'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-sysadmin-casual',
    profession: 'systems administrator',
    source: 'own',
    story: {
      whatHappened: 'had a bit of an incident with a server update a while back, nothing crazy',
      whyItHappened: "didn't test it properly beforehand tbh",
      whatIDid: 'rolled it back and then did it properly the weekend after',
      whatILearned: 'test stuff first lol',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'opening-too-long', 'passive-action'],
  },
  {
    id: 't3-sv-teaching-assistant-esl',
    profession: 'teaching assistant',
    source: 'own',
    story: {
      whatHappened: 'I gave the wrong homework sheet to the group I support, it was the sheet for the higher group.',
      whyItHappened:
        'The teacher put two piles on the desk and I did not read the top, I just take the pile near to me.',
      whatIDid:
        'When I see it the next morning I told the teacher immediately, I explained to the children and I gave them the correct sheet.',
      whatILearned:
        'Now I write the group name on top of each pile when the teacher gives them to me, before I take anything.',
      roleConnection: 'In this school I will work with small groups every day, so this is very useful for me.',
    },
    mustFlag: ['no-impact'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-retail-buyer-strong',
    profession: 'footwear buyer',
    source: 'own',
    story: {
      whatHappened:
        'I bought 4,000 pairs of a summer sandal on the size curve we use for trainers, heavy in the big sizes, and we ended the season with 1,100 pairs in 9s and 10s that went at 70% off.',
      whyItHappened:
        "I reused last season's trainer curve because I had no sandal history, and I didn't ask the womenswear buyer, who did have it.",
      whatIDid:
        'When sell-through came in at week four I cancelled the repeat order, moved 600 pairs to our outlet stores and agreed a markdown plan with the merchandiser so we cleared before autumn.',
      whatILearned:
        "When I buy a category I haven't bought before, I now get the size curve in writing from whoever has, before I place anything. I've done that for three new categories since.",
      roleConnection:
        "You're moving into homeware, which is new for the team, and that's exactly where borrowed history matters.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sv-hvac-numbers',
    profession: 'commercial heating engineer',
    source: 'own',
    story: {
      whatHappened:
        'I had a callback on a 40-kilowatt boiler install at a care home in Swindon, November 2021, my first winter doing commercial.',
      whyItHappened: 'Looking back I rushed the commissioning.',
      whatIDid: 'I went back out and sorted it.',
      whatILearned: 'Take your time on commissioning.',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'no-role-connection'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'opening-too-long'],
  },
  {
    id: 't3-sv-pr-embargo',
    profession: 'PR account executive',
    source: 'own',
    story: {
      whatHappened:
        'I sent a press release out to our whole media list with the wrong embargo time on it: 00:01 on the Tuesday instead of the Thursday.',
      whyItHappened:
        "I'd drafted it from the previous release's template and only changed the date in the body, not in the header.",
      whatIDid:
        'As soon as I spotted it I emailed every journalist individually with the correction and rang the six I knew best.',
      whatILearned: 'I think what I learned is to check the header. Yeah.',
      roleConnection: '',
    },
    mustFlag: ['no-impact', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'humblebrag',
      'self-flagellating',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
      'not-learned',
    ],
  },
  {
    id: 't3-sv-bank-ops-esl',
    profession: 'bank operations officer',
    source: 'own',
    story: {
      whatHappened:
        'In my previous bank in Lagos we had a situation with some transfers which I was handling, it was the end of the quarter.',
      whyItHappened: 'There was a lot of pressure and workload in that period.',
      whatIDid: 'Me and my supervisor worked on it and it was resolved.',
      whatILearned: 'I learned to manage pressure better and to be more careful with transactions.',
      roleConnection: 'I believe this experience make me stronger for this role.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'passive-action', 'generic-lesson'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-sv-plumber-casual-strong',
    profession: 'plumber',
    source: 'own',
    story: {
      whatHappened:
        "didn't tighten a compression fitting under a kitchen sink properly, it wept for a week behind the unit and the customer's new oak floor lifted, about £1,800 to put right",
      whyItHappened:
        'I was on my third job that day and skipped the dry tissue check I normally do round every joint before I leave',
      whatIDid:
        "went back the same day she rang, fixed the joint, told her straight it was my workmanship and put it through my insurance so she wasn't out of pocket, then helped the flooring guy lift the boards",
      whatILearned:
        'I do the tissue check on every joint now however late it is, and I take a photo of the dry joints for the job sheet',
      roleConnection: "you do a lot of kitchen refits so it's the same kind of joints all day",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-sv-social-media-present',
    profession: 'social media manager',
    source: 'own',
    story: {
      whatHappened: "So there's this campaign, right, and it doesn't go how we want, and I'm the one running it.",
      whyItHappened: 'I think we just misread the audience a bit.',
      whatIDid: 'We pivot, we learn, we move on to the next one.',
      whatILearned: 'You have to really know your audience.',
      roleConnection: 'And knowing your audience is obviously huge for a brand like yours.',
    },
    mustFlag: ['vague-failure', 'no-impact', 'vague-cause', 'generic-lesson', 'passive-action'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'missing-part'],
  },
  {
    id: 't3-sv-nail-tech-esl',
    profession: 'nail technician',
    source: 'own',
    story: {
      whatHappened: 'I booked two clients at the same time for gel extensions, both two hours.',
      whyItHappened:
        'One booking came by Instagram message and one by phone, and I wrote only the phone one in the book.',
      whatIDid:
        'I called the second client in the morning, I said sorry, it was my mistake, and I gave her the next day with 20% discount.',
      whatILearned:
        'Now all bookings go only in the online system. The Instagram ones I put there myself before I answer the message.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: [
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
      'indifference',
      'unsafe-failure',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-actuary-polished',
    profession: 'pensions actuary',
    source: 'own',
    story: {
      whatHappened:
        'I used the wrong mortality table in a draft funding valuation for a mid-sized pension scheme: the previous version, not the one the trustees had agreed.',
      whyItHappened:
        "I'd rolled the model forward from the prior year's file and didn't reopen the assumptions log to confirm each input. I was confident I knew what had changed, and I was wrong about one thing.",
      whatIDid:
        "When the reviewing actuary flagged a liability figure that looked low, I traced it to the table within the hour, corrected and re-ran the model, and wrote a short note to the trustees' secretary explaining the change before the draft went to the meeting.",
      whatILearned:
        "I now tick every assumption in the log against the trustees' minutes before I run anything, and I ask the reviewer to look at the log as well as the outputs.",
      roleConnection:
        'Much of your work is scheme valuations on tight trustee timetables, which is exactly when rolling a model forward is tempting.',
    },
    mustFlag: [],
    mustNotFlag: [
      'vague-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
  {
    id: 't3-sv-site-manager-bullets',
    profession: 'construction site manager',
    source: 'own',
    story: {
      whatHappened:
        "- project: 12 flats, timber frame\n- my role: site manager\n- what went wrong: handover didn't go well",
      whyItHappened: "- snagging started late\n- I didn't get the subbies back in time",
      whatIDid: '- worked weekends\n- got it over the line',
      whatILearned: '- start snagging earlier',
      roleConnection: '',
    },
    mustFlag: ['vague-failure', 'no-impact', 'no-role-connection', 'no-change-evidence'],
    mustNotFlag: ['blame', 'humblebrag', 'self-flagellating', 'unsafe-failure', 'opening-too-long', 'defensive-tone'],
  },
  {
    id: 't3-sv-recruiter-dev',
    profession: 'recruitment consultant',
    source: 'own',
    story: {
      whatHappened: 'I had a placement go wrong with a candidate called Dev, a senior accountant, in the August.',
      whyItHappened:
        "I didn't qualify him as well as I should have. I never asked why he'd left his last two jobs inside a year.",
      whatIDid:
        'When the client rang me I went to see them in person, apologised, and ran a free replacement search; I found them someone within five weeks.',
      whatILearned:
        'Now I ask every candidate about each move on their CV and I write their answers into the file before I put them forward.',
      roleConnection: 'You place a lot of senior finance people, where one bad placement can cost you the client.',
    },
    mustFlag: ['vague-failure'],
    mustNotFlag: [
      'blame',
      'defensive-tone',
      'passive-action',
      'not-learned',
      'no-change-evidence',
      'generic-lesson',
      'humblebrag',
      'self-flagellating',
      'indifference',
      'unsafe-failure',
      'missing-part',
      'no-role-connection',
      'opening-too-long',
      'vague-cause',
    ],
  },
];
