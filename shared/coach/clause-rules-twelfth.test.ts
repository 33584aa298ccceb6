import { describe } from 'vitest';
import { check } from './test-support/clause-check';

// Rules from the twelfth tuning batch: defensive tone, vague causes, unsafe failures (a record
// falsified, a lie told, trust broken) and the look-alikes of unsafe words.

describe('after the twelfth batch: a plea argued, shared out or put down to luck is defensive', () => {
  const D = 'defensive-tone' as const;
  check([
    ['whyItHappened', "Looking back, I'd argue it was a sensible choice with what we knew then.", [D], []],
    ['whyItHappened', "I don't think it's really fair to call that my error, given the handover I had.", [D], []],
    ['whyItHappened', 'Two other people checked the rota before it went out, so it was not just me.', [D], []],
    ['whyItHappened', 'It was an easy error that anyone could make with forms that look alike.', [D], []],
    ['whyItHappened', "I don't see how I could have spotted it from the summary sheet.", [D], []],
    ['whyItHappened', 'It was an honest mistake, and understandable given how many orders came in that week.', [D], []],
    ['whyItHappened', "It was partly my fault, but mostly the courier's for losing the parcel.", [D], []],
    ['whyItHappened', 'We were just unlucky that the storm hit on the day of the launch.', [D], []],
    // Look-alikes: the speaker arguing nothing, or fairness given to someone else with the part owned.
    ['whyItHappened', 'I argued for the cheaper venue, and I was wrong about how many people would come.', [], [D]],
    [
      'whyItHappened',
      'To be fair to my colleague, she had told me about the change on Monday. I read the message and forgot to update the plan.',
      [],
      [D],
    ],
    ['whyItHappened', "I didn't check the supplier's stock before I promised the date. That was my step.", [], [D]],
    // In a lesson the same words are no plea.
    ['whatILearned', 'An honest mistake told early costs far less than one found later.', [], [D]],
    ['whatILearned', "I wrote the steps down, so it's not just me who knows how to restart the server.", [], [D]],
  ]);
});

describe('after the twelfth batch: communication that "broke down" names no cause', () => {
  const V = 'vague-cause' as const;
  check([
    ['whyItHappened', 'Communication broke down somewhere between the site and the office.', [V], []],
    ['whyItHappened', 'Honestly the paperwork just did not happen before the deadline.', [V], []],
    // Look-alike: who did not pass on what, named.
    ['whyItHappened', 'I took the call about the new date and never passed it on to the crew.', [], [V]],
  ]);
});

describe('after the twelfth batch: a record falsified, a lie told or trust broken is unsafe', () => {
  const U = 'unsafe-failure' as const;
  check([
    ['whatHappened', 'I signed the cleaning sheet for two checks I had not done that week.', [U], []],
    ['whatHappened', 'I logged the fridge readings as checked for a whole week in July.', [U], []],
    ['whatIDid', 'When she rang back I told her something untrue about why the order was late.', [U], []],
    ['whatHappened', 'I let a temp log in with my password on the pharmacy system for a week.', [U], []],
    ['whatHappened', 'I borrowed forty pounds from the till to pay for a taxi and meant to put it back.', [U], []],
    ['whatHappened', 'I came in hungover for an early shift on the forklift.', [U], []],
    ['whatHappened', 'I gave my login to an agency nurse so she could chart her own obs.', [U], []],
    ['whatHappened', 'I told the new cleaner the alarm code over the phone, and she passed it on.', [U], []],
    ['whatHappened', 'I took £50 out of the petty cash for lunch and forgot to log it.', [U], []],
    // Look-alikes: the same words about a drill, a text, a plan, or a swap that was the remedy.
    ['whatHappened', 'I ran a phishing simulation on our staff that upset a lot of people.', [], [U]],
    ['whatHappened', 'I took the float from the safe to open the till and miscounted the change.', [], [U]],
    ['whatHappened', 'I marked the order as urgent for a customer we had not seen in years.', [], [U]],
    ['whatIDid', 'I gave the helpdesk a script so they could answer the calls quickly.', [], [U]],
    ['whatIDid', 'I swapped the dessert for fruit and told the medical staff before the match.', [], [U]],
    ['whyItHappened', "I didn't raise the risk with our director until the date was too close to save.", [], [U]],
  ]);
});
