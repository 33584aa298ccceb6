/**
 * Medium LONG whole answers: mostly sound and reasonable at length, with one or two things a
 * coach would raise hidden inside — a slogan after a good story, a defensive aside in the middle
 * ("to be fair, the brief kept changing"), a long context-heavy opening, a lesson about other
 * people, a vague failure wrapped in context, a humblebrag opening, a shrug at the end, an unsafe
 * failure mentioned in passing, the rules followed as a defence, self-punishment, a cause that
 * "slipped through the cracks", blame spread over constraints from above.
 */
import type { EvalCase } from '../eval-case';
import { story } from '../make-case';

export const mediumStories: EvalCase[] = [
  story(
    't10-sm-hotel-front-desk-slogan',
    'hotel front desk supervisor',
    [
      "I was the front desk supervisor when we double-booked eight rooms on the night of a wedding. Eight guests from the wedding party arrived at eleven at night to find their rooms already occupied, and we had to move them to a hotel twenty minutes away.",
      "The wedding block had been held on a separate spreadsheet by the events team, and when I released unsold rooms back into general sale the week before, I released the wrong date. I didn't check the block against the spreadsheet before I did it, which I should have.",
      "On the night I called round the nearby hotels myself, found eight rooms, booked taxis for everyone, and stayed on shift to meet each guest and apologise in person. The next morning I arranged breakfast on us and a refund of their room rate, and I wrote to the bride's mother to explain what had happened.",
      "What I took away from it is that communication is key in hospitality, and that teamwork between departments is really, really important.",
      "Your hotel hosts a lot of weddings and events, and I understand how much it matters to get it right for the guests.",
    ],
    ['generic-lesson', 'no-change-evidence'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'passive-action', 'missing-part'],
  ),
  story(
    't10-sm-ux-researcher-aside',
    'UX researcher',
    [
      "I ran a round of usability testing for a new checkout flow where most of the eight participants turned out to be people who had never shopped online with us. The findings pushed the team to simplify steps our real customers actually relied on, and we lost about two sprints building and then unpicking it.",
      "I wrote the screener, and I didn't include a question about whether people had bought from us before, so we recruited the wrong people. To be fair, the recruitment agency only sent the screener back the day before the sessions, and the brief from the product manager kept changing right up to the last minute, so there wasn't really time to do it properly. But the screener was mine.",
      "When the analytics after launch showed returning customers were dropping off, I went back through my sessions, saw the problem, and told the product manager and designer straight away. I ran five quick sessions with returning customers that week and we put back the two steps they needed.",
      "Now every screener I write has a question about the participant's relationship with the product, and I ask a designer to read it before it goes to the agency.",
      "I know your team does a lot of rapid research with tight turnarounds, which is exactly where that check has to happen.",
    ],
    ['defensive-tone'],
    ['humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-qa-long-opening',
    'QA tester',
    [
      "So, a bit of background first. I was the only QA on a team of six developers building a mobile banking app, and we released every two weeks. The team was quite new and we didn't have much automation yet, so most of the regression testing was manual and was down to me. We'd had a big push that quarter to get a new savings feature out before a marketing campaign, and everyone was working long hours. In one of those releases I signed off a build where the transfer screen crashed on older Android phones, and for two days about 6% of our users couldn't move money.",
      "I had tested the new savings screens carefully but I only ran the regression pack on the two newest phones because I was short of time, and I didn't say that in my sign-off. That was the part I got wrong: not that I ran out of time, but that I didn't tell anyone.",
      "When the crash reports came in I reproduced it within the hour on an old device, told the lead developer and the product owner what I had and hadn't tested, and retested the fix across the full device list before the hotfix went out the next day.",
      "Since then my sign-off always lists what I didn't test as well as what I did, and I run the regression pack on at least one older device every release. We also automated the transfer journey a few months later, which I pushed for.",
      "Your app has a lot of users on older phones, so I'd bring that habit of being explicit about coverage.",
    ],
    ['opening-too-long'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'not-learned', 'generic-lesson', 'missing-part'],
  ),
  story(
    't10-sm-recruiter-others-lesson',
    'agency recruiter',
    [
      "I placed a warehouse team leader with one of our biggest clients who left after three weeks. The client had paid a fee of around £4,000, and under our rebate terms we had to refund most of it, and the hiring manager was quite unhappy with us for a while.",
      "The candidate was strong on paper and interviewed well, and I didn't ask him enough about why he'd left two jobs in a year. The role was also mostly nights, which the hiring manager had mentioned only briefly on the phone, and I didn't make sure the candidate understood that.",
      "When the candidate told me he was leaving, I called the hiring manager the same day, apologised, and got two new shortlisted candidates to her within the week. One of them is still there.",
      "I think what I learned is that hiring managers need to be really upfront about the shift pattern and the hard parts of the job, and candidates need to be honest about why they move around so much. If both sides are open with the recruiter, placements stick.",
      "I'm looking for an in-house recruitment role because I'd like to be closer to the hiring managers and the roles themselves.",
    ],
    ['not-learned', 'no-change-evidence'],
    ['humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'missing-part'],
  ),
  story(
    't10-sm-bookkeeper-vague',
    'bookkeeper',
    [
      "One that comes to mind is a month-end for one of our bigger clients, a family-run haulage company I looked after for about three years. It was a busy time of year for them and for us, and the month-end just didn't go the way it should have, and there were some issues with the figures afterwards that the owner wasn't happy about.",
      "Looking back I was trying to do too much myself. I'd taken on two new clients that month and I didn't plan my time, so I didn't do my usual checks on their bank reconciliation before I sent the reports.",
      "I went back through everything the following week, corrected what needed correcting, met the owner to take him through it, and I apologised for the extra work it had caused him.",
      "I now block out the last three days of each month for reconciliations, I don't take on new clients in that week, and I check every bank rec before a report goes out, however late it's getting.",
      "I think that kind of discipline is important in a practice like yours with a lot of small business clients.",
    ],
    ['vague-failure', 'no-impact'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-events-humblebrag',
    'events coordinator',
    [
      "Honestly, I think my biggest failure is that I find it really hard to say no, because I care so much about every event being perfect. A good example was a charity gala for 300 guests where I said yes to every change the committee asked for, right up to the day before.",
      "Because I took on all the changes myself instead of pushing back or delegating, I ended up working until three in the morning the night before, and on the night a late change to the seating plan meant two tables were laid for the wrong number of guests.",
      "I sorted the tables out myself in about ten minutes while the guests were at the drinks reception, so most people never knew. The committee chair said afterwards it was the best gala they'd had.",
      "Since then I've been working on setting a cut-off date for changes, two weeks before an event, and I agree it with the client when we sign the contract. It's made a real difference to how calm the last week is.",
      "I think my attention to detail and my commitment would be a real asset to your events team.",
    ],
    ['humblebrag'],
    ['blame', 'self-flagellating', 'indifference', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-physio-shrug',
    'musculoskeletal physiotherapist',
    [
      "I progressed a patient with a knee replacement onto weighted step-ups too early, at about five weeks. Her knee swelled badly, she lost about ten degrees of bend she had worked hard for, and she was set back nearly three weeks in her rehab.",
      "She was doing so well and was so keen that I moved her on because of how she felt, not because of what her knee was actually telling me. I didn't measure the swelling at the session before I progressed her, which is something I'd normally do.",
      "When she came in with the swollen knee I went back to basics with her, explained honestly that I'd moved her on too fast, and saw her twice a week for a month to get the movement back. I also spoke to the orthopaedic team to check there was nothing else going on.",
      "I now measure swelling and range at every session before I progress anyone, and I write down the criteria for the next stage in the plan so it's not based on how keen the patient is. Having said that, flare-ups happen all the time in physio, people overdo it, it's part of the job really and you can't stop them all.",
      "Your department does a lot of post-operative rehab, so this is very relevant experience for me.",
    ],
    ['indifference'],
    ['blame', 'humblebrag', 'self-flagellating', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-estate-agent-passive',
    'estate agent',
    [
      "I told a buyer that a house she was viewing had planning permission for a rear extension, because the seller had mentioned it in passing. It didn't. She'd already paid for a survey and an architect's visit when her solicitor found out, and she pulled out of the purchase, so the sale fell through and the seller lost his onward chain.",
      "I repeated what the seller told me without checking the council's planning portal, which takes five minutes. I was new and I trusted what the vendor said.",
      "In the end it all got sorted out between the two solicitors, and the branch manager dealt with the complaint from the buyer. The seller relisted a few weeks later and the house did sell.",
      "I now check the planning portal myself for any property where permission is mentioned, and I don't mention it to buyers unless I've seen the decision notice. I've learned to be careful about anything that could be a misrepresentation.",
      "I'd like to join an agency like yours that puts a lot of emphasis on doing things properly.",
    ],
    ['passive-action'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-it-support-password',
    'IT support technician',
    [
      "In my first IT job I set up a new starter's laptop two days late, so our new finance manager spent her first two days with no laptop and had to borrow one from reception.",
      "I'd scheduled the build for the Friday before she started but I got pulled onto a printer problem and didn't re-plan it, and I didn't tell HR or her manager it was slipping. To get her working quickly I put the domain admin password in our shared team document so my colleague could finish the setup while I was out on site, and left it there for a couple of weeks.",
      "On the Monday I apologised to her, got a loan laptop set up with her accounts by lunchtime, and finished the full build on the Tuesday. I told my manager what had happened.",
      "Now every new starter build is on the team board a week ahead, and if anything slips I tell HR and the manager the same day rather than hoping to catch up. We've had no late starter builds since I set that up.",
      "I know your service desk supports a lot of new starters every month, so that kind of planning is exactly what the role needs.",
    ],
    ['unsafe-failure'],
    ['blame', 'humblebrag', 'self-flagellating', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-court-reporter-defensive',
    'court reporter',
    [
      "I reported on a sentencing at the magistrates' court and named the wrong man. The court list had two defendants with the same surname that day, and my story gave the age and street of one with the offence of the other. We had to take the story down and publish a correction, and the editor had to deal with a solicitor's letter.",
      "I took the details from the printed court list, which is what every reporter does, and the list had the two cases next to each other. Honestly I'm not sure what more I could have done, because the list is supposed to be accurate, and I followed the same process I always follow.",
      "As soon as the solicitor called I went back to the court office, confirmed which details belonged to which case, and wrote the correction with the news editor that afternoon.",
      "I now check the name, age and address against what's said in court for every defendant I name, not just against the list, and if two cases share a surname I ask the legal adviser.",
      "Court reporting is a big part of your paper's coverage, so I know how important accuracy is.",
    ],
    ['defensive-tone'],
    ['humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-architect-self-punish',
    'architectural technician',
    [
      "I issued a construction drawing for a house extension at the wrong revision, so the builder set out and built the foundations for a kitchen wall 400 millimetres further out than the planning approval allowed. It cost the client about £5,000 and three weeks to break out and recast.",
      "I'd updated the drawing to revision D after the planning officer's comments, but I issued revision C from the folder I'd been working in, and I didn't check the revision box against the register before sending it. That was my job and I rushed it.",
      "When the builder called about the planning officer's visit, I worked out what had gone wrong within the hour, told the director, and went to site the next morning with the correct drawing and a marked-up sketch of what needed to change. We covered the cost of the remedial work.",
      "I now check the revision letter against our drawing register every time I issue anything, and old revisions go into a superseded folder the moment a new one is made. To be honest, though, I still feel like a fraud about it. I lie awake sometimes wondering whether I'm actually cut out for this job.",
      "I'd like to join a larger practice like yours with proper document control.",
    ],
    ['self-flagellating'],
    ['blame', 'humblebrag', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-vet-nurse-slogan',
    'veterinary nurse',
    [
      "I drew up a dose of a pain relief injection for a cat using the weight of the dog booked in before her, so the cat was given about three times the dose the vet had prescribed. She was very sleepy for a few hours afterwards, but she recovered completely.",
      "Both animals' notes were open on the computer and I looked at the wrong one. It was the end of a very long day and I didn't check the weight on the kennel card against the screen.",
      "I realised within a few minutes, told the vet immediately, and we monitored the cat closely with her obs every fifteen minutes until she went home. The vet called the owner and I was with her for that call. I filled in the practice's incident form that evening.",
      "I learned to always double check everything, no matter how tired you are, and that attention to detail is so important in this job.",
      "I know your hospital sees a lot of cats, and I'm really passionate about feline nursing. I've been qualified for four years now and I've done extra training in anaesthetic monitoring, which I really enjoyed, and I'd love to keep developing that side of my nursing with you.",
    ],
    ['generic-lesson', 'no-change-evidence'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'missing-part'],
  ),
  story(
    't10-sm-librarian-vague-cause',
    'school librarian',
    [
      "I missed the deadline for a local council grant that would have paid for about £3,000 of new books for our reluctant readers' scheme. By the time I remembered, the fund had closed for the year.",
      "I'm not totally sure how it happened, to be honest. It was the end of the summer term, there was a lot going on with the book fair and the leavers' events, and it just sort of slipped through the cracks with everything else.",
      "I told the head the next day, and over the summer I applied to two other funds instead. One of them came through with £1,200, which was enough to start the scheme on a smaller scale in September. I also wrote up what had happened for the governors' report, so it was on the record and not just between me and the head.",
      "I now keep all funding deadlines in a single calendar I share with the school business manager, with a reminder a month before each one, and I go through it at the start of every half term.",
      "Your trust has several school libraries, and I'd bring that organised approach to funding across all of them.",
    ],
    ['vague-cause'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-electrician-live',
    'apprentice electrician',
    [
      "In my second year as an apprentice I was replacing sockets in a rented flat and I left a circuit live while I went to the van for parts. I'd taken the cover off and the wires were exposed, and the tenant's teenage son walked into the room while I was gone. Luckily he didn't touch anything, so no harm done really.",
      "I'd isolated the wrong circuit at the board, because the labels were wrong, and I didn't test it was dead before I started. I knew I should test, I just didn't that time because I was sure I'd switched off the right one.",
      "When I came back and my tester showed it live, I isolated the right circuit, locked it off and told my supervisor when he arrived. He went through safe isolation with me again that afternoon.",
      "Now I test before touch every single time, and I lock off and tag the breaker even if I'm only leaving the room for a minute.",
      "I'm looking to finish my apprenticeship with a firm like yours that takes safety seriously.",
    ],
    ['unsafe-failure'],
    ['blame', 'humblebrag', 'self-flagellating', 'vague-failure', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-claims-handler-blame',
    'insurance claims handler',
    [
      "I left a home insurance claim for water damage without an update for five weeks. The customer was living with her kitchen ripped out, and she complained to the ombudsman in the end, which cost us the complaint fee and compensation.",
      "At that point my team leader kept giving me the complex claims on top of my normal caseload, and I had about 140 open claims when the target was 90. Our system doesn't flag claims that haven't been updated, so nothing told me it was going stale, and the loss adjuster took three weeks to send his report, which held everything up. I also should have rung her, I know that.",
      "Once the complaint came in, I called the customer the same day, apologised, chased the adjuster's report and got her claim settled within ten days.",
      "I now go through my aged claims report every Monday and ring anyone who hasn't heard from me in a fortnight, even if there's nothing new to say.",
      "Customer contact is at the heart of your claims service, and I'd bring that commitment to keeping people updated.",
    ],
    ['blame'],
    ['humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'no-change-evidence', 'missing-part'],
  ),
  story(
    't10-sm-restaurant-manager-team-lesson',
    'restaurant general manager',
    [
      "When I took over as general manager of a 90-cover restaurant, I brought in a new booking system in my second month and we lost about sixty bookings in the switch-over. On the first Saturday night we had tables turning up who weren't in the system, and we ended up turning away two parties and comping a lot of desserts and drinks.",
      "I'd chosen the system and planned the switch. I exported the bookings from the old system, but I only tested the import with a week's worth of bookings, not the full three months, and a date format problem dropped everything booked more than a month ahead. I was keen to show the owners I could modernise things quickly, and I didn't give it the testing time it needed. That's on me.",
      "On the Saturday I stayed on the door myself, seated who we could, and personally called every guest we'd had to turn away the next morning with an apology and an invitation back as our guests. On the Monday I got the old system's full export, checked it line by line against the new system with my assistant manager, and found the other fifty-odd missing bookings, then called every one of those guests to confirm. We didn't lose any more.",
      "What it taught me, really, is that the front-of-house team need to speak up when they see something looks off. A couple of the hosts had noticed the diary looked quiet for the next month and just didn't say anything to me. So the biggest lesson was about getting the team to feel they can flag things, and I think they learned that too.",
      "Your group is rolling out new systems across all its sites this year, and that's a big change for any team, so I think I could help with that.",
    ],
    ['not-learned'],
    ['blame', 'humblebrag', 'self-flagellating', 'indifference', 'vague-failure', 'no-impact', 'passive-action', 'missing-part'],
  ),
];
