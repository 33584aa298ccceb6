/**
 * More strong whole answers (see `cases-strong.ts`): tour guides, librarians, sound engineers,
 * community managers, researchers, interpreters, property managers, PR, landscaping, print.
 * Every one must stay quiet: full `mustNotFlag` lists.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStoriesMore: EvalCase[] = [
  story(
    't11-ss-tour-guide-vineyard',
    'tour guide',
    [
      "I booked a vineyard tasting for the wrong Saturday, so a coach party of twenty-eight arrived to a locked gate, and the company refunded £560 for the missed tasting.",
      "The vineyard had moved us by a week in an email I'd skimmed on my phone. I replied 'perfect, thanks' without reading it properly and never updated the itinerary. It wasn't their fault at all; they'd written it clearly.",
      "At the gate I told the group honestly that it was my booking error, found a farm shop nearby that would do a cheese and cider tasting at short notice, and rang the office so the refund was sorted before we got back to the hotel. Most of the group were kind about it, and one couple said the cider was better anyway.",
      "I now confirm every booking by phone two days before, and I never answer supplier emails on my phone; I read them at my desk and update the itinerary as I go.",
      "Your tours have a lot of small suppliers, which is where this kind of check matters most.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-librarian-reading-challenge',
    'public library officer',
    [
      "I moved our children's summer reading challenge to online sign-up only, and registrations fell by 40% across our six branches: roughly 900 fewer children than the year before.",
      "I'd assumed parents would prefer it, and I didn't ask any of them. I also didn't talk to the branch staff, who could have told me that many of our families don't have a printer or a reliable phone contract. I killed the paper form because it saved us admin, which was my priority rather than theirs.",
      "When the first fortnight's numbers came in, I brought the paper form back in every branch within two days, asked staff to sign children up at the desk, and visited two primary schools to promote it in assemblies. We ended the summer 15% down instead of 40%.",
      "Now before I change how people sign up for anything, I ask front-line staff and a few families first. I test any change in one branch for a month before rolling it out.",
      "Your service covers areas with very different access to technology, so I'd bring that way of testing changes.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-sound-engineer-encore',
    'live sound engineer',
    [
      "I was recording a band's album launch gig for a live release, and I failed to arm two tracks after the break, so the encore — their best-known song — had no vocals on the recording. The band re-recorded it in a studio, and we paid the £700.",
      "We'd reset the desk at the interval because the support act used different channels. I went through the channels I remembered changing and not the full list. I'd done that gig set-up so many times I'd stopped using my own checklist.",
      "I noticed it when I listened back that night. I rang the band's manager first thing and said, 'It's my mistake, the encore didn't record properly, here's what I can do.' We booked the studio for the following Tuesday, and I engineered the session without charge.",
      "Honestly, the fix is the bit I'm a little proud of: the studio version ended up on the release and nobody noticed. But the change was simpler: after any reset, I go down the whole channel list on paper, every one, however sure I am.",
      "You record a lot of live sets, so a reset routine like that is the first thing I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-community-manager-date',
    'community manager',
    [
      "I announced a launch date for a feature our players had asked for all year, engineering hadn't committed to it, and when it slipped by a month our forum had over three thousand angry posts and we lost around 2% of our paying subscribers that month.",
      "The engineering lead was on holiday when I wrote the post, and his deputy said the date 'looked likely'. I heard that as a yes because I wanted to give people good news. I was the one who chose to publish without written confirmation.",
      "When the slip was confirmed I wrote to the community the same day, said plainly that I had announced the date too early, and gave them the real reason for the delay. I then posted a weekly progress note, with screenshots, until it shipped.",
      "I now only publish a date that the engineering lead has confirmed in writing, and I say 'we're aiming for' until then. I've run three announcements that way since and none of them slipped on the community.",
      "Your community is large and very vocal, so I'd bring that care with dates from the start.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-lab-tech-samples',
    'research lab technician',
    [
      "I mislabelled a tray of 96 plant samples in a drought experiment, and two weeks of growth measurements couldn't be matched to the right plants. The PhD student whose project it was had to repeat that part, which set her thesis back by a month.",
      "I was printing labels from a spreadsheet and sorted one column without the others, so the IDs shifted by one row. I didn't compare the printed labels with the planting plan before sticking them on. I'd been doing labels for years and had become a bit careless about it.",
      "When she noticed that the 'control' plants looked thirsty, I went back through the spreadsheet history, found the sort, and told her and our lab manager what I'd done that afternoon. I helped her replant and re-measure the next cycle, working two evenings to catch up.",
      "Now I lock the sample sheet before printing, and I check the first, middle and last label against the plan before a tray goes out.",
      "Your lab runs a lot of high-throughput experiments, so I'd bring that habit directly.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-interpreter-figure',
    'conference interpreter',
    [
      "During a negotiation between a Spanish supplier and a British retailer, I interpreted a delivery of fifteen thousand units as fifty thousand. The British side planned their reply on that number, and the meeting ran forty minutes over while we went back through the figures.",
      "It was my error. The speaker was fast, and in Spanish 'quince' and 'cincuenta' are not close, so I cannot say it was the sound. I was tired after three hours without a break, and I did not write the numbers down as I normally do.",
      "When the buyer asked a question that didn't make sense, I stopped, said 'I think I gave you the wrong figure, it was fifteen thousand', and apologised to both sides. Then I asked for a ten-minute pause and we checked every number said so far.",
      "Since then I always note every figure on paper while I interpret, and for long meetings I agree with the client before that I need a break every ninety minutes.",
      "Your clients are often in commercial negotiations, and numbers are where trust is won or lost.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-property-manager-cleaning',
    'residential property manager',
    [
      "I renewed the cleaning contract for a block of 48 flats on last year's specification, which no longer included the new bin store and car park. For six weeks those areas weren't cleaned, and we had nineteen complaints and a formal one from the residents' association.",
      "The residents' association had asked for the extra areas at the AGM, and I'd written it in the minutes. But when the renewal came I signed the cleaning company's standard renewal form, because it looked like last year's. The cleaners did exactly what the contract said.",
      "When the complaints came in I met the association's chair on site, agreed it was my oversight, and got the contract varied within the week. I arranged a one-off deep clean at no cost to the residents and wrote to every flat to explain.",
      "Every renewal now starts with the last AGM minutes and any complaints open, and I only sign once the specification matches them.",
      "Your portfolio has a lot of active residents' groups, so I'd bring that approach.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-landscaper-drainage',
    'landscape gardener',
    [
      "I laid a sandstone patio for a client without checking how the garden drained, and after the first heavy rain the water pooled against their back door. We lifted and relaid half of it at our cost, about £1,800 and four working days.",
      "The client had added a pergola halfway through the job, which moved the patio a metre closer to the house. That was a fair change to ask for. My mistake was that I kept the original fall instead of working out a new one for the new position. I didn't look at where the downpipe went.",
      "When she sent me a photo of the puddle I went round the next morning, admitted I'd got the fall wrong and booked the relay for the following week. I put in a channel drain as well, which she didn't pay for.",
      "Now I check drainage and downpipes on every job before I quote, and again whenever a client changes the layout, with the falls written on the plan.",
      "You do a lot of hard landscaping near houses, so that's a habit I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-print-production-qr',
    'print production manager',
    [
      "I signed off a proof for 20,000 leaflets with a QR code that went to a dead page, and the whole run had to be reprinted at a cost of £3,200 to us, a week before the client's open day.",
      "What went wrong on my side:\n• I checked the QR code scanned, but not where it went.\n• The client's web team had changed the page address after sending artwork. They told our account manager, and I didn't ask whether anything had changed since the artwork came in.\n• I approved the proof at 5.45 on a Friday so it would make Monday's press slot.",
      "What I did:\n• Called the client as soon as their marketing lead spotted it, and told them it was on us.\n• Got the reprint on the press within two days and delivered by courier.\n• Wrote up the check we'd missed for the rest of the team.",
      "What I do now: I scan every code on a proof and open the link on my phone before sign-off, and I don't approve proofs late on a Friday to make a slot; the slot moves.",
      "Your clients print a lot of campaign material with QR codes, so this is exactly where I'd start.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-pr-embargo',
    'PR account executive',
    [
      "I sent a client's press release out two hours before its embargo lifted, at nine instead of eleven, and a trade site ran the story before our client's partner had told its own staff. The partner complained to our client's CEO, and we lost the follow-up campaign, worth about £18,000.",
      "I'd scheduled the send in our distribution tool in a different time zone from the one in the release. I'd never used the scheduling feature before and didn't send a test to myself first. The partner's team had asked for the later time to brief their people, which was completely reasonable.",
      "I saw the story online at 9.20, called my director, then the client, and we asked the trade site to hold it, which they did after an hour. I wrote the apology to the partner for my director to send.",
      "I now schedule releases in the client's local time only and send a test to my own inbox first. For embargoed news a second person checks the time before it's scheduled.",
      "Your agency handles a lot of joint announcements with partners, so this is something I'd bring directly.",
    ],
    [],
    allKindsExcept(),
  ),
];
