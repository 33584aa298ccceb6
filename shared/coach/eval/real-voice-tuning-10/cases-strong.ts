/**
 * Strong LONG whole answers (180–450 words), told the way polished career-site samples and good
 * spoken answers tell them: context and asides, a specific failure with its cost, a cause owned
 * even where others played a part, action at once, and a changed practice shown in natural
 * phrasing. They must stay quiet; serious errors told well keep only `unsafe-failure` open, and
 * the safe ones (an accrual, a churn report, a container booking, a rota) must not be called unsafe.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

export const strongStories: EvalCase[] = [
  story(
    't10-ss-accountant-accrual',
    'management accountant',
    [
      "In my first year as a management accountant at a building supplies firm, I left a £38,000 freight accrual out of the March accounts. The branch looked far more profitable than it was, and the regional director quoted that margin to the board before I caught it in April.",
      "The freight invoices for that branch always came in late, and the previous accountant had kept a manual list of them. I'd taken over the month-end checklist but not that list, and I didn't ask what sat behind the numbers I was rolling forward. Honestly, I was proud of closing in three days and I treated speed as the goal. That was my call and it was the wrong one.",
      "As soon as I saw the April freight land with nothing to offset it, I worked out the figure, went to the financial controller that morning and then to the regional director with a corrected March pack and a one-page note of what had happened. He had to correct his board figure, which wasn't comfortable for him, and I apologised to him directly rather than through my manager.",
      "Since then I reconcile every accrual against the supplier statements before I sign off the month, not just against last month's journal, and when I inherit a process I sit with whoever ran it and ask what they keep outside the system. I also wrote the freight list into our close checklist so it doesn't live in one person's head. We haven't had a late accrual surprise in the two years since.",
      "Your role covers four sites with a lot of late supplier billing, so that habit of going to the statements is the first thing I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-social-worker-visit',
    'children and families social worker',
    [
      "As a newly qualified social worker I let a statutory visit to a child on a protection plan run eleven days past its due date. Nothing happened to the child, thankfully, but the independent reviewing officer picked it up at the review and it went on the record as a missed timescale.",
      "I was carrying seventeen cases, which was a lot for my first year, but the real problem was mine: I kept my visits in my head and in my paper diary rather than on the case system's reminders, and when a court report took over my week I simply lost track of that one. I'd also been a bit embarrassed to tell my manager I was struggling, so I didn't.",
      "When I realised, I visited the same afternoon, saw the child on her own, recorded it properly and told my team manager straight away what had happened and why. We went through my whole caseload together that week, and she moved two cases to a colleague while I caught up.",
      "What I took from it is that the system's reminders are only useful if I use them, so now every visit date goes on the case system the day I set it, and on a Friday I look at the next two weeks for every child. I also tell my supervisor early when my week is going under, which I used to see as a weakness. I haven't missed a statutory visit since.",
      "Your team works to tight timescales with high caseloads, and I think being honest about capacity early is part of keeping children safe.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-paramedic-bag-check',
    'paramedic',
    [
      "About three years ago I started a shift without properly checking the response bag, and at our second job we found the spare oxygen cylinder was nearly empty. The patient was breathless but stable, and my crewmate had to run back to the vehicle for the main cylinder, which cost us a couple of minutes on scene.",
      "We'd been called out straight from the station with the previous crew still handing over, and I signed the check sheet after only looking at the drugs and the defib. I told myself the last crew would have topped the cylinder up. That assumption was mine, and ticking a box I hadn't actually checked was the bit that bothered me most afterwards.",
      "After we'd handed the patient over I told my crewmate I hadn't checked it, replaced the cylinder at the hospital, and reported it on our incident system that evening rather than just sorting it quietly. I also spoke to my team leader about it at the end of the shift.",
      "I don't sign a check sheet now for anything I haven't physically looked at, and if we get called before the check is done, I say so to my crewmate and we check at the first chance between jobs. On my station we now hand over the vehicle with the bag checked together, both crews, which I suggested at a team meeting.",
      "Working in a busy urban service like yours, the pressure to go before you're ready is constant, and that's exactly when I think the checks matter.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-chef-costing',
    'sous chef',
    [
      "When I was a junior sous chef I costed a new autumn menu using supplier prices that were two months old. The lamb and the venison had both gone up by more than a fifth, and we ran the menu for five weeks at a gross margin of about 58% instead of the 68% the owners expected.",
      "I'd built the costings over a couple of quiet afternoons and reused the price sheet I had on file rather than asking our suppliers for current prices. I knew game prices move in the autumn. I just didn't check, because the dishes were tasting right and I was more interested in the food than the spreadsheet, if I'm honest.",
      "It showed up in the month's figures and the head chef asked me about it. I went back through every dish with fresh quotes the same week, showed him where the gap came from, and we re-costed: smaller venison portions with more garnish, and the lamb swapped for a cheaper cut we braised. We were back at 67% by the end of the following month.",
      "These days I get fresh quotes on the proteins before any menu goes to print and I re-cost the top ten sellers every month, not just at menu change. I also keep the costing sheet dated, so anyone looking at it can see how old the prices are.",
      "You've said the role includes ownership of the food margin, and I'd like to be the chef who watches the numbers as closely as the plates.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-paralegal-deadline',
    'litigation paralegal',
    [
      "Early in my time as a paralegal I put the wrong date in the diary for serving a witness statement, two days late. We missed the deadline set by the court and had to apply for relief, which cost the client an extra hearing and about £2,400 in fees the firm ended up writing off.",
      "The order had been varied by consent and I diarised from the original order sitting on the file instead of reading the new one through. I was covering for a colleague on leave and trying to clear a backlog, but the diary was my job and I didn't do it carefully.",
      "The day I saw it, I told the supervising solicitor before anything else, pulled together the timeline for the application, and drafted the witness statement explaining the error for her to check. She spoke to the client and the other side, and the court granted relief. I also asked to be the one to explain it at our team meeting, so the others could check their own diaries for varied orders.",
      "Now, whenever an order is varied, I diarise from the sealed order itself, and a second person checks every court deadline I enter; I do the same for others. I've kept that up for over two years and we've had no missed dates in my cases since.",
      "Your litigation team runs a lot of matters at once, and a deadline system that someone else checks is the habit I'd want to bring into it.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-data-analyst-churn',
    'data analyst',
    [
      "In my last role I sent leadership a churn report that said monthly churn had dropped from 4.1% to 2.6%. It hadn't. I had filtered out customers on paused accounts, and about 300 of them had quietly cancelled. The sales director had already put the lower figure in a forecast for investors by the time I found it.",
      "The filter came from an older query I'd copied, and I didn't look at what it excluded because the result matched what everyone hoped to see. I think that's the real lesson for me: I checked the numbers that looked wrong and not the ones that looked good.",
      "I found it when the finance team's figures didn't match mine the following week. I told my manager the same hour, reran the analysis with the paused accounts in, and wrote a short note for the sales director explaining which number was right and why mine had been wrong, so he could correct the forecast before it went further. It was an awkward conversation, but he appreciated that it came from me.",
      "I now reconcile any headline metric against finance's figures before it leaves my hands, and every query I reuse gets its filters written out in plain English at the top. I also ask someone to challenge results that look like good news, not only the bad ones.",
      "You mentioned the role reports directly to the executive team, so I know how far a number can travel once it's out, and I'm careful about that now.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-hr-letter',
    'HR advisor',
    [
      "A few years ago I attached the wrong employee's disciplinary outcome letter to an email, so a warehouse operative received a colleague's final written warning, with his name, the allegations and the outcome. The colleague found out from the other employee before he heard it from us.",
      "I'd prepared both letters the same afternoon from the same template, saved them with similar file names, and didn't open the attachment before pressing send. I was rushing to get them out before the weekend because I'd promised both men an outcome by Friday.",
      "As soon as the first employee rang me, I recalled the email, asked him to delete it and confirmed that in writing, and then called the colleague myself to tell him what had happened and apologise before anyone else did. I reported it to our data protection lead that afternoon and we logged it as a breach, and my manager and I met the colleague the following week.",
      "I never send personal letters as attachments now; they go through our secure portal, and I open every document before it leaves me and check the name on it against the recipient. I also stopped promising outcomes on a Friday afternoon, because the rush was part of it.",
      "This role handles a lot of sensitive casework, and I'd rather be a little slower than put someone through what that colleague went through.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-customer-success-onboarding',
    'customer success manager',
    [
      "I once promised a new client, a chain of 40 gyms, that we'd have every site live on our booking system in six weeks. It took fourteen, and they held back the second year of the contract until we were fully live, which was about £60,000 of revenue pushed out of the year.",
      "I agreed the six weeks in the sales handover call because the account executive had already mentioned it and I didn't want to be the one to slow things down. I never checked it with our implementation team, who were already stretched, and I didn't ask the client how clean their member data was. It wasn't. That was my mistake, not the sales team's: the date was mine once I said it.",
      "By week four I could see we wouldn't make it. I went to the client's operations director with a revised plan site by site, admitted I'd given them a date I hadn't checked, and we agreed to go live in waves, so twelve sites were running by week eight. I also got implementation time ring-fenced for them.",
      "Since then I don't agree a go-live date in a handover call. I take it away, check capacity and data with implementation, and come back within two days with a date I can stand behind. My last three onboardings landed within a week of the date we gave.",
      "Your clients are multi-site too, so I think that honesty about dates up front matters even more here.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-logistics-container',
    'logistics coordinator',
    [
      "I booked a twenty-foot container for an export order that needed a forty-foot one. The goods didn't fit at loading, we missed the vessel, and the customer's shipment to Rotterdam arrived nine days late. It cost us about £3,100 in extra haulage and storage, and the customer asked for a discount on top.",
      "I'd taken the volume from the customer's first order, which had been smaller, and didn't re-check it against the packing list for this one. The packing list came in late and I was covering two desks that week, but the booking was mine and I should have waited for the list or flagged that I didn't have it.",
      "When the haulier rang from the warehouse I got a second container booked for the next sailing within the hour, told our account manager and the customer what had happened that afternoon, and arranged part of the load to go by road so their most urgent lines arrived only three days late. I wrote it up for my manager the next morning.",
      "Now no booking goes out without the packing list for that order attached, and if the list is late I book provisionally and tell the customer the date depends on it. I also check cubic metres against the container size on every booking, which takes two minutes and would have saved all of that.",
      "Your team handles a lot of short-notice exports, and the two-minute check is exactly the kind of thing that gets skipped under pressure, so I keep to it.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-dental-nurse-sterilisation',
    'dental nurse',
    [
      "When I was a trainee dental nurse, I put a tray of instruments back into the clean area after the autoclave cycle had failed, because I didn't read the printout. The next morning the senior nurse spotted the failed cycle on the log, and we had to pull the tray and recall the two patients whose check-ups had used it.",
      "I'd been shown the printout but I thought a finished cycle meant a passed one, and I was in a hurry at the end of the day. I didn't ask when I wasn't sure, which was really the mistake, because I was new and didn't want to look like I didn't know.",
      "The instruments used had only been for examinations, and the practice's advice was the risk was very low, but the dentist spoke to both patients and I was there for those calls. I reported it with the senior nurse, re-processed everything in that load, and went through the decontamination training again with her the following week.",
      "I read and initial every cycle printout now before anything goes into the clean area, and I've made a habit of asking straight away when something doesn't look right instead of guessing. When I started training the new apprentice last year, that was the first thing I showed her.",
      "Infection control is a big part of the role you're advertising, and I'd like to bring that habit of checking and asking.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-civil-engineer-fill',
    'civil engineer',
    [
      "On a road junction scheme I was the site engineer who calculated the volume of imported fill. I used the wrong existing ground levels from an older survey and underestimated by about 1,800 cubic metres, which meant an extra order at a higher rate and a nine-day delay to the surfacing.",
      "There were two topographical surveys on the project drive and I picked the first one I found without checking its date. The later survey showed the ground had been stripped lower. I also didn't ask the project engineer to check my take-off, because I was keen to show I could do it on my own.",
      "Once the earthworks foreman told me we'd run short, I went back through the calculation, found the survey issue within a day, and took it to the project manager with the corrected quantity and a proposal to re-sequence the drainage so the crew weren't standing idle. We recovered four of the nine days that way.",
      "I now check the date and revision of every survey before I use it, and any quantity over a few hundred cubic metres gets checked by a second engineer before an order goes out, mine included. I also keep a short register of which drawing or survey each calculation came from.",
      "Your projects are bigger than the ones I've worked on, so I think a second check on quantities matters even more there.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-marketing-segment',
    'marketing manager',
    [
      "I ran a re-engagement email campaign that went to our most active customers instead of our lapsed ones. Around 22,000 people got a 'we miss you' discount code they didn't need, and we gave away roughly £9,000 in margin on orders they would have placed anyway.",
      "I'd built the segment myself and flipped the condition on the last-purchase date, and I skipped the test send to a sample because we were up against a launch. If I'm honest I'd got comfortable: I had sent dozens of campaigns and stopped checking who was actually in the list.",
      "Our customer service team flagged it within an hour because regulars were asking why they'd been 'missed'. I stopped the second wave, told my director what I'd done and roughly what it would cost, and we sent a short, honest follow-up to the people who'd received it. We honoured the codes, which I thought was the right call.",
      "I now preview a sample of twenty real names in every segment before I send, and any campaign with a discount gets a second person to check the audience. Those two steps add ten minutes. I've sent something like a hundred campaigns since without a wrong audience.",
      "In a role like this one where the list is over a million people, I know that ten minutes is cheap.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-warehouse-rota',
    'warehouse shift supervisor',
    [
      "As a new shift supervisor I wrote a rota that left goods-in with two people on a Monday when we had eleven deliveries booked. Four lorries were turned away after waiting over two hours, and two suppliers charged us rebooking fees.",
      "I'd built the rota from the previous month's pattern and didn't look at the delivery booking system before I published it. I also approved two holiday requests for that Monday without checking who else was off. That was my planning and nobody else's.",
      "On the day, I moved three pickers over to goods-in once I saw the queue, unloaded with them myself for most of the morning, and rang the suppliers whose drivers we'd turned away to rebook them for the next day and apologise. Afterwards I told the warehouse manager exactly how I'd got the rota wrong.",
      "Now I open the delivery bookings before I write a rota and staff goods-in to the number of lorries, not last month's numbers. Holiday requests get checked against the bookings before I approve them. We haven't turned a lorry away on my shift in the eight months since.",
      "You mentioned that inbound volumes here are growing, so planning from the bookings rather than from habit is the approach I'd bring.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-bank-teller-id',
    'bank cashier',
    [
      "In my second month as a cashier I paid out £1,500 in cash to a man withdrawing from his elderly father's account with a signed letter, without the third-party mandate the bank requires. It turned out the father hadn't authorised it, and the bank refunded him in full.",
      "The letter looked genuine and the son was confident and in a hurry, and there was a queue. I knew a letter wasn't enough on its own but I let the pressure of the queue decide for me, which is exactly what the rule is there to stop.",
      "When the father came in the next week, I told my team leader straight away that I'd been the one who processed it and why. I wrote a full statement for the fraud team, and I went on the vulnerable-customer refresher course that month, which I asked for.",
      "I never process a third-party withdrawal now without the mandate on the system, however sure I feel, and if someone pushes I call my team leader over rather than decide under pressure. I've turned away quite a few since, politely.",
      "Protecting vulnerable customers is a big part of this branch's work, and that's a rule I now hold to even when it's awkward.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-pharmacy-tech-strength',
    'pharmacy technician',
    [
      "I labelled and assembled a prescription for amlodipine 10 mg when the prescription said 5 mg. The pharmacist caught it at the final check, so it never reached the patient, but it was still a near miss that I made.",
      "The two strengths sat next to each other on the shelf in very similar boxes, and I picked by the shape of the box rather than reading the strength. I was doing a run of about forty repeat prescriptions and had started going on autopilot.",
      "I corrected it, logged it on our near-miss log myself that day, and talked it through with the pharmacist, who asked me to look at how many of our look-alike products were shelved side by side. I found nine pairs and, with the manager's agreement, we separated them and put shelf alerts on the rest.",
      "Now I read the strength aloud to myself when I pick, and after every ten items I stop and check my tray against the prescriptions instead of at the end. Our near-miss log for picking errors has dropped noticeably since the shelves were changed.",
      "Your pharmacy is much busier than ours, so I'd bring both the reading-aloud habit and the eye for how the shelves can set people up to fail.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
  story(
    't10-ss-supply-planner-promotion',
    'supply chain planner',
    [
      "I was the demand planner for a supermarket's own-brand soft drinks, and I under-forecast a summer promotion on our best-selling lemonade. We ran out in about 300 of the 520 stores by the second weekend, missed around £180,000 of sales, and the buying team had to apologise to the category director.",
      "The forecast was built on the previous year's uplift from the same promotion, and I didn't adjust it for two things I knew about: the price cut was deeper this time, and the weather forecast was for a heatwave. I remember thinking the uplift looked high and deciding to be cautious, because the year before I'd been told off for overstocking. So I let the last mistake make the next one. Nobody else touched that number; it went out under my name.",
      "On the Monday, when the store availability report went red, I called the factory and our logistics planner, found out we could get an extra two days of production if another line was pushed back, and got the buyer to agree it that morning. I re-forecast the rest of the promotion day by day with the weather in it and reallocated stock to the stores that were selling fastest. Availability was back above 95% by the following Thursday. I also wrote a short review for my manager that said plainly where my forecast had gone wrong, which I think mattered more to her than the recovery.",
      "Since then, every promotion forecast I build has a written note of what's different from last time: depth of discount, weather, competitor activity, display space. And if I override the model downwards, I write down why and tell the buyer before it's locked. I also look at the cost of being short and the cost of being long side by side, instead of only remembering whichever one I was told off for last. The next summer we ran the same promotion at a deeper discount with almost no gaps and less than 3% waste.",
      "You've said this role owns forecasting for your promotional calendar, which is where I learned the hard way that caution isn't the same as accuracy.",
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't10-ss-trials-coordinator-consent',
    'clinical trials coordinator',
    [
      "On a cancer drug trial I coordinated, four patients were consented on an out-of-date consent form. The new version added a risk found in another study, so those four had agreed to take part without being told about it, and it had to be reported as a protocol deviation.",
      "The new form had been approved and emailed round two weeks earlier. I saved it to our shared drive but I didn't take the old printed packs out of the clinic cupboard, and the research nurses, quite reasonably, used what was in the cupboard. Version control of the packs was my responsibility in our team, and I'd got into the habit of thinking that once something was on the drive it was done.",
      "When the monitor picked it up on her visit, I went through every consent on the trial that afternoon to find all the patients affected, and I told the principal investigator the same day. We arranged for each of the four to be seen at their next visit, explained the new risk and re-consented them on the right form; all four chose to continue. I wrote the deviation report with the PI, took every old pack out of the clinic myself and shredded them, and I went through the other six trials I coordinated to check their packs too. I found one more out-of-date leaflet, not yet used.",
      "Now, when a new version of any trial document is approved, I physically swap the printed packs the same day and record it in a version log that the nurses can see on the cupboard door, with the date and my initials. At our monthly trial meetings I go through the log with the team. The sponsor's next audit found no consent issues on any of my studies.",
      "Your unit runs a large portfolio of trials, so document control is going to be a big part of this role, and it's the part I'm most careful about now.",
    ],
    [],
    allKindsExcept('unsafe-failure'),
  ),
];
