/**
 * Strong stories an expert coach would leave quiet: a named failure with its cost, an
 * owned cause, concrete action, a specific change shown since, and a role connection.
 * Serious errors told this well still count as `unsafe-failure`; near misses leave
 * `no-impact` open; an empty role connection still counts.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const strongStories: EvalCase[] = [
  {
    id: 't3-ss-paramedic-morphine',
    profession: 'paramedic',
    source: 'own',
    story: {
      whatHappened:
        'I gave an 84-year-old patient 10 mg of IV morphine when our guideline for her age and weight said start at 2.5 and titrate, and her breathing slowed to 8 a minute before we reached hospital; she needed naloxone in the ambulance.',
      whyItHappened:
        "I'd come off a run of trauma jobs with young patients and dosed on habit instead of working it out for her. I didn't say the dose out loud to my crewmate, which is what we're meant to do.",
      whatIDid:
        'I saw it on the monitor, gave naloxone and supported her breathing with the bag until her rate came back, and handed the full details over to the ED consultant myself, including the dose. I completed the incident report that shift and asked my team leader for a debrief.',
      whatILearned:
        'I say every controlled drug dose out loud and wait for my crewmate to confirm before I draw it up, and I use an age-adjusted dosing card clipped to the drug bag. My team adopted the card for all older-patient jobs.',
      roleConnection:
        'This is a rural station with long transfer times and an older population, so the first dose matters more here than anywhere.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-salt-therapist-report',
    profession: 'speech and language therapist',
    source: 'own',
    story: {
      whatHappened:
        "I sent a school the wrong child's therapy report, for a boy in the same class with a similar name, and the SENCo had already shared it at a parents' meeting before anyone noticed.",
      whyItHappened:
        "I'd saved both reports with first names only in the file name, and I attached from the recent files list without opening it.",
      whatIDid:
        'When the SENCo emailed me I rang both families that afternoon to explain and apologise, reported it to our data protection officer the same day, and sent the right report with a cover note.',
      whatILearned:
        'Every report is saved as surname, first name and date of birth now, and I open the attachment and read the name on page one before I send. The whole team changed its naming rule after my incident report.',
      roleConnection:
        'You cover a lot of schools with large caseloads, which is exactly where two similar names end up in the same folder.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-video-editor-casual',
    profession: 'video editor',
    source: 'own',
    story: {
      whatHappened:
        "delivered a client's ad to the TV network with the old legal line on the end frame, the one their lawyers had changed, so clearance rejected it and it missed its first two days of airtime",
      whyItHappened:
        "I'd had the new end frame in an email thread but exported from my older project file instead of the updated one, because I had both open and hadn't closed the old one",
      whatIDid:
        'called the producer as soon as clearance bounced it, fixed and re-exported within the hour, and paid the £300 rush resubmission fee myself because it was my error',
      whatILearned:
        "now it's one project file per job, old versions get archived out of the folder the moment there's a new one, and I check the end frame against the legal doc before every delivery. done about 80 deliveries like that since",
      roleConnection:
        'you do a lot of broadcast work with clearance deadlines, so this check would be part of every job',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-firefighter-went-back',
    profession: 'firefighter',
    source: 'own',
    story: {
      whatHappened:
        'At a house fire I went back into a bedroom to check a cupboard after my officer had called everyone out over a roof concern, and I was inside for about forty seconds after the call.',
      whyItHappened:
        "I'd seen a cot in that room and couldn't shake the idea there was a child in the cupboard. I made the call myself instead of telling my officer what I'd seen, and that was wrong: he could have sent a team in with a plan.",
      whatIDid:
        'When I came out I told my officer straight away what I had done and why. At the debrief I said it in front of the whole watch, and I asked for it to be used in our next training session.',
      whatILearned:
        "Now if I see something that makes me want to go back in, I say it on the radio and let the officer decide. I've been in that position twice since, and both times I called it in.",
      roleConnection: "You're recruiting for a busy urban station, where those split-second calls come up every week.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure', 'no-impact'),
  },
  {
    id: 't3-ss-translator-esl-dosing',
    profession: 'medical translator',
    source: 'own',
    story: {
      whatHappened:
        "I translated a dosing instruction in a patient leaflet as 'twice a week' instead of 'twice a day'. The client's medical reviewer caught it before printing, but the print run of 20,000 leaflets was delayed by one week.",
      whyItHappened:
        "The previous sentence said 'wöchentlich' and this one said 'täglich', and I was working from my memory of the previous sentence. I did not do my second read against the source, because the deadline was the same day.",
      whatIDid:
        'When the reviewer sent the comment I corrected it within the hour, checked every dosing line in the document again, and wrote to the project manager that it was my error, not a terminology problem.',
      whatILearned:
        'Now I copy every number and every frequency from the source into a small table before I translate, and at the end I check my translation against the table. I did this for all medical texts since, maybe 150 documents.',
      roleConnection: 'Your agency does a lot of pharmaceutical work, so dosing lines are in almost every job.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-data-engineer-lineage',
    profession: 'data engineer',
    source: 'own',
    story: {
      whatHappened:
        "I changed a date format in one of our pipelines without checking what read from it downstream, and the finance team's daily revenue dashboard showed zero for three days before anyone raised it.",
      whyItHappened:
        'I tested my own job end to end but never looked at the lineage tool, which would have shown me the finance dashboard was a consumer. I assumed the table was mine alone.',
      whatIDid:
        'When finance raised it I reverted the format within the hour, backfilled the three missing days, and sent the finance director a short note on what had happened and what the real numbers were.',
      whatILearned:
        "I check lineage for every schema change now and message the owners of anything downstream before merging, and I added a lineage step to our pull request template so nobody has to remember it. It's caught four breaking changes since, two of them mine.",
      roleConnection:
        "You're a small data team serving the whole business, so every table has consumers you don't sit next to.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-farm-manager-drilling',
    profession: 'arable farm manager',
    source: 'own',
    story: {
      whatHappened:
        'I drilled a 40-hectare field of winter wheat a fortnight late, into wet ground, and it yielded about 1.5 tonnes a hectare below the rest of the farm, roughly £11,000 down on that field.',
      whyItHappened:
        "I waited for the forecast to improve instead of committing when the ground was right, because I didn't want to be the one who drilled into a wet spell. Being cautious cost more than being wrong would have.",
      whatIDid:
        'Once the ground was workable I got it in the same day, raised the seed rate to make up for the late date, and went through the loss with the owner at harvest using the yield maps.',
      whatILearned:
        "I agree a drilling window and a cut-off date with the owner before the season now, and I drill on the ground, not the forecast. The last three autumns everything's been in on time.",
      roleConnection:
        "You're a bigger arable unit on heavy land, so drilling timing is the biggest decision of my year.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-optometrist-disc',
    profession: 'optometrist',
    source: 'own',
    story: {
      whatHappened:
        'I saw a patient with a swollen optic disc in one eye and made a routine referral instead of sending her to eye casualty the same day; she was seen three weeks later and diagnosed with raised pressure around the brain.',
      whyItHappened:
        "She had no headache and felt fine, and I let that reassure me instead of treating the disc on its own as urgent. I didn't ask a colleague for a second look, and we had time to.",
      whatIDid:
        'When the hospital letter came I rang her, apologised, and checked she was under the right team; I reported it through our clinical governance system and presented the case at our practice learning meeting.',
      whatILearned:
        "Any disc swelling gets a same-day referral and a phone call to eye casualty now, symptoms or not, and I ask a colleague to look at anything I'm unsure of before the patient leaves. I've made four same-day referrals since.",
      roleConnection: "Your practice sees a lot of urgent walk-ins, so I'd be making these calls every week.",
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-museum-registrar-loan',
    profession: 'museum registrar',
    source: 'own',
    story: {
      whatHappened:
        'I approved the loan of a 17th-century map to another museum without checking their current environmental data, and their gallery turned out to be running at 65% humidity against our 45 to 55% condition; we had it taken off display after four days.',
      whyItHappened:
        "I relied on the borrower's facilities report from two years earlier, which was fine, and didn't ask for current readings because they were a regular partner.",
      whatIDid:
        'As soon as their registrar flagged the readings I asked them to take it down, arranged for our conservator to examine it on return, and told my head of collections before the condition report came back. There was slight cockling, which the conservator treated.',
      whatILearned:
        "I ask for three months of current environmental data for every loan now, regular partner or not, and I added it to our loan checklist as a hard stop. We've done about thirty loans with it since.",
      roleConnection:
        'Your loans programme has doubled in two years, which is exactly when you start trusting the regulars.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-hr-generalist-esl-settlement',
    profession: 'HR generalist',
    source: 'own',
    story: {
      whatHappened:
        'I calculated the final payment of an employee who was leaving without his untaken holidays, 9 days, so he received around 1,100 euro less, and he made a complaint to the labour inspection.',
      whyItHappened:
        'I used the calculation template from before the new collective agreement, which counts holidays in a different way, and I did not check the template when the agreement changed.',
      whatIDid:
        'When the complaint arrived I checked the calculation the same day, told my manager the error was mine, and we paid the difference with interest that week and answered the inspection with all the documents. The case was closed without a penalty.',
      whatILearned:
        'Now every time a collective agreement changes I review all our templates in the first week and ask the payroll provider to validate one example, and every final payment is checked by a second person before we pay.',
      roleConnection:
        'You manage employees under three different collective agreements, so the templates will change often.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-baker-casual-no-role',
    profession: 'artisan baker',
    source: 'own',
    story: {
      whatHappened:
        "put salt instead of sugar in a batch of 60 brioche buns for a café order, didn't taste the dough, and they sent the lot back next morning, about £90 of stock and one very annoyed café owner",
      whyItHappened:
        "the salt and sugar tubs were the same size, I'd refilled both that morning and put them back on the wrong sides of the bench, and I weigh left to right by habit without reading the label",
      whatIDid:
        'rang the owner as soon as they came back, rebaked the order that afternoon and drove it over myself free of charge',
      whatILearned:
        'the tubs are different colours now, red for salt, and I pinch-taste every dough before it goes in the prover. not had a bad batch since, about two years',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 't3-ss-probation-officer-delay',
    profession: 'probation officer',
    source: 'own',
    story: {
      whatHappened:
        "I didn't pass a domestic abuse call-out involving one of my cases to the police public protection unit for nine days, and in that time he moved back in with his ex-partner, which his licence didn't allow.",
      whyItHappened:
        'The information came in on a Friday in a long email I skimmed. I flagged it to read properly on the Monday, then a court week took over. I should have read it in full the day it arrived, or handed it to the duty officer.',
      whatIDid:
        'When I read it I contacted the police within the hour, requested a recall review with my manager that afternoon, and he was recalled to custody two days later. I recorded the delay on the case record in plain terms.',
      whatILearned:
        "Anything that mentions a partner, children or a new address I read in full the day it arrives, and if I can't act on it I hand it to the duty officer before I go home. I've kept to that for three years.",
      roleConnection: 'Your team supervises high-risk domestic abuse cases, where a delay of days matters.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-sommelier-wrong-bottle',
    profession: 'sommelier',
    source: 'own',
    story: {
      whatHappened:
        'I opened and poured a £420 bottle of Burgundy for a table that had ordered the £42 one two lines above it, and we wrote off the difference.',
      whyItHappened:
        "The host pointed at the list and said the producer's name, and I took the order from the name without reading the vintage or the price back to him.",
      whatIDid:
        'When I realised at the bar I told the general manager before anything else, we poured the rest of the bottle for the table on the house, and I opened their actual order for the main course.',
      whatILearned:
        'I read back producer, vintage and price to the host for every bottle now before I fetch it, and after I suggested it that became the standard for all the floor staff.',
      roleConnection:
        'Your list has over 600 bins, with several producers at very different prices, so read-backs matter even more here.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-prison-officer-roll-check',
    profession: 'prison officer',
    source: 'own',
    story: {
      whatHappened:
        'On a night shift I signed the roll check as complete for my landing without physically seeing one prisoner, who had a sheet over his cell window; he had self-harmed and was found on the next check an hour later.',
      whyItHappened:
        "I could hear him moving and assumed he was fine, and I didn't ask him to take the sheet down because it was late and he was usually difficult about it. The rule is to see a living, breathing person, and I didn't.",
      whatIDid:
        "When the next check found him I raised the alarm with my colleague, we had healthcare with him within minutes, and I told the night orderly officer that my earlier check hadn't been a proper sighting. I gave a full statement the next morning.",
      whatILearned:
        "I don't sign a check now without seeing the person, and if a window or door is covered I start the conversation there and then, however late it is. I also help train new officers on night checks, and I use this case.",
      roleConnection: 'You hold a lot of remand prisoners in their first weeks, which is the highest-risk time.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
  {
    id: 't3-ss-cloud-engineer-esl-bucket',
    profession: 'cloud engineer',
    source: 'own',
    story: {
      whatHappened:
        'I deleted a storage bucket that I thought was for testing, but the mobile app used it for profile pictures, and for six hours the app showed empty avatars for all users, around 300,000.',
      whyItHappened:
        "The bucket had 'tmp' in the name and no tags, and I did not check the access logs before deleting; I trusted the name.",
      whatIDid:
        'When support reported it I restored it from the versioned backup, which took two hours, then I wrote the postmortem myself with the exact timeline and presented it to the team.',
      whatILearned:
        'Now before I delete anything I check 30 days of access logs, and we made a policy that every bucket must have an owner tag or it cannot be deleted without a review. I wrote that policy.',
      roleConnection:
        'Your platform has many old resources from the migration, so cleanups like this will be part of the job.',
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-stage-manager-cue',
    profession: 'theatre stage manager',
    source: 'own',
    story: {
      whatHappened:
        'I called a lighting cue one scene early on the opening night of a touring play, which left the lead actor in darkness for about ninety seconds of a monologue, in front of 700 people and the reviewers.',
      whyItHappened:
        "I'd moved a cue in my prompt book during the tech and hadn't updated the page references, so my eye jumped to the old position. After the tech I only checked the pages I'd changed, not the whole book.",
      whatIDid:
        'I corrected it live as soon as I saw it, apologised to the actor and the lighting designer at the interval, and after the show I walked the whole book with the deputy stage manager, cue by cue, before I left the building.',
      whatILearned:
        "After every tech now I read the full book against the desk's cue list with someone else calling out the desk, not just the changed pages. We toured 90 more shows without a wrong cue.",
      roleConnection:
        "You're producing a new musical with over 300 cues, which is exactly where a book gets out of step.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-underwriter-survey',
    profession: 'commercial property underwriter',
    source: 'own',
    story: {
      whatHappened:
        "I quoted a restaurant's fire cover without noticing the survey said their extraction ducts hadn't been cleaned in two years, and six months later a duct fire caused £180,000 of damage that we paid.",
      whyItHappened:
        'I read the survey summary, which was clean, and not the appendix where the surveyor had listed the ducts. I was trying to turn quotes round the same day for the broker.',
      whatIDid:
        'When the claim came in I went back through the file, found the appendix, and told my line manager before the claims team did. I reviewed the other 40 restaurant policies I had written that year, found two with the same issue, and we added conditions to both at renewal.',
      whatILearned:
        "I read every survey appendix now, and for food risks the extraction cleaning date is a referral trigger. I built it into the team's checklist, which the other underwriters use too.",
      roleConnection: "Your book is heavily hospitality, so extraction is the risk I'd be pricing every day.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-court-clerk-listing',
    profession: 'court listing officer',
    source: 'own',
    story: {
      whatHappened:
        'I listed a hearing in the wrong courtroom, and the defendant, two barristers and an interpreter waited in the wrong building for an hour and a half before we found them; the hearing had to be adjourned to the following week.',
      whyItHappened:
        'The case had moved courtrooms twice, and I copied the listing from an old printout on my desk instead of the case management system.',
      whatIDid:
        "When the judge's clerk asked where everyone was, I checked the system, found my error, rang the barristers' clerks and the interpreter agency myself, and fixed the new date that afternoon. I apologised to the judge in person.",
      whatILearned:
        'I threw out every printed list and I only list from the live system now. I also asked for the morning list to be sent to the ushers in both buildings, which started the next week.',
      roleConnection: "You're merging two court centres next year, which will mean a lot of hearings moving rooms.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 't3-ss-auto-electrician-towbar',
    profession: 'auto electrician',
    source: 'own',
    story: {
      whatHappened:
        "wired a tow bar on a customer's camper and got the left and right indicators the wrong way round on the trailer socket, he towed his caravan 200 miles to Cornwall like that and got pulled over by the police",
      whyItHappened:
        "didn't test the socket with the test board before handing it back, I went off the colours in the loom and that make's loom has them different",
      whatIDid:
        'he rang me from a layby and I talked him through swapping the two pins at the socket over the phone, then refunded the £120 fitting and checked it properly when he got back',
      whatILearned:
        'every socket gets the test board now before the keys go back, however sure I am of the colours, and I write the result on the job card',
      roleConnection: '',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 't3-ss-occupational-therapist-bath-board',
    profession: 'community occupational therapist',
    source: 'own',
    story: {
      whatHappened:
        "I recommended a bath board for a man with Parkinson's without trialling it in his own bathroom, and he slipped getting off it in the first week; he bruised his hip but wasn't badly hurt.",
      whyItHappened:
        "His bath was an unusual shape and I'd assessed him on the clinic equipment, assuming it would transfer. I knew his bath was different and didn't go out to see it because my visit list was full that week.",
      whatIDid:
        'When his wife rang I visited the next morning, removed the board, arranged a bath lift and trained them both on it, and reported it through our incident system.',
      whatILearned:
        "I don't recommend bathing equipment now without trialling it in the person's own bathroom, and if my visits are full I tell my lead and we reprioritise rather than skip it.",
      roleConnection:
        'Your service works with older adults at home, so trials in their own bathrooms would be most of my week.',
    },
    mustFlag: ['unsafe-failure'],
    mustNotFlag: allKindsExcept('unsafe-failure'),
  },
];
