/**
 * Whole answers whose opening tells a specific failure but not what it cost (no impact), then
 * look-alikes whose opening states a concrete cost in an unusual way (a vague word with a cost,
 * the cost first, the cost in people or in colleagues' time, the cost in the next sentence).
 * The rest of every answer is sound.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const impactOpenings: EvalCase[] = [
  story(
    't11-op-solar-inverters',
    'solar installation coordinator',
    [
      "I ordered the wrong inverters for a forty-panel job on a school roof in Leeds.",
      "I worked from the first design, and the designer had sent a revised one the week before with a bigger array. I didn't check for a newer version before ordering. That was my step to do. The revision email had come in on a Friday afternoon and I'd filed it to read on Monday, then forgot.",
      "When the delivery arrived and the installer queried it, I rang the supplier, arranged an exchange, and told the school's business manager myself about the change of date. I also told my manager what had happened. I updated the job file so the installers had the right equipment list before they went back.",
      "Now I order only from the design marked final in our system, and I check the revision number with the designer by phone before every order.",
      "You coordinate a lot of installs at once, so that check would be part of my routine.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  story(
    't11-op-radio-producer-guests',
    'radio producer',
    [
      "I booked two guests for the same eight-fifteen slot on the breakfast show.",
      "I kept bookings in my own notebook and in the shared diary, and I entered one of them only in the notebook. I was the only producer that week and didn't double-check the diary against the notes. My editor had asked all of us to stop using private notebooks months earlier, and I'd kept mine out of habit.",
      "When both guests arrived I told the presenter, moved one guest to the next hour, and apologised to her in person. Afterwards I explained to my editor what I had done wrong. I also sent the guest a thank-you note that afternoon.",
      "Since then all bookings go straight into the shared diary and nowhere else, and I read out the next day's running order to the presenter every afternoon.",
      "Your station runs several live shows a day, so I'd bring that discipline.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  story(
    't11-op-translator-contract',
    'legal translator',
    [
      "I translated a clause on payment terms in a supply contract from an older version of the source document.",
      "The client sent two versions with very similar names, and I didn't compare the dates in the file. I should have asked which was final before I started. I was working on three jobs that week and went for the file that opened first.",
      "When the client's lawyer noticed a difference, I compared both versions line by line that day, corrected the translation, and sent a note listing every change so the lawyer could check. I didn't charge for the correction, and I told the agency's project manager what had happened.",
      "I now confirm the final version in writing with the client before starting any legal text, and I compare the files' dates as my first step.",
      "Your firm translates a lot of contracts, so I'd bring that practice from day one.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  story(
    't11-op-merchandiser-sale-date',
    'e-commerce merchandiser',
    [
      "I set the wrong start date for our spring sale on the online shop, so the prices went live a day early.",
      "I entered the date in the American format in a system set to the British one, and I didn't preview the sale before scheduling it. It was my setup and my mistake. I had done the setup late on a Thursday and was in a hurry to get it scheduled before the weekend.",
      "As soon as the customer service team flagged it I switched the sale off, told my manager and the finance team, and we agreed how to handle the orders that had come in. Then I went through every other scheduled promotion for the quarter to check the dates.",
      "Now I preview every scheduled change in the test shop and check the date written out in words before I press save.",
      "Your shop runs a lot of timed promotions, so this is directly relevant to the role.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  story(
    't11-op-exams-officer-rooms',
    'university exams officer',
    [
      "I sent the exam timetable to about three hundred students with the wrong room for one of the papers.",
      "I copied the room column from the draft timetable instead of the final one, and I didn't ask a colleague to check it before sending, which was our usual practice. I skipped it because it was the end of the day. The colleague who usually checked was in the next room, so it would have taken five minutes.",
      "When a lecturer noticed, I sent a correction to every student that evening, put signs up at both rooms, and asked two colleagues to stand at the old room on the day. I told the head of student services what had happened the next morning.",
      "Now every timetable is checked by a second person before it goes out, no matter how late it is, and I send it from the final file only.",
      "Your office runs exams for thousands of students, so I know how much that check matters.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  story(
    't11-op-interior-designer-curtains',
    'interior designer',
    [
      "I ordered made-to-measure curtains for a client's living room using the measurements of the wrong window.",
      "I had measured two rooms on the same visit and wrote both sets on one page without labels. When I placed the order, I took the wrong line. I should have labelled them straight away. The two windows were almost the same width, so nothing on the order form looked odd to me.",
      "When the curtains were fitted and came up short, I told the client straight away that it was my error, reordered at our cost, and fitted temporary blinds until they arrived. I also went back to measure the rest of the house again myself, to be sure nothing else was wrong.",
      "Now every measurement I take is labelled with the room and window on the spot, with a photo, and I read them back to the client before I order.",
      "You run a lot of full-house projects, so I think that habit would be valuable.",
    ],
    ['no-impact'],
    allKindsExcept('no-impact'),
  ),
  // Look-alikes: the opening states a concrete cost, in unusual ways.
  story(
    't11-op-agency-lost-account',
    'account director',
    [
      "It went badly, honestly: we lost the Hargreaves account, about a fifth of our agency's income, after a pitch I led.",
      "I presented the creative we loved rather than answering the brief they'd written, and I didn't run the pitch past anyone outside the team. I was sure of the idea and I didn't want the doubts. Two people in the team had quietly raised the brief with me, and I brushed it aside.",
      "I asked Hargreaves for feedback the week after, listened to it without arguing, and shared it with the whole agency. Then I helped the team plan how to replace the income, and we won two new clients by the end of the year.",
      "Since then every pitch I lead has a review by someone outside the team two days before, and we check each idea against the client's brief line by line.",
      "Your agency pitches a lot, so I'd bring that discipline to it.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-op-software-late-payment',
    'software project manager',
    [
      "A project I managed didn't go well — we shipped eleven weeks late and the client withheld the final payment of £14,000 until it was accepted.",
      "I agreed the plan without checking the estimates with the two developers who would build it, and I didn't put any buffer in for testing. I wanted to give the client the date they asked for. The developers told me later they had thought the date was tight, but they hadn't been asked.",
      "Once I saw we were slipping, I rebuilt the plan with the developers, told the client the new date and why, and met them every week until it shipped. I also wrote up what had gone wrong in the plan for our other project managers.",
      "Now every plan I put my name to is estimated by the people doing the work, with testing time in it, and I share the risks with the client at the start.",
      "You manage a lot of fixed-price projects, so I'd bring that honesty about estimates.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-op-school-open-day',
    'school admissions officer',
    [
      "Nineteen families turned up at an open day I had cancelled by email but not on the website, some of them after driving over an hour.",
      "I'd updated the mailing list but the web page was on my to-do list for later, and I didn't get to it. That was my job and I didn't finish it. It was a busy week with exams, but that's exactly when the web page should have come first.",
      "I met the families at the door myself, apologised, and the head and I gave them a shorter tour there and then. I then emailed each of them the next day and offered a private visit.",
      "Now any change to an event goes on the website first, before any email, and I check the page from my phone before I send the message.",
      "Your admissions team runs a lot of events each year, so that order of things is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-op-auditor-colleagues-week',
    'external auditor',
    [
      "My mistake in the planning of a manufacturing audit added a full working week to the job for three of my colleagues.",
      "I set the sample size for inventory from last year's file without noticing the client had opened two more warehouses. I didn't read the updated company overview, and I should have. It was in the permanent file, on the first page, and I went straight to last year's working papers instead.",
      "When the senior asked why the numbers didn't match, I recalculated the sample, told the manager myself and reorganised the team's schedule so the work was done before the deadline. I also took on two of the extra days myself so the others could get back to their own clients.",
      "Now I start every planning from the current year's overview and check the number of sites before I set any sample.",
      "Your firm audits a lot of growing businesses, so that check is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-op-caterer-wedding',
    'wedding caterer',
    [
      "I misread the menu choices for a wedding. Forty guests were served the vegetarian option they hadn't chosen, and the couple asked for a partial refund, which we gave.",
      "The choices came on a spreadsheet with two tabs, and I worked from the first one, which was an older list. I didn't check with the couple which was final. The second tab had the final choices, and it was even labelled that way.",
      "On the night, as soon as we realised, we offered every affected guest the main they'd chosen, cooked as fast as we could, and I apologised to the couple the next day. I explained exactly what had happened and what we would change, and I offered the refund before they asked.",
      "Now I send the couple a final count of every dish to sign a week before, and we only cook from that signed sheet.",
      "Your company caters a lot of weddings, so that sign-off is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-op-planner-consultation',
    'town planner',
    [
      "The result of a map I drew was that the town council had to pay for a second round of public consultation, roughly £8,000 and two more months.",
      "I took the boundary of the conservation area from an old file and didn't check it against the current designation. I assumed it hadn't changed, and it had. The area had been extended a year earlier, and the committee papers were easy to find if I'd looked.",
      "When a resident pointed it out, I checked the records, told my manager, and prepared the corrected map and a note explaining the error for the council's website. I also checked every other map in the pack against the live data before the new round began.",
      "Now I take every boundary from the live map service and write the date I checked it on the map itself.",
      "Your team prepares a lot of consultation material, so that habit is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
];
