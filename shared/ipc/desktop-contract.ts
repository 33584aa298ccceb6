import { z } from 'zod';
import { IsoDateTimeSchema } from '../text-fields';

/** At most this many times of unreflected setbacks are reported (the newest): the reminder's count stops there. */
export const UNREFLECTED_REPORTED = 2_000;

/**
 * What main asks of the renderer as an event (menus, the tray, a notification, the lock
 * shortcut). Main sends only these names; the renderer checks each against this list.
 */
export const DesktopCommandSchema = z.enum([
  'log-setback',
  'export-pdf',
  'export-backup',
  'import-backup',
  'find',
  'reflection-queue',
  'lock-now',
]);
export type DesktopCommand = z.infer<typeof DesktopCommandSchema>;

/** The event main sends a window: one command, nothing else. */
export const DesktopCommandEventSchema = z.object({ command: DesktopCommandSchema }).strict();
export type DesktopCommandEvent = z.infer<typeof DesktopCommandEventSchema>;

/**
 * What the renderer tells main so menus are enabled only where they apply and reminders
 * know whether anything waits. States and times only, never a word of the journal.
 */
export const DesktopStateSchema = z
  .object({
    /** The journal is open (unlocked, read): journal commands apply. */
    journalOpen: z.boolean(),
    /** A story is on screen: File → Export PDF applies. */
    storyOpen: z.boolean(),
    /** The journal is locked with a passphrase: File → Lock now applies. */
    lockOn: z.boolean(),
    /**
     * When each setback logged in the last two weeks and not yet reflected on (nor in the
     * Trash) was logged: main counts those old enough to wait for reflection (3 to 14 days)
     * each time it checks, so the reminder keeps up as the days pass with no window open.
     * Left out by a window whose journal is not open (locked, or not read yet): main keeps
     * what it was last told. Times only, never a word of the journal.
     */
    unreflected: z.array(IsoDateTimeSchema).max(UNREFLECTED_REPORTED).optional(),
  })
  .strict();
export type DesktopState = z.infer<typeof DesktopStateSchema>;

/** How the desktop integration stands, for Settings. */
export const DesktopStatusSchema = z
  .object({
    quickCapture: z
      .object({
        shortcut: z.string(),
        registered: z.boolean(),
        /** Why the shortcut is not registered, in plain words (taken by another app, not valid). */
        problem: z.string().nullable(),
      })
      .strict(),
    /** Whether this system can show native notifications. */
    notificationsSupported: z.boolean(),
  })
  .strict();
export type DesktopStatus = z.infer<typeof DesktopStatusSchema>;

/** `desktop.*`: the renderer's side of menus, quick capture and reminders. */
export const desktopContract = {
  'desktop.reportState': {
    input: DesktopStateSchema,
    output: z.object({}).strict(),
  },
  'desktop.status': {
    input: z.object({}).strict(),
    output: DesktopStatusSchema,
  },
} as const;
