/**
 * Whole answers whose main problem is the OPENING, the rest sound: a vague failure (a category,
 * a feeling, a period, "things went wrong", a person or a number with no consequence) or a
 * specific failure with no impact told (what happened, not what it cost, for whom, how much).
 * Then look-alikes whose opening states a concrete cost in unusual ways, which must stay quiet.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

/** Every kind but the opening's two: the rest of these answers is sound. */
const restSound = allKindsExcept('vague-failure', 'no-impact');

export const vagueOpenings: EvalCase[] = [
  story(
    't11-op-copywriter-campaign',
    'copywriter',
    [
      "A campaign I worked on at my last agency didn't go well, and I was the lead writer on it.",
      "I wrote the headlines around a joke that our team loved, and I didn't test them with anyone who actually used the client's product. I was confident in the idea and I pushed it through the internal review because I was senior on the account.",
      "When the client's first results came back, I set up a quick test of three new headlines with a sample of their customers, rewrote the main lines around the one that did best, and presented the change to the client myself.",
      "Now I test two or three headline options with real customers before anything goes to the client, even if it's just a short survey, and I bring the results to the review rather than my own opinion.",
      "You write for a lot of consumer brands, so testing early is what I'd bring to this team.",
    ],
    ['vague-failure'],
    allKindsExcept('vague-failure', 'no-impact'),
  ),
  story(
    't11-op-fitness-instructor-period',
    'fitness instructor',
    [
      "There was a period last year when things went wrong with my evening classes at the leisure centre.",
      "I had changed the format to a harder circuit because I was bored of the old one, and I didn't ask the regulars what they wanted. Looking back, I planned the class for me rather than for them.",
      "When my manager showed me the attendance sheets I asked the class to fill in a short feedback card, went back to a mixed-level format with options for each station, and spoke to a few of the regulars who had stopped coming to invite them back.",
      "I now run a feedback card every term and change one thing at a time, so I can see what's working. Before a big change I try it as a one-off session first.",
      "Your gym runs classes for very mixed ages and abilities, so I think that habit would fit well.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-postdoc-second-year',
    'postdoctoral researcher',
    [
      "My biggest failure was probably the second year of my PhD. It was a really hard time for me.",
      "I'd committed to a method that I had never used before, and I kept going with it for months after the early results looked wrong, because I didn't want to admit to my supervisor that I'd chosen badly. I worked alone when I should have asked for help.",
      "Eventually I booked a meeting with my supervisor and a colleague from another group who knew the method, showed them everything including what hadn't worked, and we agreed to change the approach. I rewrote my plan for the third year that month.",
      "Now I set a checkpoint at the start of every project, a date by which I show the first results to someone else, and I keep to it even when the results are bad.",
      "This post needs someone to lead projects independently, and I think knowing when to ask is part of that.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-environmental-consultant-marion',
    'environmental consultant',
    [
      "I had a bad experience with a client called Marion on a site report for a housing developer in 2021.",
      "I wrote the ecology section from a desktop study and a single visit in late autumn, and I didn't say clearly in the report that autumn is the wrong season to survey for bats. I assumed the planning officer would know. That was my responsibility as the author.",
      "When the planning officer raised it, I called Marion, explained the gap in my report, and booked the bat surveys for the first suitable weeks of spring. I also rewrote the section so the limits of the survey were stated on the first page.",
      "Since then every report I write has a limitations box on page one, and I tell clients at the quote stage which surveys are seasonal and when they can be done.",
      "Your team works on a lot of planning applications, so that kind of clarity up front is what I'd bring.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-ground-staff-gate',
    'airline customer service agent',
    [
      "One time things went wrong at the gate with a flight to Lisbon with 180 passengers on it.",
      "I was leading boarding and I started before I'd checked the final passenger list against the one in the system. Two families had been moved to a later flight and I didn't know. I should have done the check even though we were under pressure from the turnaround. The flight was already twenty minutes behind and I was keen to claw some of that back.",
      "As soon as I saw the mismatch I stopped boarding, called the duty manager, and went to speak to the two families myself to explain and help them to the service desk. Then we restarted boarding in the right order.",
      "Now I always compare the lists before I open the gate, however tight the turnaround, and I tell the team I'm doing it so nobody starts without me.",
      "This role is about busy turnarounds, and that check is something I'd do every time.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-hvac-commercial',
    'HVAC technician',
    [
      "I'd say a failure was on a job in March, a commercial install, which I wasn't happy with at all.",
      "I sized the ducting for the first floor from the drawings I was sent rather than measuring on site, and the drawings were out of date. I should have gone and measured; it was my job to check. The site manager had offered to walk me round the week before, and I said the drawings would do.",
      "When the system was tested and the air flow was low, I went to the site the next day, measured everything, and redesigned the first floor run. I told my supervisor and the client's project manager what I'd got wrong and agreed a date to fit it again.",
      "Now I measure on site for every job before ordering, even when the drawings say they're final. It adds a morning, and it's worth it.",
      "You do a lot of commercial fit-outs, so that habit would transfer directly.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-ranger-volunteers',
    'park ranger',
    [
      "I made a mistake with the volunteer programme when I first started at the country park.",
      "I planned the tasks without asking the volunteers what they were good at or wanted to do, and I gave the same group hedge-laying every week. I thought I was being organised, but I wasn't listening. A few of the long-standing volunteers had been hedge-laying for years and wanted to try something new, and I never asked.",
      "After a conversation with one of the longest-serving volunteers, I ran a short session where everyone said what they'd like to learn, rotated the tasks each month, and paired new people with experienced ones.",
      "Now I do a short catch-up with each volunteer every quarter and plan the work from that. I also keep a skills list on the office wall.",
      "Your park relies on a large volunteer team, so I'd bring that way of working. I enjoy that side of the job as much as the fieldwork.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-florist-mothers-day',
    'florist',
    [
      "Mother's Day two years ago was a failure for me as a shop manager.",
      "I ordered stock based on the previous year's sales, but I didn't account for the new online orders we'd started taking that spring. The forecast was mine and I didn't look at the new numbers. The online shop had been my idea, too, so I really had no excuse for leaving it out.",
      "On the Friday I realised, so I called two other wholesalers, got extra stock delivered on Saturday morning, and worked through the night with my assistant to make up the bouquets. I phoned the customers whose orders would be late myself. Afterwards I sat down with the owner and went through what had happened and what I'd change.",
      "Now my forecast for every big day includes every channel separately, online, phone and walk-in, and I review it with the owner two weeks before.",
      "Your shops do a lot of online orders, so I think that's directly useful.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-archivist-digitisation',
    'archivist',
    [
      "I struggled with a digitisation project at the county record office, and it's the one I think about when I get asked this question.",
      "I planned the scanning without a proper test of how long each document took, and I took on a thousand volumes on a scheme that assumed ten minutes each. That estimate was mine and I didn't check it with the team who would do the scanning.",
      "When I saw we were behind in the first month, I timed a sample of fifty volumes with the scanning team, presented a new plan to the project board, and agreed to do the most requested collections first.",
      "Now I pilot every project for two weeks before I commit to a timeline, and the people doing the work help set the estimate. It has made my plans slower to write and much easier to keep.",
      "Your archive has several digitisation projects planned, so I'd bring that planning with me.",
    ],
    ['vague-failure'],
    restSound,
  ),
  story(
    't11-op-mechanic-situation',
    'vehicle technician',
    [
      "It was a difficult situation with a customer's car that I'd worked on at the garage.",
      "I replaced a part based on the fault code alone and didn't do the full diagnostic test the manual asks for. I was trying to get through the jobs that day and I took a shortcut that was my choice. The fault code pointed to the sensor, and I went with it because it usually is the sensor.",
      "When the customer came back, I apologised, did the full test, found the real fault in the wiring, and fixed it. I explained to my manager what I had skipped and we didn't charge the customer for the second visit.",
      "Now I run the full diagnostic on every fault before ordering parts, and I write the result on the job card so the service advisor can explain it to the customer. It takes ten minutes longer per job and saves a lot more than that.",
      "Your workshop sees a lot of electrical faults, so that discipline is what I'd bring.",
    ],
    ['vague-failure'],
    restSound,
  ),
];
