/**
 * The cause: vague causes ("things got busy", "communication broke down", "it just happened",
 * "a mix-up somewhere along the line") in answers that are otherwise sound (must flag), and
 * look-alikes that give a specific cause in plain words (must stay quiet).
 */
import { allKindsExcept, type EvalCase } from '../eval-case';
import { story } from '../make-case';

/** Kinds that clearly do not apply to an answer whose only weakness is a vague cause. */
const vagueCauseOnly = allKindsExcept(
  'vague-cause',
  'blame',
  'generic-lesson',
  'no-change-evidence',
  'not-learned',
  'defensive-tone',
);

export const causeStories: EvalCase[] = [
  story(
    't12-vc-housing-officer-repairs',
    'housing officer',
    [
      "I didn't chase a damp and mould repair for a family in one of our flats for nearly three months. By the time it was fixed, their youngest had been to the GP twice with a chest infection, and the family made a formal complaint that went to the ombudsman.",
      'Things just got really busy that winter and it slipped. There was a lot going on in the team, and somehow it fell off my list.',
      'When the complaint came in, I visited the family the next day with our repairs manager, arranged a specialist contractor within the week and moved them to temporary accommodation while the work was done. I also wrote a full apology.',
      'I now keep every open repair on a shared tracker with a date, and I ring tenants every two weeks until the job is signed off. I go through the damp cases first every Monday.',
      'Your association has a lot of older stock with damp problems, so this would be part of my day-to-day.',
    ],
    ['vague-cause'],
    vagueCauseOnly,
  ),
  story(
    't12-vc-advice-worker-appeal',
    'charity advice worker',
    [
      'I missed the one-month deadline to request a reconsideration of a disability benefit decision for a client in Glasgow. She had to start a new claim from scratch, and went about five months without the payment she was entitled to.',
      "Communication broke down between us and the council, and also within our own team. Messages weren't passed on the way they should have been, and it just didn't happen in time.",
      'As soon as I realised, I told my supervisor, helped the client make the new claim that same week, and applied to the local welfare fund for a hardship grant, which she got.',
      'Since then every benefit decision that comes in gets its deadline put in our shared calendar the same day, with a reminder a week before, and I check my caseload against it every Friday.',
      'Your service does a lot of benefit appeals, and deadlines are the heart of that work.',
    ],
    ['vague-cause'],
    vagueCauseOnly,
  ),
  story(
    't12-vc-geologist-samples',
    'exploration geologist',
    [
      'On a drilling programme in Western Australia I sent 240 core samples to the lab with the wrong hole numbers on them. The assay results came back mixed up, and we spent about A$35,000 re-sampling and re-assaying before the company could report its results to the market.',
      "It just happened, to be honest. Fieldwork is like that sometimes; there's a lot going on and things go wrong.",
      "When the assays didn't match the geology we logged, I went back to the core shed with the field assistant, matched every sample bag to the core trays again, and wrote a corrected submission for the lab.",
      'Now I print the sample tickets from the drill database before we go out and check them against the hole ID at the rig, and the field assistant and I sign off each batch together.',
      'Your projects are at a similar stage, with big drilling programmes, so this would apply straight away.',
    ],
    ['vague-cause'],
    vagueCauseOnly,
  ),
  story(
    't12-vc-network-engineer-outage',
    'network engineer',
    [
      'I made a change on the core switch at a hospital trust in Kent that took the Wi-Fi down across two wards for ninety minutes. The nurses had to go back to paper for observations while it was out.',
      'There was a bit of a mix-up somewhere along the line about the change window, and the change went in at the wrong time. These things can get confused.',
      'As soon as the alerts came in I rolled the change back, called the ward managers to tell them when it would be back, and wrote up the incident for the change board that afternoon.',
      'Now I put every change in the calendar myself with the exact time, and I phone the ward managers the day before any change that touches clinical areas.',
      'You support clinical networks too, so this experience would carry over.',
    ],
    ['vague-cause'],
    vagueCauseOnly,
  ),

  // Look-alikes: a specific cause in plain words. Must stay quiet.
  story(
    't12-vcl-deck-officer-stowage',
    'merchant navy deck officer',
    [
      'As second officer on a container ship I made a stowage plan that put twelve heavy reefer containers too high on one bay. The stability check at the terminal in Antwerp failed, and we lost six hours re-stowing, which cost the owners a berth window and about $40,000.',
      "I entered the weights from the booking list rather than from the verified gross mass the terminal sends. Four of the reefers were much heavier than booked, and I didn't compare the two lists.",
      'When the terminal planner flagged it, I went to the chief officer straight away, re-planned the bay with him and worked with the terminal to re-stow overnight.',
      "Since then I only plan from the verified weights, and I run the loading computer's stability check myself before I send the plan ashore. I've done it on every port call since.",
      'Your fleet does long reefer routes, so careful stowage planning is exactly what this role needs.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-vcl-clinical-coder-backlog',
    'clinical coder',
    [
      "I let our coding backlog for day surgery run past the month-end deadline. About 310 cases weren't coded in time, so the hospital couldn't bill the commissioners for them that month, which delayed around £190,000 of income.",
      'I worked through the cases in the order they were discharged, oldest first, instead of sorting them by which ones would miss the billing cut-off. The day surgery cases were newer, so they waited at the bottom of my queue.',
      'When the finance team flagged the gap, I reorganised my list by deadline, asked two colleagues to take fifty cases each, and we had the rest coded within four days for the next submission.',
      "Now I sort my work by billing deadline every morning, and I send finance a short update in the last week of the month. We haven't missed a cut-off since.",
      'Your coding team works to the same deadlines, so this way of planning my queue would be useful.',
    ],
    [],
    allKindsExcept(),
  ),
  story(
    't12-vcl-sports-dietitian-travel',
    'sports dietitian',
    [
      "I planned the travel meals for a rugby team's away game in Dunedin and got the timing wrong: the players ate a heavy pasta meal just ninety minutes before kick-off instead of three to four hours. Several of them felt sluggish and two were sick at half-time, and the coach was not happy with me.",
      "I based the schedule on the original kick-off time, and when it was moved forward two hours for television I didn't go back and change the meal times with the hotel.",
      'When I saw the players eating, I swapped the dessert for lighter snacks and spoke to the coach and the medical staff before the warm-up. After the match I went through it with the head coach honestly.',
      'Now I rebuild every travel plan from the final fixture time, and I confirm meal times with the hotel the day before. Any change to kick-off sends me straight back to the plan.',
      'Your team travels every other week, so that habit of planning from the final timetable would matter a lot.',
    ],
    [],
    allKindsExcept(),
  ),
];
