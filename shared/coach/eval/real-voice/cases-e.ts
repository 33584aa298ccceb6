/**
 * Real-voice stories, hospitality, trades and logistics: kitchen and floor staff, hotel
 * desk, electricians, plumbers, joiners, site and warehouse leads, drivers, mechanics.
 */
import { allKindsExcept, type EvalCase } from '../eval-case';

export const realVoiceStoriesE: EvalCase[] = [
  {
    id: 'rv-sous-chef-cashew-pesto',
    profession: 'sous chef',
    source: 'own',
    story: {
      whatHappened:
        "As sous chef I let a dish go out with pesto to a guest who'd told us she had a tree-nut allergy. She had a mild reaction at the table and used her own auto-injector; the ambulance crew checked her over and she was okay.",
      whyItHappened:
        "The allergy was on the ticket, but during the rush I plated from memory and our pesto recipe had changed that week to include cashews. I hadn't updated the allergen matrix on the pass.",
      whatIDid:
        'I went out to the table with the manager straight away, stayed with the guest until the ambulance arrived, and pulled the pesto from every dish for the rest of service. That night I rewrote the allergen sheet for every recipe changed that month and briefed the morning team on it before prep.',
      whatILearned:
        "Any recipe change now goes on the allergen matrix before the dish can go on the pass — the head chef and I both initial it — and allergy tickets get called out loud and plated by one named person. We've run that for two years without another incident.",
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'no-impact',
      'self-flagellating',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-server-twelve-top-defensive',
    profession: 'restaurant server',
    source: 'own',
    story: {
      whatHappened:
        'ok so I was serving a 12 top for a birthday and I rang in half their mains wrong, they waited like 50 min and the manager comped the whole table, about $400',
      whyItHappened:
        "in my defense we were down two servers that night and the POS kept freezing, and the kitchen didnt flag that the tickets looked weird either. it wasn't really on me",
      whatIDid: 'I apologized a bunch and kept their drinks topped up while they waited',
      whatILearned: 'that some nights are just bad nights lol',
    },
    mustFlag: ['defensive-tone', 'blame', 'not-learned', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'humblebrag',
      'missing-part',
      'unsafe-failure',
      'self-flagellating',
    ],
  },
  {
    id: 'rv-front-desk-wedding-overbooking',
    profession: 'hotel front desk agent',
    source: 'own',
    story: {
      whatHappened:
        'When I was front desk agent in a 120-room hotel, I confirmed a group of 18 rooms for a wedding on a night we had only 11 free. Seven families arrived and we had to move them to another hotel 15 minutes away.',
      whyItHappened:
        'I made the group booking in the spreadsheet the sales team used, but I did not block the rooms in the PMS at the same time. I thought I will do it after my break and I forgot.',
      whatIDid:
        'When I saw the problem at check-in, I called the duty manager and together we found rooms in our partner hotel. I personally called each of the seven families to apologise and we paid their taxis both ways and breakfast.',
      whatILearned:
        'From this I changed how I work: I never confirm a group until the rooms are blocked in the system, and I do it in the same minute, not after. I also trained the two new agents on this. In the next two years I did more than 40 group bookings without one mistake.',
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection'),
  },
  {
    id: 'rv-barista-bad-shift',
    profession: 'barista',
    source: 'own',
    story: {
      whatHappened: 'I had a bad shift once where everything went wrong.',
      whyItHappened: 'Just one of those days I guess.',
      whatIDid: '',
      whatILearned: 'You learn from it and move on.',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'missing-part',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['opening-too-long', 'humblebrag', 'unsafe-failure', 'self-flagellating', 'blame'],
  },
  {
    id: 'rv-event-planner-venue-licence',
    profession: 'event planner',
    source: 'own',
    story: {
      whatHappened:
        "I booked a 200-person awards dinner into a venue whose licence ended at 11pm, when the client's run-sheet had speeches and the headline act running until midnight. We found out at 9pm on the night, and the act had to be cut.",
      whyItHappened:
        "I checked capacity, catering and accessibility, but I never asked the venue about its licensing hours because I'd assumed a hotel ballroom would run late. It was on page 9 of their terms, and I didn't read that far.",
      whatIDid:
        "I told the client's events lead the moment the venue manager told me, offered two options — a shortened set or moving the act to the after-party bar, which had a later licence — and she chose the bar. The next morning I wrote to the client with what had happened, a credit of our management fee for that line, and what I'd change.",
      whatILearned:
        "Licensing hours and noise limits are now the first two lines on my venue checklist, above capacity, and I get them in writing from the venue before I send a contract. I've used that checklist on 30-odd events since. In a role like this one, where you run a lot of evening corporate events in hotels, it's exactly the kind of detail I'd want to own.",
    },
    mustFlag: [],
    mustNotFlag: allKindsExcept(),
  },
  {
    id: 'rv-apprentice-electrician-unproved-circuit',
    profession: 'electrician',
    source: 'own',
    story: {
      whatHappened:
        "Second year of my apprenticeship I was told to change some sockets in a kitchen and I didn't prove the circuit dead first. I got a belt off it, nothing serious, but my supervisor had to stop the job and the customer saw the whole thing.",
      whyItHappened:
        'The board was labelled and I flicked the breaker marked kitchen and just trusted it. Turned out the sockets were on the ring for the utility room.',
      whatIDid:
        'I told my supervisor straight away, even though I was embarrassed, and he made me go through safe isolation with him step by step before I touched anything else that day. I reported it in the company near-miss book myself.',
      whatILearned:
        "I test before touch, every time, I don't care what the board says. I carry my own voltage indicator and proving unit and I've done it on every job since, thousands of sockets.",
    },
    mustFlag: ['unsafe-failure', 'no-role-connection'],
    mustNotFlag: [
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'vague-failure',
      'self-flagellating',
      'defensive-tone',
    ],
  },
  {
    id: 'rv-plumber-last-plumbers-mess',
    profession: 'plumber',
    source: 'own',
    story: {
      whatHappened:
        'I fitted a new boiler for a customer and two days later the ceiling below the airing cupboard came down with water damage, about £2,000 of repairs.',
      whyItHappened:
        "The pipework the last plumber left was a mess, honestly, half of it wasn't even clipped and one joint was never soldered right, so it was only a matter of time.",
      whatIDid: 'I went back out the same day and fixed the joint.',
      whatILearned: "Never trust someone else's work.",
    },
    mustFlag: ['blame', 'no-change-evidence', 'no-role-connection'],
    mustNotFlag: ['vague-failure', 'no-impact', 'passive-action', 'humblebrag', 'missing-part', 'self-flagellating'],
  },
  {
    id: 'rv-carpenter-wall-cabinets',
    profession: 'carpenter',
    source: 'own',
    story: {
      whatHappened:
        "I make kitchen cabinets for customer and all the upper cabinets were 2 cm too wide, they don't fit between the window and the wall. We must make them again, one week delay and the material cost I pay myself.",
      whyItHappened: '',
      whatIDid:
        'I go to customer and explain, I say sorry and I give small discount. I work on Saturday and Sunday to make it faster.',
      whatILearned:
        "Now I measure two times, once when I quote and once again before I cut, and I write the measure on a photo of the wall. Since this I don't have this problem again.",
    },
    mustFlag: ['missing-part', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'passive-action',
      'blame',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'unsafe-failure',
      'self-flagellating',
      'not-learned',
    ],
  },
  {
    id: 'rv-site-manager-school-extension',
    profession: 'construction site manager',
    source: 'own',
    story: {
      whatHappened:
        "I've been in construction for about fifteen years, started as a labourer, did my NVQs, worked up to assistant site manager with a regional contractor. We were mostly doing schools and health centres, public sector frameworks, that kind of thing. On this particular job we were building a two-storey extension for a primary school and we had to finish over the summer holidays because the kids were coming back in September. The client was the council and there was a lot of scrutiny because another contractor had been late on a different school. I was running the site day to day while my manager covered two other jobs. Anyway, we missed the September handover by three weeks and the school had to keep two year groups in temporary classrooms.",
      whyItHappened:
        "I'd let the roofers start late because I believed their promise to double up crews, and I didn't have a fallback subbie lined up. When they slipped, everything behind them slipped.",
      whatIDid:
        "As soon as I knew we'd miss it I told my manager and the council's project officer, with a revised programme, rather than hoping we'd claw it back. I got a second roofing firm in within a week, ran Saturday shifts, and met the headteacher every Monday so she could plan the temporary rooms.",
      whatILearned:
        "On any job with a hard end date I now have a named backup for every critical trade before they start, and I check their progress against the programme weekly instead of taking their word for it. I've run four school jobs that way since, all handed over on time.",
    },
    mustFlag: ['opening-too-long', 'no-role-connection'],
    mustNotFlag: [
      'vague-failure',
      'no-impact',
      'blame',
      'vague-cause',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'humblebrag',
      'missing-part',
      'defensive-tone',
      'unsafe-failure',
    ],
  },
  {
    id: 'rv-warehouse-supervisor-uncertified-forklift',
    profession: 'warehouse supervisor',
    source: 'own',
    story: {
      whatHappened:
        'As shift supervisor I let a new starter use a forklift before his certificate had come through, and he clipped a racking upright. Nobody was hurt but the whole aisle was closed for two days while it was inspected.',
      whyItHappened:
        "Upper management had cut the agency budget and the targets that week were crazy, so there wasn't really another option.",
      whatIDid: 'The area was taped off, the racking company came out and the driver was retrained.',
      whatILearned: 'Safety first, always.',
    },
    mustFlag: [
      'unsafe-failure',
      'blame',
      'defensive-tone',
      'passive-action',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: ['vague-failure', 'no-impact', 'humblebrag', 'missing-part', 'self-flagellating'],
  },
  {
    id: 'rv-hgv-driver-old-postcode',
    profession: 'HGV driver',
    source: 'own',
    story: {
      whatHappened:
        'Drove to the wrong depot with a full load of chilled stock once, added 3 hours to the run and the customer refused half of it cause it was out of its temperature window.',
      whyItHappened:
        "I put the postcode in from the old delivery note, they'd moved sites and I didn't read the new job sheet properly.",
      whatIDid:
        'Rang the transport office as soon as I realised, they rebooked the slot and I drove straight there. Told my manager exactly what happened when I got back.',
      whatILearned:
        "Read the job sheet. Every time I start a run now I read the address off the sheet, not the sat nav history, and I ring ahead if it's a site I haven't done in a while.",
    },
    mustFlag: ['no-role-connection'],
    mustNotFlag: allKindsExcept('no-role-connection', 'unsafe-failure'),
  },
  {
    id: 'rv-logistics-coordinator-some-issues',
    profession: 'logistics coordinator',
    source: 'own',
    story: {
      whatHappened: 'There were some issues with a few shipments when I was at my previous company.',
      whyItHappened: 'There were a lot of moving parts and things fell through the cracks.',
      whatIDid: 'I worked hard to get things back on track and made sure the customers were happy.',
      whatILearned: 'I learned to stay calm under pressure and be more organized. Now I always try to plan ahead.',
    },
    mustFlag: [
      'vague-failure',
      'no-impact',
      'vague-cause',
      'generic-lesson',
      'no-change-evidence',
      'no-role-connection',
    ],
    mustNotFlag: [
      'passive-action',
      'blame',
      'humblebrag',
      'missing-part',
      'unsafe-failure',
      'self-flagellating',
      'opening-too-long',
    ],
  },
];
