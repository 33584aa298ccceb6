/**
 * Unsafe failures: answers that reveal an integrity, safety, confidentiality or honesty breach
 * an interviewer would see as disqualifying (a falsified log, a skipped mandatory check, data
 * taken home, a lie to a customer or a manager), however well the rest is told (must flag).
 * Look-alikes use serious-sounding words for safe failures (a "critical" deadline, a "killed"
 * story, a reported near miss, a typo caught in review, an "attack" that was a drill, corners
 * cut on formatting) and must not be called unsafe.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

/** Kinds that clearly do not apply to an unsafe failure told otherwise in good order. */
const unsafeButOrderly = allKindsExcept(
  'unsafe-failure',
  'blame',
  'defensive-tone',
  'indifference',
  'no-impact',
  'vague-cause',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
);

export const unsafeStories: EvalCase[] = [
  story(
    't12-uf-radiographer-pregnancy-check',
    'diagnostic radiographer',
    [
      "On a very busy Saturday in A&E I X-rayed a young woman's pelvis without asking the pregnancy question, which is a legal requirement for anyone of childbearing age before we expose them. I skipped it on purpose because she was in pain, the queue was long and I assumed she'd have said. She turned out to be about seven weeks pregnant.",
      'The honest reason is that I decided the check was a formality that day. I had asked it hundreds of times and nearly always got a no, so I let the queue decide for me.',
      'When she mentioned it on the way out, I told the senior radiographer straight away, and we reported it to the radiation protection adviser. The dose was calculated and she was counselled by a consultant. I also filled in the incident form myself.',
      "I learned that the check exists exactly for the day it feels pointless. Now I ask it and record the answer for every patient in the range, however busy it is, and I've become the one in our team who reminds newer staff.",
      "Your department runs a large trauma list, so I know how much pressure there is to skip steps, and I won't.",
    ],
    ['unsafe-failure'],
    // A 61-word opening: left open, as batch 10 did for openings of 61–69 words.
    unsafeButOrderly.filter((k) => k !== 'opening-too-long'),
  ),
  story(
    't12-uf-security-patrol-log',
    'security officer',
    [
      "On night shifts at a distribution centre near Birmingham I signed the patrol log for rounds I hadn't walked. For about three weeks I did the 2 a.m. and 4 a.m. rounds from the CCTV room and wrote them in as walked, and one night a fire door at the back was found propped open by the morning shift.",
      'I was doing twelve-hour nights with a second job in the day, I was exhausted, and I thought the cameras covered enough. The log asks if you walked it, and I wrote yes.',
      "When the supervisor asked about the fire door I admitted that I hadn't walked that round and that I'd done the same on other nights. I was given a final written warning, which was fair, and I gave up the second job.",
      "What I took from it is that a log is a promise to the next person, not paperwork. Since then I walk every round on the schedule, and if I can't, I write down why and call the supervisor.",
      "I know this site has lone working at night, so you need someone whose log you can trust, and I've learned that the hard way.",
    ],
    ['unsafe-failure'],
    unsafeButOrderly,
  ),
  story(
    't12-uf-underwriter-personal-email',
    'insurance underwriter',
    [
      "In my first year as an underwriter in Manila, I forwarded a spreadsheet of about 1,200 policyholders' details, names, dates of birth and medical disclosures, to my personal Gmail so I could finish a renewal review at home over the weekend.",
      'I knew we were not supposed to do it. The VPN was very slow from my flat and I wanted to impress my team lead by finishing early, so I chose the quicker way.',
      'Our data loss system flagged the email on Monday morning. When compliance asked me, I told them the truth straight away, deleted the file from my account in front of them, and they reported it to the regulator as a breach. I had a formal warning.',
      'I learned that convenience is exactly how data leaks happen. Now I only work on customer data on company systems, and when the VPN is slow I raise a ticket instead of finding a way around it. I also did the data protection course again on my own.',
      'This role handles health information every day, so I would bring that discipline with me.',
    ],
    ['unsafe-failure'],
    unsafeButOrderly,
  ),
  story(
    't12-uf-crane-preuse-check',
    'tower crane operator',
    [
      'On a job in Perth I started lifting one morning without doing the pre-use check on the crane, and then I ticked the checklist as done. Later that day the slew brake started slipping, and we had to stop all lifts for a day and a half while the engineer fixed it.',
      "We were behind on the concrete pour, the site manager was on the radio every ten minutes, and I'd done the check every day for two years without finding anything. I decided to skip it and fill in the sheet after.",
      "When the brake slipped, I lowered the load and shut down, called it in, and when the engineer asked if the check had been done I told him I'd ticked it without doing it. I was stood down for a week and retrained.",
      "I learned that a check is only worth anything if it's real. Now I do the check before I even start the engine, and I've told every site manager since that the crane doesn't move until it's done.",
      "Your sites use a lot of tower cranes, and I'd be the operator who never signs off something he hasn't looked at.",
    ],
    ['unsafe-failure'],
    unsafeButOrderly,
  ),
  story(
    't12-uf-credit-analyst-figure',
    'credit analyst',
    [
      "As a credit analyst at a regional bank in Ohio, I changed a small business's debt service coverage ratio in my write-up from 1.18 to 1.25 so that the loan would pass our credit policy. It was a family-owned restaurant that I really believed in, and they got the $400,000.",
      "I told myself their next year would be better and that the model was too conservative. I didn't tell my manager what I had done, and I let the credit committee approve it on my figure.",
      'About six months later an internal audit found the difference. When my manager asked me, I told him the truth. I was moved off lending decisions for a year and went through a formal review, which I accepted.',
      "I learned that if I believe a rule is wrong, the answer is to argue it openly, not to change the numbers. Since then I've written up exceptions as exceptions, with my reasons, and let the committee decide.",
      "This role is in a regulated lending team, so you need analysts who show you the real numbers, and I've learned why that matters.",
    ],
    ['unsafe-failure'],
    unsafeButOrderly,
  ),
  story(
    't12-uf-optician-lab-story',
    'dispensing optician',
    [
      "I measured a customer's pupil distance wrongly for her varifocals, and when she came back with headaches I told her the lab had made an error with the lenses. It wasn't the lab; it was my measurement. The remake cost the practice around £280 and she waited another ten days.",
      "I was new in the practice, I was embarrassed, and I didn't want my manager to hear that a customer had come back because of me. Blaming the lab felt easier in the moment.",
      "A week later the lab's report showed the lenses matched the order. My manager asked me about it and I admitted I'd measured wrongly and told the customer something untrue. I rang the customer myself to apologise, and the practice refunded her.",
      "I learned that owning an error on the spot costs me less than covering it. Now I take every measurement twice with the pupilometer and write both on the job card, and if something's wrong I say it's mine.",
      'Your practice depends on repeat customers who trust what you tell them, and that is the lesson I took away.',
    ],
    ['unsafe-failure'],
    unsafeButOrderly.filter((k) => k !== 'opening-too-long'),
  ),
  story(
    't12-uf-brewer-batch-record',
    'brewery production supervisor',
    [
      'I signed a batch record saying a tank of lager had been pasteurised at the correct temperature when the recorder had actually failed for part of the run. About 14,000 cans went to supermarkets with a record I knew was incomplete.',
      "The recorder had been playing up for weeks. We were at the end of a long shift, the lorry was booked, and I thought the beer was probably fine because the heater had been on. So I wrote the numbers in by hand as if they'd been recorded.",
      'A few days later our quality manager noticed the handwritten figures in the audit. I admitted what I had done straight away. We put the batch on hold, recalled what was still in the depot, and tested the rest, which was fine. I got a final warning.',
      "I learned that a record is only there for the days when something fails, and those are the days you can't fake it. Now if a recorder fails, the batch is held until we have proof, and I call the quality manager myself.",
      'Your brewery supplies the big retailers, so the paperwork is as important as the beer, and I know that now.',
    ],
    ['unsafe-failure'],
    unsafeButOrderly,
  ),

  // Look-alikes: serious-sounding words, safe failures. Must not be called unsafe.
  story(
    't12-ufl-journalist-killed-story',
    'broadcast journalist',
    [
      "I missed a critical deadline for the six o'clock bulletin on a local radio station in Bristol. My story on bus cuts wasn't ready, the editor killed it ten minutes before air, and we ran a two-minute gap-filler instead of the lead.",
      "I had three interviews recorded and I kept trying to get a fourth, from the bus company, who never called back. I didn't set myself a cut-off time, so I was still editing at quarter to six.",
      "When the editor dropped it, I agreed with her straight away and reworked the piece for the next morning's breakfast show, where it led with the three voices I had and a line saying the company hadn't replied.",
      "Now I set a hard cut-off one hour before any bulletin. Whatever I have by then is the story, and I add the missing response later if it comes. I've not missed a bulletin since.",
      'Your newsroom runs rolling bulletins, so that cut-off habit would fit the pace of the job.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-ufl-process-operator-near-miss',
    'chemical process operator',
    [
      'During a shift handover at a resin plant in Rotterdam, I left a drain valve on a storage tank cracked open after sampling. A colleague on the next round saw a small puddle of product in the bund and closed it. Nobody was hurt and nothing left the bund, but it was a near miss and it stopped the unit for an hour while we cleaned it up.',
      "I was interrupted during the sampling by a call from the control room, and when I came back I didn't go through the valve line-up again. I assumed I had closed it.",
      'I reported the near miss myself that same shift, wrote down exactly what I had done and why, and joined the investigation. We found the same thing could happen to anyone who was interrupted there.',
      "Since then I always walk the full valve line-up again if I'm interrupted, and I suggested a tag for open sample valves, which the plant now uses.",
      'Your site has a strong reporting culture, and I want to work where near misses are reported like this.',
    ],
    [],
    // A 68-word opening: left open, as batch 10 did for openings of 61–69 words.
    allKindsExcept('opening-too-long'),
  ),
  story(
    't12-ufl-statistician-typo',
    'government statistician',
    [
      'I put a typo into a draft table of regional unemployment figures: Wales showed 14.2% instead of 4.2%. The checker caught it in the second review, two days before release, but it cost us a day of re-checking every table in the bulletin.',
      'I had typed the figure in by hand to fix a formatting issue, instead of regenerating the table from the system. I broke our own rule that every published number comes from the code.',
      'As soon as the checker raised it, I regenerated all of the tables from the system, compared them cell by cell with the drafts, and wrote a short note to the team lead saying what had happened.',
      "I learned that a manual edit breaks the chain that makes the numbers trustworthy. I have not typed a figure into a table since; if formatting is wrong, I fix it in the code. I also added an automatic comparison that flags any table that doesn't match the source.",
      'Your team publishes official statistics, so I would bring that habit and the check to it.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-ufl-researcher-formatting',
    'parliamentary researcher',
    [
      "I cut corners on formatting a briefing pack for my MP before a select committee hearing. The tables weren't numbered, two charts had no source, and the committee clerk sent the pack back asking for a clean version, which meant the MP went into the hearing with half an hour to read it instead of a whole evening.",
      "I'd spent all my time on the research and left the presentation to the last hour. I thought the content was what mattered and the layout could be rough.",
      'When the clerk returned it, I stayed late, fixed the numbering and sources, and gave the MP a one-page summary of the key points so she could prepare quickly.',
      "I learned that a briefing is only useful if it can be read quickly. Now I build the template first, and I finish every pack a full day before the deadline so there's time for a proper read-through. The last six packs went through without a query.",
      'Your office briefs a frontbench spokesperson, so clear and well-made briefings would be central to this job.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-ufl-cyber-phishing-drill',
    'cybersecurity analyst',
    [
      "I ran a phishing simulation that 'attacked' our own staff two days before payday with a fake salary email. It was approved and no real data was exposed, but about 300 people reported it, the helpdesk was flooded for a morning, and our HR director was upset that we'd used pay as bait.",
      "I picked the theme because it had the highest click rate in the sector reports, and I didn't run it past HR or think about how it would feel to staff who were struggling with money.",
      'That morning I sent an all-staff message explaining it was a drill, apologised to the HR director in person, and gave the helpdesk a script so they could answer calls quickly.',
      'I learned that a drill has to respect the people it tests. Now every campaign theme is agreed with HR and communications, and I avoid pay, health and family topics. Our click rate still fell from 11% to 6% over the year.',
      "You're building an awareness programme, and I'd bring both the technical side and that respect for staff.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-ufl-funeral-director-order',
    'funeral director',
    [
      "I printed the wrong order of service for a funeral: the hymns were in the wrong order and one of them was not the family's choice. About 150 copies were handed out in the chapel, and the widow noticed as the organist began to play.",
      'The family had changed one hymn by phone two days before, and I wrote it on a note instead of updating the file. When I printed, I used the old file.',
      "I spoke quietly to the minister and the organist, and they followed the family's order from the front. Afterwards I apologised to the widow in person, and we reprinted the sheets so she could keep a correct copy.",
      "Now any change from a family goes straight into the file while they're on the phone, and I read the final proof back to them before I print. I've done that for every service since, which is well over a hundred.",
      "Your firm's reputation is built on care with details, and this is one I will never miss again.",
    ],
    [],
    allKindsExcept(),
  ),
];
