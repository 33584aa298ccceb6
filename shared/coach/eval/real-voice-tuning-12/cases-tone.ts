/**
 * Tone: self-flagellation ("I'm just not good at…", "I still hate myself for it", dwelling) and
 * indifference ("it wasn't a big deal", "these things happen") in answers whose other parts are
 * sound (must flag), and look-alikes that name a feeling once and move on, or say "mistakes
 * happen" and then show it mattered (must stay quiet).
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

/** Kinds that clearly do not apply to a self-punishing answer whose parts are in order. */
const harshButOrderly = allKindsExcept(
  'self-flagellating',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
  'no-impact',
  'vague-cause',
);

/** Kinds that clearly do not apply to a shrugging answer whose parts are in order. */
const shrugButOrderly = allKindsExcept(
  'indifference',
  'defensive-tone',
  'blame',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
  'no-impact',
  'vague-cause',
  'passive-action',
);

export const toneStories: EvalCase[] = [
  story(
    't12-sf-slt-assessment',
    'speech and language therapist',
    [
      'I wrote up a language assessment for a five-year-old and scored one subtest against the wrong age band. His scores looked within the normal range, so he was discharged, and he went six months without therapy before his teacher referred him again.',
      "I was rushing through my reports at the end of term. Honestly, I'm just not good at assessments; I never have been, and I don't think I ever will be. I've always been better in the therapy room than with the paperwork.",
      'When the new referral came in, I re-scored the original test, saw my mistake, told my clinical lead and rang his mum to apologise and book him in straight away.',
      "I still think about that boy most weeks and feel sick that I let him down. I now have a colleague check my scoring on every standardised test, and I use the publisher's scoring software instead of the tables.",
      'Your service sees a lot of school-age children, and I do want to get better at that side of the job.',
    ],
    ['self-flagellating'],
    harshButOrderly,
  ),
  story(
    't12-sf-jeweller-ring',
    'jeweller',
    [
      "I resized a customer's late mother's wedding ring and cut through the inside engraving, her parents' initials and wedding date. It was the only thing she had of her mum's, and we couldn't put it back exactly.",
      "I didn't look inside the band before I cut. It's the most basic step there is and I skipped it, which is the sort of stupid thing I do. I still hate myself for it, genuinely. Three years on, I think about her face every time I pick up a ring.",
      'I told her straight away, apologised, refused payment, and paid an engraver to recreate the initials and date from a photo she had, which she said was close.',
      "Now I photograph the inside and outside of every ring before I touch it and show the customer where I'll cut. But honestly I'm not sure I'll ever forgive myself.",
      'Your workshop does a lot of heirloom work, and I know better than most what it means to people.',
    ],
    ['self-flagellating'],
    harshButOrderly,
  ),
  story(
    't12-sf-tailor-suit',
    'bespoke tailor',
    [
      "I cut the cloth for a wedding suit with the pattern turned the wrong way, so the stripes on the trousers ran at an angle. There wasn't enough of the same bolt left, and the groom had to get married in a suit from a shop in Milan, bought two days before.",
      "I was working late on three orders and I didn't check the direction of the nap and stripe before cutting. I'm useless with patterned cloth, I always have been, and I should have given it to someone else. I'm ashamed of it even now, I honestly don't know how I can call myself a tailor after that.",
      'I told the owner that evening, called the groom myself, refunded him in full and helped him find a good ready-made suit and altered it for free.',
      "Now I chalk an arrow on every piece before I cut and check it against the pattern twice. I still feel I'm one mistake away from ruining someone's day.",
      'Your house is known for patterned cloths, and I want to earn my place there.',
    ],
    ['self-flagellating'],
    harshButOrderly,
  ),
  story(
    't12-sf-audiologist-programming',
    'audiologist',
    [
      "I programmed a pair of hearing aids for an elderly man using another patient's test results, because I had the wrong file open. He wore them for two weeks, found them too loud and painful, and stopped using them altogether until his daughter brought him back.",
      "I had two patients with the same surname in a row and I didn't check the date of birth when I opened the file. I lie awake thinking about it, even now. I don't think I'll ever completely trust myself in clinic again, to be honest.",
      "When they came back I realised the mistake at once, told the patient and his daughter, reported it, retested him and reprogrammed the aids. He's been wearing them happily since.",
      "We now check two identifiers before opening any record, and I say them out loud with the patient. But I still feel like I'm waiting for the next mistake.",
      "Your clinics see many older patients, and I'm very careful with them because of this.",
    ],
    ['self-flagellating'],
    harshButOrderly,
  ),
  story(
    't12-sf-academy-coach-release',
    'football academy coach',
    [
      "I recommended releasing a fourteen-year-old from our academy because I thought he was too small. Eighteen months later he was starting for a rival club's under-18s, and our head of recruitment asked me in front of the staff how I had got it so wrong.",
      "I judged him mostly on his size that season, and not on his decision-making, which was the best in the group. I'm a terrible judge of people. I've always been like this, I just don't see what others see.",
      "After the meeting I went back through my reports on every player I'd recommended releasing and asked a colleague to review the two borderline ones with me. We kept one of them on.",
      "I now score every player on four separate areas, and physical growth has the lowest weight until they're sixteen. Even so, I doubt myself with every report I write.",
      'Your academy prides itself on late developers, and I understand that better now than I did.',
    ],
    ['self-flagellating'],
    harshButOrderly,
  ),

  // Look-alikes: a feeling named once and moved past. Must stay quiet.
  story(
    't12-sfl-dog-groomer-clip',
    'dog groomer',
    [
      "I clipped a client's poodle far too short because I misread the card: she'd asked for a number 4 blade, and I used a number 10. The dog was almost bald for a summer wedding where it was meant to be the ring bearer, and the owner left in tears.",
      "My handwriting and my colleague's look alike, and the card had been rewritten at the desk. I didn't check the blade with the owner before starting, which is the simple thing that would have caught it.",
      'I was gutted that evening, and then I rang the owner, apologised, refunded the groom and offered her free grooms until the coat grew back. She came back, and she still books with me.',
      'Now I confirm the length with every owner at drop-off, holding the blade up so they can see it, and I write it on the card in capitals myself.',
      'Your salon is busy with many drop-offs a day, and that short check at the door costs thirty seconds.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-sfl-ski-instructor-group',
    'ski instructor',
    [
      "In my second season in Whistler I took a group of nervous beginners onto a blue run they weren't ready for. Two of them spent most of the afternoon sliding down on their backsides, and one asked for a refund from the school.",
      'I had assessed them on the nursery slope in the morning, but I went by the two strongest, not by the weakest, because I wanted the lesson to feel exciting. That was my choice.',
      "I felt awful for a day, honestly. Then I went back to the school office, apologised to the guest who complained, and offered her a free private hour, which she took. I also ran the next day's lesson on easier terrain and checked in with each skier.",
      'Since then I pick the run for the weakest person in the group, and I give people a clear choice before we move up. My guest feedback scores went up that season.',
      "Your school has a lot of first-timers, so setting the pace for the least confident is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-sfl-antiques-valuer-estimate',
    'antiques valuer',
    [
      "I under-valued a Chinese porcelain vase at a house clearance at £300 to £500. It sold at our auction for £480, and three months later the buyer sold it in London for £38,000. The seller's family were, understandably, very unhappy with us.",
      "I didn't look properly at the mark on the base, and I didn't ask our Asian art specialist, because I thought I knew enough. I was embarrassed, no point pretending otherwise, but the real problem was that I was too proud to ask.",
      'I met the family with our director, went through what had happened and why, and we waived our commission on the rest of the estate.',
      "Now I send photos of any Asian ceramics to our specialist before I give an estimate, and I've asked for second opinions on four more pieces since. One of them sold for twenty times my first guess.",
      'Your saleroom takes in a lot of house clearances, and I would bring that habit of asking.',
    ],
    [],
    allKindsExcept('opening-too-long'),
  ),

  // Indifference.
  story(
    't12-in-decorator-colour',
    'painter and decorator',
    [
      "I painted a client's hallway and stairs in the wrong shade of grey. She'd picked 'Pavilion Grey' and I bought 'Pigeon' because the names were similar, and she had to live with it for two weeks until I could fit the job back in.",
      "I picked the tins up on the way to the job and didn't check the code against her sheet.",
      "I came back and repainted it in the right colour, and I didn't charge her for it.",
      "Honestly, it wasn't a big deal. Paint's paint, and it's not like anyone got hurt. These things happen in decorating and customers get over it. I check the codes a bit more now I suppose.",
      "You do a lot of domestic work, so I'd be a good fit for your team.",
    ],
    ['indifference'],
    shrugButOrderly,
  ),
  story(
    't12-in-telecoms-appointments',
    'telecoms field engineer',
    [
      "One week in March I missed four broadband installation appointments in a row because I'd got my route order wrong. Four households had taken the day off work and nobody turned up.",
      "I'd loaded the jobs into the sat nav in the order they were sent, not by postcode, and by the afternoon I was an hour behind and kept slipping.",
      'I rang the office to rebook them, and they were all done the following week.',
      "To be honest, these things happen in this job. Customers always moan anyway, and it's not like they were without internet for months. I didn't lose much sleep over it. I plan the route a bit better now.",
      'This role is the same kind of field work, so I know what it involves.',
    ],
    ['indifference'],
    shrugButOrderly,
  ),
  story(
    't12-in-cabin-crew-meals',
    'cabin crew',
    [
      'On a long-haul flight from Dubai to Manchester I was responsible for counting the special meals at boarding, and I signed for the catering without noticing that eleven vegetarian meals were missing. Eleven passengers got a snack box instead of dinner on an eight-hour flight.',
      'I counted the trolleys but not the special meal labels inside them, because we were boarding late.',
      'I told the purser once we found out, and we gave the passengers what we had from business class and the extra snacks.',
      "I don't think anyone really remembers it, it was just one flight out of hundreds. It's catering's job to load the right meals anyway, and nobody starves in eight hours. I suppose I check the labels now.",
      'I have five years of flying experience, which I think is what this airline needs.',
    ],
    ['indifference'],
    allKindsExcept(
      'indifference',
      'blame',
      'defensive-tone',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'passive-action',
      'no-impact',
      'no-role-connection',
      'vague-cause',
    ),
  ),
  story(
    't12-in-nail-tech-overbooking',
    'nail technician',
    [
      'I double-booked Saturday mornings at the salon for about a month after we moved to a new booking app, so on three Saturdays two clients turned up for the same slot and one of them had to wait an hour or go home.',
      'I kept a paper diary as well as the app, and I added walk-ins to the paper one only, so the app kept offering those slots online.',
      'I apologised to the ones who waited and gave them ten percent off.',
      "Honestly it's not the end of the world, it's nails, not surgery. Most of them came back, and I didn't really think about it much after. I use the app only now.",
      "I'm good with clients and quick, which is what a busy salon like yours needs.",
    ],
    ['indifference'],
    allKindsExcept(
      'indifference',
      'blame',
      'defensive-tone',
      'generic-lesson',
      'no-change-evidence',
      'not-learned',
      'passive-action',
      'no-impact',
      'no-role-connection',
      'vague-cause',
    ),
  ),

  // Look-alikes: "mistakes happen" and a small cost, then clearly shown to matter. Must stay quiet.
  story(
    't12-inl-winemaker-fermentation',
    'winemaker',
    [
      'In the 2020 vintage in Stellenbosch I let a tank of Chenin Blanc ferment too warm for two days, and it lost the fresh fruit character we made it for. We had to sell about 8,000 litres in bulk instead of bottling it under our label.',
      "Mistakes happen in a cellar, that's true, but this one was mine and it was avoidable. I trusted the tank's cooling jacket alarm and didn't take manual temperatures during harvest rush, and the alarm had failed.",
      'When I noticed the temperature, I cooled the tank straight away, told the owner the same day, and we tasted it together to decide what to do with it.',
      'I learned not to rely on one alarm for the tanks that matter most. Now I take manual readings twice a day on every fermenting tank and log them, and we test the alarms before each harvest.',
      'Your winery makes small-batch white wines, where temperature control is everything, so this is a lesson I bring.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-inl-leisure-duty-manager-pool',
    'leisure centre duty manager',
    [
      "I closed our main pool for a Saturday afternoon because I hadn't ordered enough chlorine, and the level fell below the safe range at lunchtime. It sounds small, a pool shut for one afternoon, but for the swimming club it meant cancelling a gala with 120 children, and for the centre it was about £1,500 in refunds.",
      "I had taken over the chemical orders from a colleague two weeks before and didn't check how much the weekend programme used. I ordered the usual weekday amount.",
      'I made the closure decision myself, called the club secretary before families set off, and arranged a replacement gala date with her within the week. I also wrote to the families.',
      "I learned to check usage against the programme, not the calendar. Now chemical orders are based on the next fortnight's bookings, and I check stock every Thursday.",
      'Your centre has a busy club programme, so that planning would be directly useful.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-inl-meteorologist-forecast',
    'meteorologist',
    [
      "I issued a forecast for a city marathon in Melbourne that said a cool, dry morning, and it was 29 degrees by 9 a.m. The organisers hadn't put out the extra water stations they would have, and the medical tents treated twice the usual number of runners for heat.",
      "Forecasts miss; everyone in this job knows that. What bothered me was that this miss was mine: I relied on one model run and didn't look at the ensemble, which showed a real chance of an early warm change.",
      'On the morning, when the observations turned, I called the race director straight away so he could add water at the later stations. Afterwards I wrote up what happened and talked it through with the team.',
      'Now, for any event forecast, I give a range and the chance of the worst case, not one number, and I brief organisers on what would change the plan.',
      "Your team supports major public events, so forecasting with honest ranges is what I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
];
