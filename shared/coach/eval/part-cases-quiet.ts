/**
 * Good text that is full of trigger words ("didn't", "missed", "careful", "sensitive",
 * "embarrassed"): the coach must stay quiet on the kinds those words could suggest.
 * Written as a blind precision probe; two of them (the led-team release and "didn't
 * care enough") were false positives before the rules were adjusted.
 */
import type { StoryPart } from '../../story-parts';
import type { FindingKind } from '../review-schema';
import type { EvalCase } from './eval-case';

function quiet(id: string, profession: string, part: StoryPart, text: string, mustNotFlag: FindingKind[]): EvalCase {
  return { id, profession, source: 'own', part, text, mustFlag: [], mustNotFlag };
}

const blameish: FindingKind[] = ['blame', 'defensive-tone', 'vague-cause'];

export const quietCases: EvalCase[] = [
  quiet(
    'quiet-loyalty-adoption',
    'retail marketing',
    'whatHappened',
    'Customers didn’t adopt the new loyalty app I launched; only 4% of members signed up in three months against a 25% target.',
    ['blame', 'vague-failure', 'no-impact', 'humblebrag'],
  ),
  quiet(
    'quiet-release-i-led',
    'engineering manager',
    'whatHappened',
    'The team missed our Q3 release by five weeks on a project I led, and two enterprise clients delayed their renewals.',
    ['blame', 'no-impact', 'vague-failure'],
  ),
  quiet(
    'quiet-estimate-no-pushback',
    'product manager',
    'whyItHappened',
    'I gave the team an estimate before they had seen the designs, and they didn’t push back because I had already told the client.',
    blameish,
  ),
  quiet(
    'quiet-users-pricing',
    'UX designer',
    'whyItHappened',
    'Our users didn’t understand the new pricing page, which I had designed without a single usability session.',
    blameish,
  ),
  quiet(
    'quiet-sepsis-briefing',
    'nurse educator',
    'whyItHappened',
    'I assumed the night team knew about the new sepsis protocol; they didn’t, because I had only briefed the day staff.',
    blameish,
  ),
  quiet(
    'quiet-vendor-meeting',
    'IT project manager',
    'whatIDid',
    'I called a meeting with the vendor, walked them through the impact and agreed a new date with penalty clauses. Then I told my director the launch would slip.',
    ['passive-action', 'blame', 'defensive-tone'],
  ),
  quiet(
    'quiet-fix-after-pairing',
    'software engineer',
    'whatIDid',
    'The fix was deployed after I paired with the on-call engineer for three hours.',
    ['passive-action'],
  ),
  quiet(
    'quiet-rolled-back-wrote',
    'SaaS support lead',
    'whatIDid',
    'We rolled back within the hour. I wrote to every affected customer that evening.',
    ['passive-action'],
  ),
  quiet(
    'quiet-careful-with-range',
    'consultant',
    'whatILearned',
    'I am careful now to separate the estimate from the commitment: every estimate I share carries a confidence range, and I have used that on six projects since.',
    ['generic-lesson', 'no-change-evidence'],
  ),
  quiet(
    'quiet-still-use-template',
    'programme manager',
    'whatILearned',
    'I still use the pre-mortem template every quarter, and the team has adopted it for all launches.',
    ['not-learned', 'no-change-evidence', 'generic-lesson'],
  ),
  quiet(
    'quiet-so-much-to-learn',
    'SaaS founder',
    'whatILearned',
    'There was so much to learn from that project, and the biggest thing was to test pricing with real buyers before launch. I now run a price test on every new plan.',
    ['not-learned', 'generic-lesson', 'no-change-evidence'],
  ),
  quiet(
    'quiet-sensitive-client',
    'account director',
    'whyItHappened',
    'Sensitive as the client was, I didn’t give her the bad news early enough because I hoped we could recover the date.',
    ['unsafe-failure', ...blameish],
  ),
  quiet(
    'quiet-bridge-bearing',
    'structural engineer',
    'whatHappened',
    'I missed a critical flaw in a bridge bearing design during my review, and the fabricator had already cut the steel; the rework cost £60,000.',
    ['unsafe-failure', 'blame', 'no-impact'],
  ),
  quiet(
    'quiet-embarrassed-forecast',
    'financial analyst',
    'whatHappened',
    'I was embarrassed to find that my forecast model double-counted returns, overstating revenue by 12% in the board pack.',
    ['self-flagellating', 'no-impact', 'unsafe-failure'],
  ),
  quiet(
    'quiet-supplier-not-at-fault',
    'quality engineer',
    'whyItHappened',
    'I trusted the supplier’s test certificate and didn’t ask for our own sample testing. The supplier wasn’t at fault; checking was my job.',
    blameish,
  ),
  quiet(
    'quiet-remarked-papers',
    'teacher',
    'whatIDid',
    'I told the head teacher the same day, apologised to the class and re-marked all 28 papers that weekend.',
    ['passive-action', 'blame'],
  ),
  quiet(
    'quiet-burned-out',
    'engineering lead',
    'whatHappened',
    'I pushed my team to hit an aggressive deadline, and two engineers burned out and left within a quarter.',
    ['blame', 'no-impact', 'humblebrag'],
  ),
  quiet(
    'quiet-careful-workload',
    'engineering lead',
    'whatILearned',
    'I learned to be more careful about who I ask to stretch, and now I check workload in every one-to-one before adding scope.',
    ['generic-lesson', 'no-change-evidence'],
  ),
  quiet(
    'quiet-didnt-care-enough',
    'operations coordinator',
    'whyItHappened',
    'I didn’t care enough about the details of the handover at the time, which is exactly the habit I’ve since fixed.',
    ['indifference', ...blameish],
  ),
  quiet(
    'quiet-admitted-to-editor',
    'journalist',
    'whatIDid',
    'I admitted the mistake to my editor, and she helped me draft the correction.',
    ['passive-action', 'defensive-tone'],
  ),
];
