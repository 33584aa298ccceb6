/**
 * Strong whole answers in styles that tend to trip rule-based coaches: long context, quoted
 * speech, numbers and dates, other people named neutrally in the cause (told fairly, the
 * speaker's own part owned), serious-sounding words used safely ("critical" bug, "dead" links,
 * "killed" a feature, an "overdose" of meetings, a "fire drill"), brief lessons with a concrete
 * practice, humble pride in the fix, an emotion named once, second-language English, bullets.
 * Every one must stay quiet: full `mustNotFlag` lists.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStories: EvalCase[] = [
  story(
    't11-ss-subeditor-caption',
    'newspaper sub-editor',
    [
      "On a Saturday edition in 2022 I put the wrong name under a photo of two councillors, so the paper told forty thousand readers that the man opposing the new bypass was the one backing it. We printed a correction on page two the following Monday and he rang the editor, understandably furious.",
      "The reporter had filed the names left to right and the picture desk had flipped the image for the layout. That flip was visible on my screen, and I signed the page off without checking the names against the original file. It was the last page of a long shift and I went on what the caption said rather than what the picture showed.",
      "When the councillor's office called on Sunday morning I checked the original, confirmed it was my error and told the editor before she had to ask. I wrote the correction myself, and I rang the councillor to apologise, which he accepted, if a bit stiffly.",
      "Now any caption with more than one person in it gets checked against the photographer's original file before I sign the page, however late it is. I also asked the picture desk to mark flipped images in the filename, and they do.",
      "Your desk turns around a lot of pages late at night, and that's exactly where a two-minute check earns its keep.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-game-dev-save-bug',
    'game developer',
    [
      "I shipped a critical bug in a patch for our mobile puzzle game: about 4% of players lost their saved progress, and for 36 hours our support queue went from forty tickets a day to over two thousand.",
      "I had rewritten the save format to make it smaller, and I tested it on fresh installs and on my own device, but not on the old saves of people who had been playing for a year. My lead, Priya, was on leave that week and I approved my own merge rather than wait for a second reviewer. That was my decision, and I made it because I wanted the patch out before the weekend.",
      "Once the first reports came in I killed the cloud-sync feature with a server flag so no more saves were overwritten, wrote a migration that rebuilt progress from the server backups, and posted an update to players every few hours. We got 91% of the lost saves back.",
      "These days every change to a save format is tested against a folder of real old saves we keep for it, and I don't merge my own work, however quiet the week is. I'm honestly quite proud of the recovery script, but prouder that we haven't needed it since.",
      "You support a game with a long-playing audience, so that respect for old data is something I'd bring from day one.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-seo-dead-links',
    'SEO specialist',
    [
      "When we moved our garden-supplies shop to a new platform, I left about 1,400 product pages without redirects. They became dead links overnight, and organic traffic fell by 22% over the next three weeks, which our trading team estimated at around £30,000 of lost sales.",
      "I'd built the redirect map from the product catalogue export, and that export skipped anything out of stock. Those old pages still had years of links pointing at them. I didn't crawl the live site before we switched, which is the step that would have shown me the gap. I'd planned the migration in a hurry because I wanted to hit the date I'd promised.",
      "I spotted the spike in 404 errors on day two, crawled the old site from a backup, mapped the missing pages to their nearest categories and had the redirects live by the end of that week. I then sent the trading director a short note with the numbers and what I'd changed.",
      "For every migration since, I crawl the live site first and compare it with the redirect map line by line, and I watch the error report daily for a month after. We've done two more moves with no traffic drop.",
      "You mentioned a platform change next year, and I'd like to be the person who has already made this mistake once.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-translator-manual',
    'technical translator',
    [
      "In my second year as translator from German to English, I made one error in a manual for a coffee machine: I wrote millilitres where the original says centilitres for the water tank. The client printed 3,000 copies before their distributor noticed, and the reprint cost them around €4,100.",
      "The terminology list from the client had 'cl', and I read it fast as 'ml' because most manuals I did before used millilitres. It was my mistake, not the list. Also I did not run the number check in my tool that compares figures and units between the two texts, because I thought a manual of 40 pages did not need it.",
      "When the client's project manager, Mr Becker, emailed me, I answered the same hour. I found the line, corrected the file, checked every other unit in the manual one by one and sent him a list of what I checked. I also offered not to charge the translation of the next update, and he accepted.",
      "Now I run the number and unit check on every job, also the short ones, before I deliver, and I keep it in my delivery checklist. In three years it has caught small things maybe ten times.",
      "Your agency does much technical documentation, so this check is a habit I can bring directly.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-stage-manager-cue',
    'theatre stage manager',
    [
      "On the second preview of a touring musical, I called the interval from an old version of the cue sheet, and the second act started twenty minutes late for an audience of about four hundred. The producer had to pay the crew overtime that night.",
      "We'd had what the crew called a fire drill that afternoon: the director cut a scene, and three of us rewrote the cues in an hour. Two versions of the sheet ended up on the prompt desk. I picked up the wrong one and didn't check the version date at the top, which I normally would.",
      "As soon as the set change stalled I told the deputy stage manager over cans what had happened, took the correct sheet, and we reset the scene in the order the crew actually needed. I went to the producer in the interval and explained it before she heard it from anyone else, then briefed the crew the next morning.",
      "I was embarrassed that night, honestly, and then I fixed the process. There's now only one cue sheet on the desk: when it changes, the old one is shredded in front of me, and the version and time go in large print at the top.",
      "Your venue takes a lot of touring shows with late changes, and I'd bring the same discipline to the prompt corner.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-grant-writer-limit',
    'charity grant writer',
    [
      "I submitted a £60,000 application to a trust that funds youth music, and it was rejected without being read because our project summary was 180 words over their limit.",
      "Our programme manager, Sam, was off sick that fortnight, so I wrote the sections he'd normally write as well as mine. The guidance had changed that year from a 500-word limit to 300, and I worked from our previous application instead of the new guidance notes. Sam being away added to the load, but reading the guidance was my job whoever was in.",
      "When the rejection came I rang the trust to ask whether we could resubmit. We couldn't that round, so I told our director straight away and worked out how the gap would hit the summer programme. We moved two workshops to the autumn, and I rewrote the bid for the trust's next round, which we won.",
      "I now start every application by pasting the funder's current limits and criteria into the top of the draft and check against them before anyone else reads it. It's a small thing, but we haven't had an application turned back on a technicality since.",
      "Your team submits a lot of bids to different funders, each with its own rules, so I'd bring that same habit.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-surveyor-floor-area',
    'chartered surveyor',
    [
      "I overstated the floor area of an office building by 8% in a survey for a buyer. Their lender valued the building on my figure, the error came out at a second survey, and the purchase price was renegotiated by £115,000; my firm refunded our £900 fee.",
      "I measured on a wet day and took two internal wall positions from the architect's plans instead of measuring them, because the rooms were locked. I should have gone back when the rooms were open, or flagged the two figures as taken from drawings. I did neither, and the report read as if every number was measured.",
      "When the buyer's solicitor called, I went back to site that week, measured the whole floor again with my senior partner, and sent a corrected report with a clear note of what had been wrong and why. I apologised to the client on the phone as well as in writing.",
      "Since then any figure I haven't measured myself is marked as such in the report, and if rooms are locked I rebook the visit. My partner still jokes about the locked rooms, but I haven't had a corrected report in four years.",
      "In your firm most reports feed lending decisions, so being clear about what's measured and what isn't is the first thing I'd offer.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-procurement-scope',
    'procurement officer',
    [
      "I ran a tender for a new catering contract at a university that had to be re-run from scratch, which delayed the new service by six weeks and meant extending the old contract at a higher rate.",
      "Halfway through, the estates team, who were the client for this, changed the scope to include two new cafés. That change was reasonable; the campus had grown. My part was that I updated the pricing schedule but not the specification, so bidders priced different things and we couldn't compare the offers fairly. I didn't do a final read of the whole pack before it went out.",
      "Once our legal adviser pointed out the mismatch, I told the head of procurement and the estates lead that same day, proposed re-running it properly rather than patching it, and drew up the new timetable. I also rang each bidder to explain, which wasn't a pleasant afternoon but they appreciated it.",
      "Now when the scope changes, I reissue the whole pack as one new version and a colleague reads it against the change request before it goes out. I did that on four tenders last year.",
      "Your team handles a lot of scope changes on estates contracts, so this is directly relevant.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-registrar-loan',
    'museum registrar',
    [
      "I was responsible for the loan paperwork for a summer exhibition, and two paintings from a private lender arrived nine days after we opened. Visitors saw two empty walls with an apology card for the first week and a half, and one national review mentioned it.",
      "The lender's agent, who was new to the job, was slower than usual in replying, and I let that set the pace. I should have chased by phone in March instead of waiting on emails, and I had no date in the plan by which the loans had to be signed or we'd change the hang. That gap in the plan was mine.",
      "When it was clear they wouldn't be in time, I went to the curator with two options for the space, we agreed a temporary panel, and I drove to the lender's house with the insurance forms so they could sign that day. The paintings went up on day ten.",
      "On every exhibition since, I set a signed-by date for each loan, with a plan B for the space, and I phone lenders from the first week. It's a boring habit, and it works.",
      "You have a busy loans programme, so I'd bring that planning straight in.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-podcast-ad-read',
    'podcast producer',
    [
      "I published an episode of our weekly business podcast with the wrong sponsor's advert in the mid-roll slot, so a bank's read ran in the week that a rival bank had paid for. We refunded the rival £1,200 and ran their advert free the following week.",
      "I had two ad files with nearly identical names and I dragged in the one at the top of the folder without listening back. I'd been producing three shows that week and was pleased with how fast I was getting them out, so the listen-through was the step I'd quietly dropped.",
      "The sponsor's agency emailed the morning after. I swapped the file within the hour, told my manager what I'd done and why, and drafted the apology and the offer of a free slot for her to approve.",
      "I now name ad files by sponsor and date and listen to the whole break before I publish anything, even when it adds ten minutes. That has become the last thing I do on every episode.",
      "You produce several shows with sponsor reads, so I'd bring that same last check.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-facilities-office-move',
    'facilities coordinator',
    [
      "I booked the removal firm for the wrong weekend when our office of sixty people moved floors, so everyone worked from home for two extra days and we paid the movers a £650 rebooking fee.",
      "Looking back I'd given the project an overdose of meetings and not enough checking. We had a planning meeting every day for two weeks, and I was so busy writing the notes that I never compared the booking confirmation with the date we'd agreed. The confirmation said the 14th; we'd agreed the 7th. It was in my inbox the whole time.",
      "When the movers didn't arrive on the Friday evening I called them, found the mistake and got the earliest new slot. Then I emailed every team lead that night with the new plan, and arranged for the two teams who couldn't work from home to use the training room downstairs.",
      "Now I check every supplier confirmation against the plan the day it arrives and put the confirmed dates in the shared calendar myself. And I run fewer, shorter meetings.",
      "Your role includes two moves next year, so I'd expect to use this straight away.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-photographer-card',
    'wedding photographer',
    [
      "At a wedding in June 2021 a memory card in my second camera failed, and I lost all the close shots of the ring exchange. The couple only had wide shots from my assistant for that part of the ceremony, and I refunded them £350 of the fee.",
      "That camera could record to two cards at once, and I'd set it to one because I was short of cards that morning and thought one would be fine for a short ceremony. It was a choice to save ten minutes of buying cards, and it was the wrong one.",
      "I told the couple myself when I delivered the previews rather than letting them find the gap in the gallery. I offered the refund and a free portrait session in the church, which they took, and those pictures ended up in their album.",
      "Both cameras now record to two cards for every job, and I buy new cards every season. I felt awful for a week or so, then I fixed the kit list, and that was that.",
      "Your studio covers a lot of weddings with two shooters, and backups are something I don't compromise on anymore.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-tech-writer-api',
    'technical writer',
    [
      "I published API documentation with a wrong example for authentication, and in the week after release our support team got about 140 tickets from developers whose first requests were failing.",
      "Why it happened:\n- I copied the example from the design document, not from a working request.\n- The engineers had changed the header name after the design was signed off, and I didn't ask whether anything had changed.\n- I didn't run the example myself before publishing. That one's the real cause.",
      "What I did:\n- Fixed the page the morning the support lead flagged it, and added a note at the top about the change.\n- Wrote a short reply the support team could send to everyone who had raised a ticket.\n- Went through every other example in the docs and ran each one against the test server.",
      "What changed:\n- Every code example is now run against the test server before it goes live; I keep the requests in a collection the engineers can see.\n- I ask for a ten-minute check with an engineer on any page about security.",
      "You publish a public API with a lot of new users, so this is how I'd work from the start.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-actuary-table',
    'pricing actuary',
    [
      "For two weeks in October 2023 our life insurance quotes were about 3% too cheap, because I had loaded an out-of-date mortality table into the pricing model. We had to re-issue 210 quotes, and eleven customers who'd already bought were honoured at the lower price.",
      "The new table had been published in the summer and our process was to update it in September. I ran the update but pointed the model at the file from the previous year, which had the same name in a different folder. My test compared totals with the old model, so it could never have shown the gap.",
      "When a colleague in reserving noticed our margins drifting, I traced it that afternoon, switched the model to the correct table and wrote up the cost for the chief actuary, with a list of affected quotes for the sales team.",
      "I learned that a test that compares a model with itself proves nothing. My update checks now compare against the published table directly, and file names carry the year. Since then we've caught one other stale input before it went live.",
      "Your pricing team updates assumptions quarterly, and I'd want to bring that kind of checking with me.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't11-ss-hairdresser-colour',
    'hairdresser',
    [
      "I mixed a colour wrong for a regular client and her hair came out brassy orange instead of ash blonde, two days before her daughter's wedding. Putting it right took another two and a half hours, and I didn't charge her the £95.",
      "She'd asked for a bigger change than usual and I didn't do a strand test, because she'd been coming to me for years and I thought I knew her hair. I also judged the developer strength by eye. That was me being overconfident, not anything she did.",
      "I told her straight away what I thought had gone wrong, asked my senior stylist for a second opinion, and we toned it back that same afternoon. I rang her the next day to check she was happy with it, and she still comes to me.",
      "I was mortified for a day, and then I changed how I work: every big colour change gets a strand test, regulars included, and I measure the developer every time now.",
      "Your salon does a lot of colour corrections, so I'd bring that caution with me.",
    ],
    [],
    allKindsExcept(),
  ),
];
