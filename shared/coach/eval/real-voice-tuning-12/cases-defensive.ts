/**
 * Defensive tone: excuses, "in my defence", minimising and "anyone would have" spread through
 * otherwise sound answers (must flag), and look-alikes that give context fairly, once, with the
 * speaker's part owned ("to be fair to my team…", an honest constraint stated once), which
 * must stay quiet.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

/** Kinds that clearly do not apply to a defensive answer whose parts are otherwise sound. */
const soundButDefensive = allKindsExcept(
  'defensive-tone',
  'blame',
  'vague-cause',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
  'indifference',
  'no-impact',
);

export const defensiveStories: EvalCase[] = [
  story(
    't12-dt-locksmith-cylinder',
    'locksmith',
    [
      "I fitted the wrong size of cylinder to a bakery's back door one Friday evening. On Saturday at five in the morning the owner couldn't get her key to turn, so the bakers stood outside for almost two hours and she lost the first batch of the day for her café orders.",
      "In my defence, the owner had given me the measurements over the phone, and she said 35/35 when the door actually needed 35/40. Anyone would have gone with what the customer told them, to be honest. I also had three jobs back to back that evening, so I didn't have the time to measure again, and the cylinder did go in, so it looked fine.",
      "When she rang me I drove straight over, drilled out the cylinder and fitted the right one, and I didn't charge her for the callout or the new part.",
      'Now I measure every door myself before I order or fit anything, even when the customer gives me the sizes, and I carry two spare sizes in the van.',
      'You cover a lot of commercial premises where a locked door costs the customer money, and that habit of measuring it myself comes with me.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-mortgage-rate',
    'mortgage adviser',
    [
      'Last spring a first-time buyer couple I was advising lost a 4.1% fixed rate because their application reached the lender one day after the product was withdrawn. The next best deal was 4.6%, which costs them roughly £60 a month for five years.',
      "To be fair, it wasn't really my delay. The lender's portal was very slow that whole week, everyone in the industry was complaining about it, and the couple took four days to send their payslips. I had flagged that rates were moving. I probably could have submitted with what I had, but honestly most advisers would have waited for a complete file, so I don't think I did anything unusual.",
      "Once I saw the product had gone, I called the couple the same afternoon, explained what had happened, and found them the best available replacement. I also asked the lender's account manager if there was any grace period, which there wasn't.",
      "Since then I submit as soon as the lender's minimum documents are in and send the rest after, and I tell clients on day one that a rate can disappear with a few hours' notice.",
      'Your firm does a lot of first-time buyer business, where speed matters, so this would be directly relevant.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-gis-flood-layer',
    'GIS analyst',
    [
      'I produced a flood-risk map for a housing consultation in Leeds that used the 2014 flood zones instead of the 2022 update. Forty-three homes shown as low risk were actually in the medium band, and the council had to withdraw the map and reissue the consultation three weeks later.',
      "The older layer sat in the same folder with almost the same name, and the metadata wasn't clear, so I'd argue it was a reasonable assumption to use it. I don't think it's entirely fair to call it my mistake, because nobody had archived the old files and I was new to that project. The reviewer signed it off too, so it got past two people, not just me.",
      'When a resident pointed out the difference, I checked, confirmed the wrong layer had been used and told my manager that afternoon. I rebuilt the map on the correct data and wrote a short note listing every property that had changed band.',
      "I now check the date of every source layer in the metadata and write it in the map's legend, so any reader can see it.",
      'This role is mostly public-facing mapping, so being careful with sources and dates is the core of it.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-bid-manager-form',
    'bid manager',
    [
      'We were disqualified from a £2.3 million facilities tender with an NHS trust because our submission was missing the signed conflict-of-interest form. It was a contract our MD had wanted for two years.',
      "In fairness to myself, I was running three bids that week, and that form was one page out of about four hundred. It's the kind of thing that honestly slips through on any bid team. The portal didn't warn us it was missing either, which I still think is a flaw in their system. I suppose, strictly speaking, the final check was mine.",
      'As soon as the rejection came I asked the procurement officer whether we could send the form late, which they refused under the rules. I then told the MD exactly what had been missing and went through the other two live bids that same day, page by page, against their compliance lists.',
      "Now every bid has a compliance matrix built from the tender documents on day one, and a colleague who hasn't worked on the bid ticks it against the final upload.",
      'You bid mostly for public contracts, where compliance is pass or fail, so that matrix is the first thing I would set up.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-video-editor-ratio',
    'video editor',
    [
      'I delivered a 45-second advert for a sportswear client in 16:9 when their social team needed 9:16 for Instagram Stories. The client had to push the launch post back by two days, and they had already paid for a media slot on the Friday.',
      "Technically I did exactly what the brief said. The brief just said 'social cut', and 16:9 is what we'd always delivered to that agency before. I wasn't told it was for Stories, and I don't think anybody could have guessed that from the paperwork. If the producer had mentioned it, it simply wouldn't have happened.",
      "When the account manager called, I re-framed the whole edit for vertical overnight, moved the titles so nothing sat under the app's buttons, and had it with the client by nine the next morning.",
      'These days I ask for the exact platform and placement for every deliverable before I start the edit, and I write them on the delivery sheet.',
      "Your studio cuts mostly for social, so I'd bring that habit of pinning down formats up front.",
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-tax-adviser-deduction',
    'tax adviser',
    [
      'In January 2023 I filed a self-assessment return for a freelance photographer and left out about £6,800 of equipment she could have claimed. She overpaid roughly £1,360 in tax and only found out when her new accountant looked at it the following year.',
      'To be honest, January is chaos in this job, and I had something like ninety returns due in three weeks. She sent her receipts in a carrier bag on the 24th, so realistically anyone working to that deadline would have missed the odd item. I did what I could with what I was given, and it was an honest oversight, not carelessness.',
      "When she contacted me, I apologised, went back through the receipts, and filed an amendment. She got the money back within about two months, and I didn't charge for the amendment.",
      'I now send every client a checklist in October with a deadline of 1 December for their paperwork, and anything over £500 gets a question from me before I file.',
      "A practice of your size has the same January peak, so the earlier deadline is something I'd suggest from the start.",
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-turbine-gearbox-part',
    'wind turbine technician',
    [
      'I ordered the wrong bearing for a gearbox repair on a 2 MW turbine in Jutland. The right part came eight days later, and the turbine was stopped all that time, which is maybe 90,000 kroner of lost production for the owner.',
      "The part numbers for the two models differ only in the last two digits, so it is honestly an easy mistake that anybody could make. Also I was never trained on that model, I was only covering for a colleague, so I don't see how I could know. The catalogue is also very confusing. But yes, I placed the order.",
      'When the bearing arrived and did not fit, I called the supplier directly, paid for express delivery from Hamburg, and went to the turbine the same evening it arrived so we lost no more time.',
      'Now I always read the nameplate on the gearbox and send a photo of it with the order, so the supplier can check also.',
      'You service many different turbine models, so this photo check will be useful on your sites.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),
  story(
    't12-dt-scrum-master-review',
    'scrum master',
    [
      'I ran a sprint review for a banking client where we demoed a payments feature that crashed twice in front of their head of digital. She cancelled the go-live planned for the following week, and the team lost about a month of goodwill.',
      "I wasn't supposed to be running that review at all; I was covering for a colleague, so I'd only been with the team for four days. Nobody told me the demo environment hadn't been refreshed. I mean, I did ask if we were ready and they said yes, so what else was I supposed to do? I don't want to sound defensive, but I really think I was set up to fail there.",
      'Afterwards I sat down with the developers, worked out that the test data had expired, and set up a rehearsal the day before the next review. I also wrote to the client explaining what had gone wrong and the date of a second demo, which went fine.',
      'Now I insist on a dry run of every demo the afternoon before, on the same environment, whoever is running it.',
      'Your teams demo to clients every fortnight, so a rehearsal habit like that would fit straight in.',
    ],
    ['defensive-tone'],
    soundButDefensive,
  ),

  // Look-alikes: context given fairly, once, with ownership. Must stay quiet.
  story(
    't12-dtl-fundraiser-lapsed-donor',
    'charity major-donor fundraiser',
    [
      "I let our second-largest donor lapse. She had given £25,000 a year for six years to our children's hospice, and in 2021 her gift didn't come, because nobody had asked her. That gap meant we postponed a music therapy post for a year.",
      "To be fair to my team, our data officer had flagged her renewal date in the CRM two months earlier. I saw the reminder and put off the call because I wanted to visit her in person with a proper impact report, and then I kept moving the visit. That's on me: I let a perfect plan get in the way of a simple phone call.",
      'When I realised, I rang her that week, apologised for the silence, and arranged to visit. She renewed at the same level, but not until the next financial year.',
      "I learned that a short, warm call on time beats a polished report that's late. Now every donor over £5,000 gets a call four weeks before their renewal, and reports follow afterwards. I also review the CRM renewal list with the data officer every Monday.",
      "Your role looks after a similar portfolio of major donors, so this rhythm is what I'd bring.",
    ],
    [],
    allKindsExcept('opening-too-long'),
  ),
  story(
    't12-dtl-acquisitions-editor-schedule',
    'acquisitions editor',
    [
      "I pushed a debut novel's publication back by four months after I had already announced the date to booksellers. We lost a key promotion slot with a major chain, and the author, understandably, was upset.",
      "We were two editors down that spring, which was real, but the schedule was mine. I agreed to a date without checking how long the copy-edit would take on a book that was 40,000 words longer than its proposal, and I didn't raise the risk with our publishing director until it was too late to save the date.",
      'I told the author myself before the trade heard, explained why and gave her the new timetable. I then worked with sales to find a later promotion and secured a smaller slot in an independent bookshop campaign.',
      "Now I don't announce a date until I have the final manuscript and a copy-editor booked, and I raise any schedule risk with the director in our Monday meeting instead of trying to absorb it myself.",
      "Your list is growing fast, and being honest early about schedules is something I'd bring to it.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-dtl-farm-manager-silage',
    'farm manager',
    [
      'In 2019 I made the call to cut our first silage a week late on a 300-cow dairy farm in County Cork. The grass had gone past its best, the feed value was poor, and we spent about €11,000 more on bought-in concentrate that winter.',
      'The weather was broken that May, which is true, but there was a two-day dry window that I let go because I wanted to wait for a longer spell. The contractor was available. I made the wrong call by trying to get the perfect weather instead of the good-enough one.',
      'When the silage analysis came back, I sat down with our nutritionist straight away and rebalanced the winter ration, and I told the owner exactly what the shortfall would cost before the bills arrived.',
      'Since then I cut on grass quality, not on the forecast alone. I walk the fields twice a week from late April and test the grass, and I book the contractor for a flexible window instead of a fixed date.',
      'Your farm is a bigger herd on similar ground, so getting that first cut right would matter even more.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-dtl-animator-deadline',
    'animator',
    [
      "I missed the delivery for a 90-second explainer by six days, and the client, a fintech start-up in Toronto, had to launch their product page without it. They were polite about it but didn't come back for their next project.",
      "To be fair to the director, the brief was clear and the deadline had been agreed weeks before. The problem was how I planned: I spent the first two weeks polishing one character's walk cycle, and I left the last three scenes for the end, when I had no room left to fix anything.",
      'When I saw I was behind, I told the director, shared my schedule honestly, and suggested we simplify two scenes to limited animation so we could deliver something good rather than something late and rushed.',
      'I learned to animate the whole piece rough first and polish only after. Now I block every scene in the first third of the schedule and show the rough cut to the director before I touch the details. My last four projects were on time.',
      'Your studio works on tight turnarounds, so this way of planning would suit the pace.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-dtl-consultant-market-size',
    'management consultant',
    [
      'On a strategy project for a Johannesburg retailer, I overstated the size of the market for a new store format by about 40%. The client had started looking at sites on the strength of my numbers before a partner spotted the error in a review.',
      "In fairness to the client's data team, the file they sent me was labelled correctly; I misread a column of household counts as individuals and multiplied it by household size a second time. I didn't sense-check the total against the national census, which would have shown it was too big.",
      'I rebuilt the model the same evening, showed the partner the mistake and the corrected range, and we went to the client together the next morning to walk them through it before they committed to any lease.',
      'Now every market-size number I produce gets a top-down check against one independent source, and I write the check in the appendix so a reviewer can follow it.',
      'This role is heavy on market entry work, where one bad figure can lead to a bad lease, so that check is directly relevant.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-dtl-investment-analyst-model',
    'investment analyst',
    [
      'I sent our portfolio manager a valuation of a mid-cap chemicals company with a currency error: I had converted the euro revenue into dollars twice. The target price came out 18% too high, and she raised the position before I found the error two days later.',
      "We were on a very tight deadline for the quarterly review, and that is not an excuse. I had copied a tab from an older model without checking that the figures it pulled were already in dollars. I should have rebuilt that part, or at least checked it against the company's own reported numbers.",
      'When I saw it, I went to the portfolio manager immediately, before the morning meeting, showed her the corrected number and the size of the difference. She trimmed the position the same day, and the loss was small.',
      "Now every model has a check tab that compares my revenue and earnings with the reported figures, and it turns red if they differ by more than 1%. I haven't sent out a model without it since.",
      'Your team covers European companies in dollar funds, so this check would be part of my work from day one.',
    ],
    [],
    allKindsExcept(),
  ),
];
