/**
 * Sealed real-voice set, part 1: whole answers that a coach should mostly leave alone.
 * Written blind to the coach's rules and to the other eval sets.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const sealedStrongStories: EvalCase[] = [
  {
    id: 'rv2-librarian-teen-reading-challenge',
    profession: 'librarian',
    source: 'own',
    story: {
      whatHappened:
        "I ran our library's first summer reading challenge for teenagers and signed up 31 kids against a target of 150. Most of the prizes we'd bought sat in a cupboard until Christmas.",
      whyItHappened:
        "I designed it from my own assumptions. I never asked a single teenager what they'd want; I copied the format of the children's challenge, with paper logs and stamps, and promoted it through school newsletters that parents read and kids don't.",
      whatIDid:
        'In the third week, when the numbers were clearly flat, I went to two youth clubs and asked the kids directly. Based on what they said, I switched the logs to a simple online form, let audiobooks and graphic novels count, and asked three of the participants to post about it. Sign-ups roughly doubled in the last month, still far short, and I wrote an honest summary for my manager with the cost per participant.',
      whatILearned:
        "I now run a short session with the actual audience before I design any programme. For the following year's challenge I held two focus groups in May, and 212 teenagers signed up. I've done the same for our adult digital-skills classes since.",
      roleConnection:
        "Your job ad talks about growing youth engagement across four branches, and testing ideas with the young people first is exactly how I'd start.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-dentist-online-booking-no-shows',
    profession: 'dentist',
    source: 'own',
    story: {
      whatHappened:
        'When I took over as practice owner I switched us to an online booking system in one weekend, and in the first month our no-show rate went from about 4% to 11%. That is roughly 60 empty appointment slots.',
      whyItHappened:
        "I chose the system on price and I turned off the old text reminders before I'd checked that the new system sent its own. It did, but only by email, and a lot of our older patients never open email. I didn't test it with real patients first.",
      whatIDid:
        'Once I saw the numbers at the end of week three, I got our receptionist to phone every patient booked for the next fortnight, paid for the SMS add-on that same day, and sent a letter to patients over 70 explaining the change with our phone number in big print. By the second month no-shows were back to 5%.',
      whatILearned:
        "Whenever I change anything patients touch now, I pilot it on one day's list first and ask the front desk what they're hearing. When we moved to digital medical-history forms last spring, we ran them alongside paper for a week, caught two problems, and nobody missed an appointment over it.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-bus-driver-wrong-diversion',
    profession: 'bus driver',
    source: 'own',
    story: {
      whatHappened:
        'Last winter there was road works on my route and I take the wrong diversion. For almost 25 minutes my bus did not stop at four stops, so maybe 40 people were waiting in the cold and the next bus was very full.',
      whyItHappened:
        "The diversion notice was in the depot in the morning, and I did not read it properly. I thought I know this area very well, so I just look quickly and go. It was my mistake, not the controller's.",
      whatIDid:
        'When a passenger told me, I radio the control room at once and tell them which stops I missed, so they could send the next bus to pick up. At the end of the shift I write the incident report myself, I said sorry to my supervisor, and I ask him to show me the diversion map again.',
      whatILearned:
        "Now before every shift I read every notice on the board, even if I think I know the road, and I take a photo of the diversion maps on my phone. In one year after this I drive more than ten diversions and I don't miss one stop.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-ux-researcher-screener-age-gap',
    profession: 'UX researcher',
    source: 'own',
    story: {
      whatHappened:
        'I ran a usability study for a banking app redesign and recruited eight participants who all turned out to be under 35. The team shipped the new navigation, and support calls from customers over 60 went up 30% in the first month.',
      whyItHappened:
        "I wrote the screener in a hurry and only filtered on 'uses mobile banking weekly'. I never checked the age spread of who actually booked, and I presented the findings as if they covered our whole customer base. That overstated what we knew, and it was my study.",
      whatIDid:
        'When support flagged the spike, I pulled the call transcripts and mapped the complaints to specific screens. I ran a follow-up round with six older customers within ten days and presented both rounds to the product lead, with a clear note on where my first study had been wrong. We rolled back two of the menu changes in the next release.',
      whatILearned:
        "Every screener I write now has quotas for age and digital confidence, and I check the booked list against them before any session runs. I've used that on about fifteen studies since. It's also why your focus on accessible services for older members appealed to me: that's the audience I learned I can't afford to skip.",
      roleConnection: '',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-electrician-rewire-quote-forum',
    profession: 'electrician',
    source: 'own',
    story: {
      whatHappened:
        'ok so mine: I quoted a full rewire on a 1930s semi at 5 days and it took 11. Fixed price, so the firm ate about £2k of labour, and the family were living out of one room for an extra week.',
      whyItHappened:
        "I didn't lift a single floorboard at the survey. Looked at the consumer unit, counted sockets, went off what the house 'should' be like. Turned out half the first floor had old lead-sheathed cable where I'd never have guessed. Should've checked, didn't.",
      whatIDid:
        "Soon as we found it on day 2 I rang the customer and told her straight it was my quoting error, not hers, and it'd take longer but wouldn't cost her more. Rejigged the week with my boss so a second spark came in for 3 days, and I texted her an update every evening till we finished.",
      whatILearned:
        "I lift boards in at least 2 rooms on every survey now and I put a written 'unknowns' line in every quote. Done that on every rewire since, 20 odd, and none have gone more than a day over.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-recruiter-notice-period-present-tense',
    profession: 'recruiter',
    source: 'own',
    story: {
      whatHappened:
        "It's my second year in agency recruitment. I put forward a finance director candidate without checking her notice period, the client makes an offer, and she tells us she can't start for six months. The client walks away and we lose an £18,000 fee.",
      whyItHappened:
        "I'm so focused on getting a shortlist out before a competing agency that I skip my own screening questions. I assume a senior person has three months' notice. That's an assumption I could have checked in one sentence.",
      whatIDid:
        'I call the client the same day, own it, and offer to re-run the search at no extra cost. I find two candidates with short notice periods within three weeks, and one of them is hired. I also tell my manager exactly what went wrong before she hears it from the client.',
      whatILearned:
        "Now notice period, salary expectations and counter-offer risk are the first three lines of every candidate note I write, and I don't submit anyone without them. In the eighteen months since, I haven't had an offer fall through on notice.",
      roleConnection: "You place senior finance people too, and I'd bring that screening discipline from day one.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-fundraiser-gala-ticket-price',
    profession: 'fundraiser',
    source: 'own',
    story: {
      whatHappened:
        "I organised a charity gala dinner that sold 140 of 300 tickets, and after venue costs we raised £3,200 instead of the £25,000 we'd budgeted for.",
      whyItHappened:
        "I booked the venue and set the ticket price at £120 before testing whether our supporters would pay it. Most of our donors give £10 a month; I priced it for a corporate crowd I hoped to attract, and I didn't have those contacts yet.",
      whatIDid:
        'Six weeks out I saw sales stalling, so I went to our director with the numbers rather than waiting. We opened a £45 supporter ticket for the back tables, I phoned 60 of our long-standing donors personally, and I negotiated the venue down from 30 tables to 20 to cut the minimum spend.',
      whatILearned:
        "I learned the importance of testing demand. Before committing to any event now, I send a short 'would you come at this price' survey to a sample of supporters and only book once pledges cover a third of the capacity. Our spring quiz and last year's gala both went that way, and both covered costs in the first fortnight.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'generic-lesson'),
  },
  {
    id: 'rv2-lab-technician-sample-labels',
    profession: 'lab technician',
    source: 'own',
    story: {
      whatHappened:
        'In my second job as lab technician I mislabelled a rack of 24 blood samples for a research study, so they were logged under the wrong visit date. The samples were not lost, but the analysis for that week was delayed by nine days.',
      whyItHappened:
        'I had prepared the labels the evening before from the visit list, and next morning the coordinator changed the order of two participants. I did not compare the labels again with the new list before I started. It was my step to check and I skipped it because I was in a hurry to finish before the centrifuge booking.',
      whatIDid:
        'When the coordinator noticed the dates did not match, I stopped the batch, and together with her I traced every tube against the paper forms. I wrote the deviation report the same day and informed the study lead myself. We relabelled with a second person watching, and the data manager corrected the database.',
      whatILearned:
        'Since then I never print labels the day before. I print them at the bench from the live list and a colleague does a read-back of the IDs with me, it takes two minutes. We introduced this for the whole lab after my report, and in the last year we had zero labelling deviations.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv2-game-developer-save-wipe',
    profession: 'game developer',
    source: 'own',
    story: {
      whatHappened:
        'I shipped a patch for our mobile game that wiped the save files of about 3,000 players on older Android phones. We got hammered in the reviews and dropped from 4.5 to 3.9 stars in a week.',
      whyItHappened:
        "I changed the save format and tested the migration on the three devices on my desk, all recent. We had a device lab; I skipped it because the patch was 'small'. My call.",
      whatIDid:
        'I pulled the patch from the store within two hours of the first reports, wrote the fix that night, and worked with our community manager on an honest post explaining what happened. We gave affected players a currency pack and I personally answered the first hundred or so support tickets.',
      whatILearned:
        'Any change that touches saves now goes through the full device lab, however small, and I added a migration test to our build pipeline that runs on the five oldest OS versions we support. That test has caught two bad migrations since, before they shipped.',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-translator-half-board-brochure',
    profession: 'translator',
    source: 'own',
    story: {
      whatHappened:
        "I translated a Spanish hotel chain's brochure into English and rendered their meal plan as 'half pension', which means nothing to British guests. The client had already printed 5,000 copies, and the reprint cost them about €1,800.",
      whyItHappened:
        "I worked from the text file alone and didn't ask who the brochure was for. I also skipped my usual read-aloud pass because I'd taken on three deadline jobs that week. The term looked fine to me because I'd seen it in EU documents.",
      whatIDid:
        'When the client emailed, I apologised, offered to pay half the reprint, and went through the whole brochure again against a British hospitality glossary. I sent them a list of eleven other phrases I had changed, with the reason for each, so they could check my work.',
      whatILearned:
        "I now ask every client for the target audience and a sample of their existing English material before I start, and I never take more than two deadline jobs in one week. I've kept a terminology sheet per client since then; the hotel chain has sent me four more jobs.",
      roleConnection:
        "Your agency works mostly on tourism content for UK markets, which is exactly where I got this wrong and where I'm most careful now.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv2-farmer-early-sweetcorn-frost',
    profession: 'farmer',
    source: 'own',
    story: {
      whatHappened:
        'Three years ago I planted 12 hectares of sweetcorn two weeks earlier than usual to beat the other growers to market, and a late frost took out about a third of it. That was roughly eight thousand pounds of crop gone.',
      whyItHappened:
        "I went on a warm spell and a feeling. I didn't look at the long-range forecast properly, and I ignored my dad, who's farmed that ground forty years and told me to wait. I wanted to be first to the farm shops and I let that decide it.",
      whatIDid:
        'The morning after the frost I walked every field and marked what could recover. I re-drilled the worst four hectares that week, rang our three farm-shop buyers to tell them the first pick would be late and smaller, and offered one of them our early potatoes instead so we kept the slot.',
      whatILearned:
        "I've got a planting rule now: no drilling until the soil's been above ten degrees for five days running, and I log it every morning. I've stuck to it three seasons, lost nothing to frost since, and we've still been first to market twice.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-nurse-discharge-bottleneck',
    profession: 'nurse',
    source: 'own',
    story: {
      whatHappened:
        'On a surgical ward I was coordinating discharges one Friday, and five patients who were medically ready waited between three and five hours to leave, which held up beds for the emergency department.',
      whyItHappened:
        "I tried to write every discharge summary myself instead of splitting them with the other nurses, and I didn't ring pharmacy early for the take-home medicines; I waited until the summaries were done.",
      whatIDid:
        'When the bed manager called, I stopped, divided the remaining summaries between me and two colleagues, and phoned pharmacy with the list so they could start the take-home packs in parallel. I apologised to the two families who had been waiting in the day room and gave them realistic times.',
      whatILearned:
        "On discharge days I now send pharmacy the list before 10am and share out the paperwork at the morning huddle. Our ward's average discharge time moved from mid-afternoon to before 1pm over the next two months, and I've run discharges that way ever since.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-pharmacist-winter-overorder-bullets',
    profession: 'pharmacist',
    source: 'own',
    story: {
      whatHappened:
        "I placed our winter order for cold-and-flu stock from last year's figures, and we ended up with about £4,000 of products going out of date on the shelf.",
      whyItHappened:
        "I copied the previous year's order without checking that a new pharmacy had opened two streets away. I had the footfall numbers; I just didn't look at them.",
      whatIDid:
        "- Rang the wholesaler the week I spotted it and returned what they'd take back (about £1,500)\n- Moved the rest to our two sister branches that were running short\n- Wrote my manager a short note with the numbers and what I'd do differently",
      whatILearned:
        "I build seasonal orders from the last eight weeks of sales now, not last year's order, and I check them against footfall before I submit. Last winter's order came in within 5% of what we actually sold.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-customs-officer-origin-certificate',
    profession: 'customs officer',
    source: 'own',
    story: {
      whatHappened:
        'When I was new at the border post, I released a container of ceramic tiles with incorrect origin paperwork. Later the audit found we had under-collected around 9,000 euros of duty.',
      whyItHappened:
        'The documents looked normal and I was trying to clear the queue quickly because many trucks were waiting. I did not cross-check the certificate of origin with the supplier database, which was in the procedure. I decided to trust the document, and this was my error.',
      whatIDid:
        'When the audit came, I explained to my chief exactly how I had processed it, I helped the team prepare the recovery notice to the importer, and I went back through my other clearances of that month. I found two more with small problems and I reported them myself.',
      whatILearned:
        'Since then I always do the database check for origin, even when the queue is long, and if the queue makes it impossible I tell the supervisor so he can open another lane. In two years I had no more audit findings.',
      roleConnection:
        'For this post in the risk analysis unit, I think this experience helps, because I know from the inside how queue pressure makes officers skip steps.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 'rv2-personal-trainer-new-programme',
    profession: 'personal trainer',
    source: 'own',
    story: {
      whatHappened:
        'I lost four of my regular clients in one month, about a quarter of my income, after I moved everyone onto a new programme I had just done a course on.',
      whyItHappened:
        "I got excited about the method and pushed it on everyone without asking what they actually wanted. A couple of them came for the routine and the chat as much as the results, and I just didn't read that.",
      whatIDid:
        'I messaged each of the four, asked for ten minutes on the phone, and listened. Two came back on their old plans. For everyone else I sat down and agreed goals one to one before changing anything.',
      whatILearned:
        "Now I do a goals check-in with every client every eight weeks and nothing in their programme changes without it. I haven't lost anyone over programme changes since, and my average client now stays over a year instead of around six months.",
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv2-journalist-wrong-councillor',
    profession: 'journalist',
    source: 'own',
    story: {
      whatHappened:
        'I published a story naming the wrong councillor as the one who had voted against a housing plan. We ran a correction within four hours, but the piece had already been shared about 2,000 times.',
      whyItHappened:
        "I took the voting record from a colleague's notes instead of the council's published minutes, because I wanted to beat a rival site to the story. I didn't make the one phone call to the councillor's office that would have caught it.",
      whatIDid:
        "As soon as the councillor's office rang, I told my editor, rewrote the paragraph, added a clear correction note at the top, and called the councillor myself to apologise. I also posted the correction from the same social accounts that had shared the original.",
      whatILearned:
        "I don't publish a name attached to a vote or an allegation now until I've checked it against the primary record, and every draft of mine ends with a verification line listing the source for each name. My editor has corrected one of my stories since then, for a typo.",
      roleConnection:
        'Your newsroom puts speed and accuracy side by side in the job description, and this is the story I think about every time those two pull against each other.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
];
