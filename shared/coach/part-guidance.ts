/**
 * What the story editor shows beside each field: why the part exists, a weak and a
 * stronger version of it, and a few tips. The examples follow one invented story (an
 * events manager who double-booked a venue) so the parts read as a whole.
 */
import type { StoryPart } from '../story-parts';
import type { PartGuidance } from './review-schema';

/** Purpose, a weak and a better example, and tips for each of the five story parts. */
export const storyPartGuidance: Record<StoryPart, PartGuidance> = {
  whatHappened: {
    purpose:
      'Name the failure and what it cost, in one or two sentences, so the listener knows exactly what went wrong before anything else.',
    weak: 'A few things went sideways on an event I ran last year.',
    better:
      'I booked our 300-guest product evening into a venue that had already confirmed another client for the same night; we found out nine days before and had to move everyone.',
    tips: [
      'One event, not a pattern: "I booked…", "I approved…", "I shipped…".',
      'Give it a size: days late, money lost, people affected.',
      'Stop after two sentences. The explanation comes next.',
      'Pick a real miss with stakes: not a strength in disguise, and not a lapse that makes you look unreliable or careless with data.',
    ],
  },
  whyItHappened: {
    purpose: 'Explain the root cause honestly, starting with your own decisions. This is where self-awareness shows.',
    weak: "The venue's booking system was a mess and their coordinator never confirmed anything in writing.",
    better:
      'I took a phone "yes" as a booking and never asked for the written hold, because the venue had been reliable before. I also kept the only record in my own inbox, so nobody else could spot the gap. Both were my calls.',
    tips: [
      'Start the sentences with "I": "I assumed…", "I didn\'t check…", "I chose…".',
      "Other people's part can stay if it matters, but put your share right beside it.",
      'Name a cause someone could act on, not "things didn\'t go to plan".',
      'No excuses and no self-punishment: state it plainly once.',
    ],
  },
  whatIDid: {
    purpose: 'Show what you did at the time: the steps you took, the calls you made and who you told.',
    weak: 'It all got sorted in the end and the event went ahead.',
    better:
      'That afternoon I told my director and the sales lead what had happened and that it was my error. I shortlisted three backup venues by the evening, negotiated a same-price swap with the best one, and personally called our twenty biggest guests before the change email went out.',
    tips: [
      'Use "I" and action verbs; "it was handled" hides your part.',
      'Order the steps: first, then, finally.',
      'Say who you told and how quickly. Coming clean early builds trust.',
      'Mention the call you weighed (fix now or roll back, speed or cost) and why you chose it.',
    ],
  },
  whatILearned: {
    purpose: 'Show the specific lesson and, ideally, the practice it became and where you have used it since.',
    weak: 'I learned to be more organised and to double-check things.',
    better:
      'A verbal yes is not a booking. Every venue now goes into a shared tracker with the signed hold attached before I announce a date, and I review it with my team each Monday; we have run fourteen events since without a clash.',
    tips: [
      'Replace "be more careful" with the rule you now follow.',
      'Show it in action: "since then", "every launch since", "three times now".',
      'Changes to a process beat promises to try harder.',
      'If you are still working on it, say what you do now and what you are refining.',
    ],
  },
  roleConnection: {
    purpose: 'Tie the lesson to the job, so the story ends on why it makes you a better hire for this role.',
    weak: 'I think this shows I would be a good fit.',
    better:
      'Your team runs dozens of client events a quarter, and that written-hold habit is exactly the kind of safeguard I would bring from week one.',
    tips: [
      'Name something specific about the team, product or culture you are joining.',
      'Link it to the practice you built, not just to the failure.',
      'One or two sentences are enough.',
    ],
  },
};
