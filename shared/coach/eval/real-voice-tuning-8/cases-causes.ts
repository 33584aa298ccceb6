/**
 * Why-it-happened parts on their own: defensiveness in many surface forms (one's own diligence,
 * the outcome reframed as acceptable, the other side's complaint made small, "in my defence",
 * policy and process, "technically", a standard called unfair, anyone would have done the same,
 * everyone else did it, a warning once given, the time one was given); and the same words turned
 * to ownership, which must stay quiet.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const Y = 'whyItHappened' as const;

const defensive = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, Y, text, ['defensive-tone'], ['self-flagellating', 'humblebrag']);

const owned = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, Y, text, [], ['defensive-tone', 'blame', 'self-flagellating', 'humblebrag']);

export const causeCases: EvalCase[] = [
  defensive(
    't8-ca-def-diligence',
    'lab technician',
    "I'd double-checked everything on my list that morning, so whatever went wrong, it wasn't from a lack of effort on my side.",
  ),
  defensive(
    't8-ca-def-reframe-late',
    'management accountant',
    'To be fair, the report was only two days late and every figure in it was correct in the end.',
  ),
  defensive(
    't8-ca-def-minimise-parent',
    'primary teacher',
    'The parent did complain, but it was one comment in the whole term and the rest of the class were perfectly happy with how I marked.',
  ),
  defensive(
    't8-ca-def-in-my-defence',
    'hotel receptionist',
    "In my defence, nobody had shown me the new booking screen and I'd only been on the desk for a week.",
  ),
  defensive(
    't8-ca-def-policy',
    'customer service advisor',
    "I followed the refund policy to the letter. The policy just wasn't written for a case like his.",
  ),
  defensive(
    't8-ca-def-technically',
    'billing clerk',
    "Technically the invoice went out on the due date, it's just that the client's system didn't pick it up until the week after.",
  ),
  defensive(
    't8-ca-def-unfair-target',
    'branch adviser',
    'The target they set us that quarter was frankly unrealistic, nobody in the branch could have hit it.',
  ),
  defensive(
    't8-ca-def-nothing-wrong',
    'shift supervisor',
    "I don't really think I did anything wrong as such. I made the call anyone would have made with what I knew at the time.",
  ),
  defensive(
    't8-ca-def-esl-procedure',
    'quality inspector',
    'I was doing everything correct according to the procedure, so for me it is not really my mistake, the system is like this.',
  ),
  defensive(
    't8-ca-def-not-like-ignored',
    'control room operator',
    "It's not like I ignored the alarm. I was already on another call and I got to it as fast as humanly possible.",
  ),
  defensive(
    't8-ca-def-still-signed',
    'sales engineer',
    "At the end of the day the client still signed, so I don't see it as a huge failure on my part.",
  ),
  defensive(
    't8-ca-def-everyone-corners',
    'delivery driver',
    'Everyone on the route was cutting the same corners, I just happened to be the one who got caught.',
  ),
  defensive(
    't8-ca-def-harsh-feedback',
    'copywriter',
    "My manager's feedback was a bit over the top if I'm honest. It was a first draft, and I'd said as much when I sent it.",
  ),
  defensive(
    't8-ca-def-flagged-march',
    'project analyst',
    "I had flagged the risk in an email back in March, so it's not as if nobody was warned.",
  ),
  defensive(
    't8-ca-def-time-given',
    'web developer',
    'With the time I was given, what I delivered was actually pretty reasonable.',
  ),
  defensive(
    't8-ca-def-no-harm',
    'pharmacy dispenser',
    'The label was slightly wrong but the tablets in the box were the right ones, so there was never really any risk.',
  ),
  defensive(
    't8-ca-def-lowercase-standard',
    'call centre agent',
    'i mean the call was marked down for not reading the full script but no one reads the full script, the quality team are just very strict',
  ),

  // The same openings turned to ownership.
  owned(
    't8-ca-own-double-checked',
    'lab technician',
    "I told myself I'd double-checked, but I had only looked at the first page of the request, and the dilution was on the second.",
  ),
  owned(
    't8-ca-own-target',
    'branch adviser',
    "My first reaction was that the target was unfair, but the truth is I left my biggest accounts until the last fortnight of the quarter.",
  ),
  owned(
    't8-ca-own-policy',
    'customer service advisor',
    "I followed the refund policy, but I didn't stop to question it when his case clearly didn't fit, and that judgement was mine to make.",
  ),
  owned(
    't8-ca-own-technically',
    'software engineer',
    'Technically I was allowed to skip the review for a change that small, but I should have asked for one anyway because it touched payments.',
  ),
  owned(
    't8-ca-own-flagged-once',
    'project analyst',
    'I flagged the risk once in March and then let it drop, instead of raising it again when the dates started to slip.',
  ),
  owned(
    't8-ca-own-complaint-fair',
    'secondary teacher',
    "The parent's complaint was fair: I had returned three of his son's essays with a mark and no written comments at all.",
  ),
  owned(
    't8-ca-own-esl-new',
    'hotel receptionist',
    'I was new on the desk, yes, but the manager showed me the booking screen two times and I still did not use the check before I confirmed.',
  ),
];
