/**
 * What-happened parts on their own: failures named only by a category, a feeling, a stretch of
 * time or "didn't go as planned"; unsafe failures told as small ones (a door on the latch, nuts
 * for a child with an allergy, tenants' bank details, a boiler signed off untested, a return
 * filed late); and specific failures and safe slips (double bookings, tiles, a draft sent too
 * widely, an internal meeting) that must stay quiet.
 */
import type { EvalCase } from '../eval-case';
import { part } from '../make-case';

const W = 'whatHappened' as const;

const vague = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, ['vague-failure', 'no-impact'], ['humblebrag', 'opening-too-long']);

const unsafe = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, ['unsafe-failure'], ['humblebrag', 'opening-too-long', 'vague-failure']);

const safe = (id: string, profession: string, text: string): EvalCase =>
  part(id, profession, W, text, [], ['unsafe-failure', 'vague-failure', 'humblebrag']);

export const openingCases: EvalCase[] = [
  // Vague failures: a category, a feeling, a period, a plan that went wrong.
  vague('t8-op-vague-communication', 'project coordinator', 'It was basically a communication failure on a project I was coordinating.'),
  vague(
    't8-op-vague-feeling',
    'site carpenter',
    'I remember feeling completely out of my depth on my first proper renovation job, it was a real low point for me.',
  ),
  vague('t8-op-vague-period', 'team leader', 'My first six months as a team lead were honestly a bit of a disaster.'),
  vague('t8-op-vague-as-planned', 'marketing executive', "We had a product launch that didn't go as planned, and I was part of that."),
  vague('t8-op-vague-dropped-ball', 'account executive', 'I dropped the ball on one of my client accounts a while back.'),
  vague('t8-op-vague-on-top', 'assistant accountant', 'Things got on top of me during the year-end close and it showed in my work.'),
  vague('t8-op-vague-best-work', 'policy analyst', "The quarterly report I handed in that spring wasn't my best work, let's put it that way."),
  vague(
    't8-op-vague-esl-customer',
    'shop assistant',
    'In my previous job I had one problem with a customer which I did not handle in the good way.',
  ),
  vague('t8-op-vague-situation-supplier', 'buyer', "There was a situation with a supplier that I didn't manage very well."),
  vague('t8-op-vague-numbers', 'sales representative', "My numbers in my first year in sales weren't where they needed to be."),
  vague('t8-op-vague-bad-shift', 'chef de partie', 'I had a really bad shift on the pass during a wedding service.'),
  vague('t8-op-vague-let-down', 'bid writer', 'I let my team down on a big tender last year.'),
  vague('t8-op-vague-uni-group', 'graduate', 'A group project at uni went really badly and I was the one supposed to be leading it.'),
  vague(
    't8-op-vague-ramble',
    'bank officer',
    "So this was back when I was at the bank, and there was this whole thing with a new system we were rolling out, and I mean it was a lot, and I don't think I handled my part of it well at all, looking back.",
  ),
  vague('t8-op-vague-judgement-student', 'learning support assistant', 'I made an error of judgement with a student in my second year at the school.'),
  vague('t8-op-vague-lowercase', 'warehouse operative', 'tbh the big one was a stocktake that went wrong on my watch'),

  // Specific failures with a cost: no vague failure.
  part(
    't8-op-specific-function-room',
    'events coordinator',
    W,
    'I booked forty guests into a function room that holds thirty, and twelve of them had to eat in the main bar.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),
  part(
    't8-op-specific-worktops',
    'kitchen fitter',
    W,
    'I priced a kitchen refit at £8,000 and left out the worktops, so we lost about £1,900 on the job.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),
  part(
    't8-op-specific-bread',
    'bakery supervisor',
    W,
    'I missed the cut-off for the flour order on a Friday, so the shop had no bread for the first three hours on Saturday.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),
  part(
    't8-op-specific-newsletter',
    'ecommerce assistant',
    W,
    "I sent the newsletter out with last month's prices, and around sixty customers ordered at the old rate before we noticed.",
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),
  part(
    't8-op-specific-rota-app',
    'store manager',
    W,
    "I led the switch to a new rota app and didn't train the weekend staff, so for three weekends about half the Saturday shifts went uncovered.",
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),
  part(
    't8-op-specific-feeling-tutoring',
    'private tutor',
    W,
    'I felt out of my depth the month I lost two of my biggest tutoring families, because I had cancelled five of their sessions at short notice.',
    [],
    ['vague-failure', 'no-impact', 'humblebrag', 'unsafe-failure'],
  ),

  // Unsafe failures told as small ones.
  unsafe(
    't8-op-unsafe-latch',
    'care assistant',
    'It was a small thing really, I left the back door of the dementia unit on the latch when I went out on my break, and one of the residents got as far as the car park.',
  ),
  unsafe(
    't8-op-unsafe-nut-bar',
    'after-school club worker',
    "Just a minor slip. I gave a boy a cereal bar with nuts in it, even though his form says nut allergy. Luckily he didn't eat much of it.",
  ),
  unsafe(
    't8-op-unsafe-bank-details',
    'lettings administrator',
    "Not a big mistake as such, I emailed the spreadsheet with all our tenants' bank details to a contractor instead of to my manager.",
  ),
  unsafe(
    't8-op-unsafe-forklift-ramp',
    'forklift driver',
    'Minor one: I forgot the handbrake on the forklift on the loading ramp and it rolled back into the racking, nobody was near it thankfully.',
  ),
  unsafe(
    't8-op-unsafe-flue',
    'gas engineer',
    'Nothing too serious, I signed off a boiler service without doing the flue gas test because I was running late for the next job.',
  ),
  unsafe(
    't8-op-unsafe-tax-return',
    'tax assistant',
    "A pretty small error on my part, I didn't file a client's tax return before the deadline and she got a late filing penalty.",
  ),
  unsafe(
    't8-op-unsafe-cannula',
    'ward nurse',
    'I discharged a patient home with his cannula still in his arm, a bit of an oversight on a busy afternoon.',
  ),
  unsafe(
    't8-op-unsafe-esl-tablets',
    'healthcare assistant',
    'Small problem, I gave to the lady the tablets of the other patient in the same bay, but she was okay after.',
  ),
  unsafe(
    't8-op-unsafe-wet-floor',
    'cleaner',
    "I didn't bother putting the wet floor sign out after mopping the entrance, and a customer slipped, nothing broken though.",
  ),
  unsafe(
    't8-op-unsafe-adjusted',
    'finance assistant',
    "The reconciliation didn't balance by about £400, so I just put an adjusting entry in to close the month and didn't mention it to anyone.",
  ),
  unsafe(
    't8-op-unsafe-screenshot',
    'online shop assistant',
    "It was a silly little thing, I put a screenshot of a customer's order, with her name and address on it, in the staff WhatsApp group because her note was funny.",
  ),
  unsafe(
    't8-op-unsafe-goggles',
    'chemistry student',
    "In a lab session I heated the acid without my goggles on, the technician shouted at me but it was fine.",
  ),
  unsafe(
    't8-op-unsafe-laptop',
    'payroll officer',
    'Kind of a funny one looking back, I left my work laptop unlocked in a pub with the payroll system still open on it.',
  ),
  unsafe(
    't8-op-unsafe-scaffold-tag',
    'scaffolder',
    "I let the lads go up a tower that hadn't been tagged as inspected yet, just to save an hour, which in the end made no difference.",
  ),

  // Safe slips that must not read as unsafe (and are specific).
  safe(
    't8-op-safe-hair-double',
    'hairdresser',
    'I double-booked two clients into the same colour slot, and one of them waited forty minutes for me.',
  ),
  safe('t8-op-safe-tiles', 'tiler', 'I ordered the wrong colour of tiles for a bathroom and the job was held up for a week.'),
  safe(
    't8-op-safe-draft-newsletter',
    'internal communications officer',
    'I sent a draft of the staff newsletter to the whole company instead of just my manager, with a typo in the headline.',
  ),
  safe(
    't8-op-safe-sign-coffee',
    'café supervisor',
    "I forgot to put a sign on the broken coffee machine, and a queue of customers waited ten minutes before anyone told them it wasn't working.",
  ),
  safe(
    't8-op-safe-change',
    'cashier',
    'I gave a customer five pounds short in change and she came back the next day to complain to my manager.',
  ),
  safe(
    't8-op-safe-cupcakes',
    'bakery assistant',
    'I labelled a tray of lemon cupcakes as vanilla, and a few customers brought them back because they were not what they expected.',
  ),
  safe(
    't8-op-safe-internal-meeting',
    'analyst',
    'I missed our Monday team meeting because I had put it in my calendar for the wrong week, so my update waited until Thursday.',
  ),
  safe(
    't8-op-safe-portfolio',
    'nursing student',
    'I handed my placement portfolio in two days late and lost ten marks on the module.',
  ),
  safe(
    't8-op-safe-window',
    'visual merchandiser',
    'I left the front window display half finished over a bank holiday weekend, so the shop had an empty window for three days.',
  ),
  safe(
    't8-op-safe-report-late',
    'sales administrator',
    'I forgot to send the monthly sales report to my manager until the afternoon, and she had to go into her own meeting without it.',
  ),
];
